package nl.lerendstelsel.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.lerendstelsel.domain.model.CompositeKey;

/**
 * A reminder that was sent: one per subject (a knelpunt's or signal's reference), kind and due day, so that each is sent
 * once, across restarts and the nodes of a cluster (the primary key refuses a second).
 */
@Entity
@Table(name = "reminder_sent")
@IdClass(SentReminder.Key.class)
public class SentReminder {

    @Id
    @Column(name = "subject_ref", length = 40)
    private String subjectRef;

    @Id
    @Column(name = "kind", length = 40)
    private String kind;

    @Id
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentReminder() {
    }

    public SentReminder(String subjectRef, String kind, LocalDate dueOn, Instant sentAt) {
        this.subjectRef = Objects.requireNonNull(subjectRef);
        this.kind = Objects.requireNonNull(kind);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.sentAt = Objects.requireNonNull(sentAt);
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The primary key. */
    public static class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;
        private String subjectRef;
        private String kind;
        private LocalDate dueOn;

        public Key() {
        }

        public Key(String subjectRef, String kind, LocalDate dueOn) {
            this.subjectRef = subjectRef;
            this.kind = kind;
            this.dueOn = dueOn;
        }

        @Override
        protected Object[] parts() {
            return new Object[] {subjectRef, kind, dueOn};
        }
    }
}
