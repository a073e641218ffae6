package nl.lerendstelsel.domain.model.signal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** One line of a signal's history: who did what, from which status to which, when, and with which text. Never changed. */
@Entity
@Table(name = "szw_signal_event")
public class SignalEvent {

    /** The action code of the first line: the concept was created. */
    public static final String CREATED = "AANMAKEN";

    /** A knelpunt was taken out of a concept. */
    public static final String DETACHED = "KNELPUNT_VERWIJDEREN";

    /** The coordinator changed the texts. */
    public static final String EDITED = "WIJZIGEN";

    /** The ministry recorded or changed the follow-up. */
    public static final String FOLLOW_UP = "OPVOLGING";

    /** Someone at the ministry took the signal or was assigned it; the text names them. */
    public static final String OWNER = "EIGENAAR";

    /** The ministry marked the follow-up realised. */
    public static final String FOLLOW_UP_REALISED = "OPVOLGING_GEREALISEERD";

    @Id
    @SequenceGenerator(name = "szw_signal_event_seq", sequenceName = "szw_signal_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "szw_signal_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_id", updatable = false)
    private Signal signal;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "actor_id", updatable = false)
    private UserProfile actor;

    @Column(name = "action_code", nullable = false, length = 30, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private SignalStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private SignalStatus toStatus;

    @Column(name = "event_text", updatable = false)
    private String text;

    /** For an interim answer: the answer deadline before it. */
    @Column(name = "due_before", updatable = false)
    private LocalDate dueBefore;

    /** For an interim answer: the answer deadline it set. */
    @Column(name = "due_after", updatable = false)
    private LocalDate dueAfter;

    protected SignalEvent() {
    }

    SignalEvent(Signal signal, String action, SignalStatus from, SignalStatus to, UserProfile actor, String text, Instant at) {
        this.signal = signal;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.text = text;
        this.occurredAt = at;
    }

    /** Records that this step moved the answer deadline (before the line is stored; never changed after). */
    void deadlineMoved(LocalDate before, LocalDate after) {
        this.dueBefore = before;
        this.dueAfter = after;
    }

    public Long getId() {
        return id;
    }

    public Signal getSignal() {
        return signal;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UserProfile getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public SignalStatus getFromStatus() {
        return fromStatus;
    }

    public SignalStatus getToStatus() {
        return toStatus;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDueBefore() {
        return dueBefore;
    }

    public LocalDate getDueAfter() {
        return dueAfter;
    }
}
