package nl.lerendstelsel.domain.model.signal;

import jakarta.persistence.Entity;
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

/** A progress update on the follow-up of an adopted decision, by the ministry. Never changed. */
@Entity
@Table(name = "szw_signal_progress")
public class SignalProgress extends AuthoredText {

    @Id
    @SequenceGenerator(name = "szw_signal_progress_seq", sequenceName = "szw_signal_progress_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "szw_signal_progress_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_id", updatable = false)
    private Signal signal;

    protected SignalProgress() {
    }

    SignalProgress(Signal signal, UserProfile author, String body, Instant createdAt) {
        super(author, body, createdAt);
        this.signal = signal;
    }

    public Long getId() {
        return id;
    }

    public Signal getSignal() {
        return signal;
    }
}
