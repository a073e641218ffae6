package nl.lerendstelsel.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Objects;
import nl.lerendstelsel.domain.model.CompositeKey;

/** A person's choice of e-mail delivery for one kind of notification; without a row, the kind's default holds. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Delivery delivery;

    protected NotificationPreference() {
    }

    public NotificationPreference(Long userId, NotificationKind kind, Delivery delivery) {
        this.userId = userId;
        this.kind = kind;
        this.delivery = delivery;
    }

    public Long getUserId() {
        return userId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = Objects.requireNonNull(delivery);
    }

    /** The composite key. */
    public static class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;
        private Long userId;
        private NotificationKind kind;

        public Key() {
        }

        public Key(Long userId, NotificationKind kind) {
            this.userId = userId;
            this.kind = kind;
        }

        @Override
        protected Object[] parts() {
            return new Object[] {userId, kind};
        }
    }
}
