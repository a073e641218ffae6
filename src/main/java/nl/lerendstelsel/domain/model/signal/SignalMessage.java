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
import nl.lerendstelsel.domain.model.user.AuthoredText;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** A message in a signal's clarification thread between the ministry and the coordinator. Never changed. */
@Entity
@Table(name = "szw_signal_message")
public class SignalMessage extends AuthoredText {

    /** What a message is: the ministry's questions, the coordinator's answers to them, or a message in between. */
    public enum Kind {
        VRAAG,
        ANTWOORD,
        BERICHT
    }

    @Id
    @SequenceGenerator(name = "szw_signal_message_seq", sequenceName = "szw_signal_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "szw_signal_message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_id", updatable = false)
    private Signal signal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SignalRole side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    protected SignalMessage() {
    }

    SignalMessage(Signal signal, UserProfile author, SignalRole side, Kind kind, String body, Instant createdAt) {
        super(author, body, createdAt);
        this.signal = signal;
        this.side = side;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public Signal getSignal() {
        return signal;
    }

    public SignalRole getSide() {
        return side;
    }

    public Kind getKind() {
        return kind;
    }
}
