package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.domain.model.notification.Delivery;
import nl.lerendstelsel.domain.model.notification.EmailStatus;
import nl.lerendstelsel.domain.model.notification.Notification;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.notification.NotificationPreference;
import nl.lerendstelsel.domain.model.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository extends JpaRepositoryBase implements NotificationRepository {

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public Optional<Notification> find(Long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public long unreadCount(Long recipientId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :r AND n.readAt IS NULL", Long.class)
                .setParameter("r", recipientId).getSingleResult();
    }

    @Override
    public List<Notification> page(Long recipientId, int offset, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :r ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("r", recipientId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Long recipientId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :r", Long.class)
                .setParameter("r", recipientId).getSingleResult();
    }

    @Override
    public int markAllRead(Long recipientId, Instant now) {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now, n.version = n.version + 1"
                        + " WHERE n.recipient.id = :r AND n.readAt IS NULL")
                .setParameter("now", now).setParameter("r", recipientId).executeUpdate();
    }

    @Override
    public List<Long> dueEmails(Instant now, int limit) {
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.emailStatus = :pending AND n.emailDueAt <= :now"
                        + " ORDER BY n.emailDueAt, n.id", Long.class)
                .setParameter("pending", EmailStatus.PENDING).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> digestRecipients() {
        return em.createQuery("SELECT DISTINCT n.recipient.id FROM Notification n WHERE n.emailStatus = :digest", Long.class)
                .setParameter("digest", EmailStatus.DIGEST).getResultList();
    }

    @Override
    public List<Notification> about(String reference, java.util.Collection<NotificationKind> kinds) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.reference = :r AND n.kind IN :k", Notification.class)
                .setParameter("r", reference).setParameter("k", kinds).getResultList();
    }

    @Override
    public List<Notification> digestFor(Long recipientId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :r AND n.emailStatus = :digest"
                        + " ORDER BY n.createdAt, n.id", Notification.class)
                .setParameter("r", recipientId).setParameter("digest", EmailStatus.DIGEST).getResultList();
    }

    @Override
    public Map<NotificationKind, Delivery> preferences(Long userId) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        em.createQuery("SELECT p FROM NotificationPreference p WHERE p.userId = :u", NotificationPreference.class)
                .setParameter("u", userId).getResultList()
                .forEach(p -> choices.put(p.getKind(), p.getDelivery()));
        return choices;
    }

    @Override
    public Map<Long, Map<NotificationKind, Delivery>> preferences(java.util.Collection<Long> userIds) {
        Map<Long, Map<NotificationKind, Delivery>> choices = new java.util.HashMap<>();
        if (!userIds.isEmpty()) {
            em.createQuery("SELECT p FROM NotificationPreference p WHERE p.userId IN :u", NotificationPreference.class)
                    .setParameter("u", userIds).getResultList()
                    .forEach(p -> choices.computeIfAbsent(p.getUserId(), id -> new EnumMap<>(NotificationKind.class))
                            .put(p.getKind(), p.getDelivery()));
        }
        return choices;
    }

    @Override
    public void setPreference(Long userId, NotificationKind kind, Delivery delivery) {
        NotificationPreference existing = em.find(NotificationPreference.class, new NotificationPreference.Key(userId, kind));
        if (existing == null) {
            em.persist(new NotificationPreference(userId, kind, delivery));
        } else {
            existing.setDelivery(delivery);
        }
    }

    @Override
    public boolean reminderSent(String subjectRef, String kind, java.time.LocalDate dueOn) {
        return em.find(nl.lerendstelsel.domain.model.notification.SentReminder.class,
                new nl.lerendstelsel.domain.model.notification.SentReminder.Key(subjectRef, kind, dueOn)) != null;
    }

    @Override
    public void addSentReminder(nl.lerendstelsel.domain.model.notification.SentReminder sent) {
        em.persist(sent);
        em.flush();
    }
}
