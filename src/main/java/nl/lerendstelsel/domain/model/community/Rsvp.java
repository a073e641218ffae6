package nl.lerendstelsel.domain.model.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.lerendstelsel.domain.model.CompositeKey;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** One member's answer for one meeting; answering again replaces it. */
@Entity
@Table(name = "cop_meeting_rsvp")
@IdClass(Rsvp.Key.class)
public class Rsvp {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "user_id", insertable = false, updatable = false)
    private UserProfile person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RsvpAnswer answer;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Rsvp() {
    }

    public Rsvp(Long meetingId, UserProfile person, RsvpAnswer answer, Instant now) {
        this.meetingId = meetingId;
        this.userId = person.getId();
        this.person = person;
        this.answer = answer;
        this.answeredAt = now;
    }

    public void answer(RsvpAnswer newAnswer, Instant now) {
        this.answer = newAnswer;
        this.answeredAt = now;
    }

    public UserProfile getPerson() {
        return person;
    }

    public RsvpAnswer getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** The composite key (meeting, person). */
    public static class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;
        private Long meetingId;
        private Long userId;

        public Key() {
        }

        public Key(Long meetingId, Long userId) {
            this.meetingId = meetingId;
            this.userId = userId;
        }

        @Override
        protected Object[] parts() {
            return new Object[] {meetingId, userId};
        }
    }
}
