package nl.lerendstelsel.domain.model.signal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The follow-up of an adopted decision, as a value of its signal (the columns {@code followup_*} of
 * {@code szw_signal}): what changes and when it is expected, and once the ministry marks it realised, when and with
 * what note. Realised follow-up is not changed any more. A change gives a new value; the signal keeps the latest.
 */
@Embeddable
public class FollowUp {

    /** What changes. */
    @Column(name = "followup_change")
    private String change;

    @Column(name = "followup_expected")
    private LocalDate expected;

    /** When the ministry marked the follow-up realised; {@code null} while it is not. */
    @Column(name = "followup_realised_at")
    private Instant realisedAt;

    /** The ministry's note on what was realised. */
    @Column(name = "followup_realised_note")
    private String realisedNote;

    /** None recorded yet. */
    public FollowUp() {
    }

    private FollowUp(String change, LocalDate expected, Instant realisedAt, String realisedNote) {
        this.change = change;
        this.expected = expected;
        this.realisedAt = realisedAt;
        this.realisedNote = realisedNote;
    }

    /** This follow-up with what changes and when; refused once it is realised. */
    FollowUp recorded(String change, LocalDate expected) {
        requireNotRealised();
        return new FollowUp(change, expected, null, null);
    }

    /** This follow-up realised at {@code now} with {@code note}; refused before it is recorded and once it is realised. */
    FollowUp realised(String note, Instant now) {
        if (change == null) {
            throw new SignalWorkflowException(Message.of("refusal.signal.followUpMissing"));
        }
        requireNotRealised();
        return new FollowUp(change, expected, now, note);
    }

    /** Realised follow-up is done: it is not changed any more. */
    void requireNotRealised() {
        if (realisedAt != null) {
            throw new SignalWorkflowException(Message.of("refusal.signal.followUpRealised"));
        }
    }

    public boolean isRealised() {
        return realisedAt != null;
    }

    /** Past its expected date on {@code today} and not realised. */
    public boolean isOverdue(LocalDate today) {
        return expected != null && realisedAt == null && today.isAfter(expected);
    }

    public String getChange() {
        return change;
    }

    public LocalDate getExpected() {
        return expected;
    }

    public Instant getRealisedAt() {
        return realisedAt;
    }

    public String getRealisedNote() {
        return realisedNote;
    }
}
