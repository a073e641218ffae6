package nl.lerendstelsel.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.community.MeetingCalendar;
import nl.lerendstelsel.application.port.MailSender;
import nl.lerendstelsel.domain.model.notification.EmailStatus;
import nl.lerendstelsel.domain.model.notification.Notification;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.notification.NotificationRepository;
import nl.lerendstelsel.domain.model.notification.NotificationTexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One e-mail per transaction: send it, then mark it sent, or record the failure for a later retry. An e-mail about a
 * meeting carries its calendar entry as the meeting is when the e-mail goes out (invitation or cancellation), so a
 * digest or a retry never sends an outdated time.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    NotificationRepository notifications;

    @Inject
    MailSender mailer;

    @Inject
    MeetingCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lerendstelsel.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due() {
        return notifications.dueEmails(clock.instant(), 100);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> digestRecipients() {
        return notifications.digestRecipients();
    }

    /** Sends one due notification; returns whether it went out now. */
    @Transactional
    public boolean send(Long id) {
        Notification n = notifications.find(id).orElse(null);
        if (n == null || n.getEmailStatus() != EmailStatus.PENDING) {
            return false;
        }
        try {
            // in the language the recipient chose; unknown: Dutch with English below
            Locale language = n.getRecipient().getLanguage();
            mailer.send(n.getRecipient().getEmail(), n.getRecipient().getDisplayName(), NotificationTexts.subject(n, language),
                    NotificationTexts.body(n, baseUrl, language), calendarEntries(List.of(n)));
            n.emailSent(clock.instant());
            return true;
        } catch (MessagingException e) {
            n.emailFailed(clock.instant());
            LOG.log(Level.WARNING, "E-mail for notification " + id + " failed (attempt " + n.getEmailAttempts() + "): " + e.getMessage());
            return false;
        }
    }

    /** The calendar entries an e-mail with these notifications of one person carries: one per meeting they are about. */
    public List<MailSender.Attachment> calendarEntries(List<Notification> about) throws MessagingException {
        List<String> references = about.stream().filter(n -> n.getKind() == NotificationKind.BIJEENKOMST
                        || n.getKind() == NotificationKind.BIJEENKOMSTWIJZIGING).map(Notification::getReference).distinct().toList();
        List<MailSender.Attachment> entries = new ArrayList<>();
        if (!references.isEmpty()) {
            String organizer = mailer.senderAddress();
            for (String reference : references) {
                calendar.invitation(reference, about.get(0).getRecipient(), organizer, baseUrl).ifPresent(invitation -> entries.add(
                        new MailSender.Attachment(invitation.fileName(), "text/calendar; method=" + invitation.method().name(),
                                invitation.text())));
            }
        }
        return entries;
    }

    /** Sends one person's digest of everything waiting; returns whether one went out. */
    @Transactional
    public boolean sendDigest(Long recipientId) {
        List<Notification> waiting = notifications.digestFor(recipientId);
        if (waiting.isEmpty()) {
            return false;
        }
        Notification first = waiting.get(0);
        Locale language = first.getRecipient().getLanguage();
        try {
            mailer.send(first.getRecipient().getEmail(), first.getRecipient().getDisplayName(),
                    NotificationTexts.digestSubject(waiting.size(), language), NotificationTexts.digestBody(waiting, baseUrl, language),
                    calendarEntries(waiting));
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Digest for person " + recipientId + " failed, kept for the next run: " + e.getMessage());
            return false;
        }
        waiting.forEach(n -> n.emailSent(clock.instant()));
        return true;
    }
}
