package nl.lerendstelsel.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface NotificationRepository {

    void add(Notification notification);

    Optional<Notification> find(Long id);

    long unreadCount(Long recipientId);

    /** A person's notifications, newest first. */
    List<Notification> page(Long recipientId, int offset, int limit);

    long count(Long recipientId);

    int markAllRead(Long recipientId, Instant now);

    /** E-mails to send now, oldest first. */
    List<Long> dueEmails(Instant now, int limit);

    /** People with notifications waiting for their daily digest. */
    List<Long> digestRecipients();

    /** Everyone's notifications of these kinds about {@code reference}. */
    List<Notification> about(String reference, java.util.Collection<NotificationKind> kinds);

    /** The notifications waiting for one person's digest, oldest first. */
    List<Notification> digestFor(Long recipientId);

    /** A person's own choices; kinds without a choice are absent. */
    Map<NotificationKind, Delivery> preferences(Long userId);

    /** The choices of several people in one read: per person who made any, their delivery per kind. */
    Map<Long, Map<NotificationKind, Delivery>> preferences(java.util.Collection<Long> userIds);

    void setPreference(Long userId, NotificationKind kind, Delivery delivery);

    /** Whether a reminder of this kind was sent for this subject and due day. */
    boolean reminderSent(String subjectRef, String kind, java.time.LocalDate dueOn);

    /** Records a reminder as sent (in the caller's transaction; a second one for the same key fails on commit or flush). */
    void addSentReminder(SentReminder sent);
}
