package nl.lerendstelsel.domain.model.community;

import jakarta.persistence.Column;
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
import nl.lerendstelsel.domain.model.user.UserProfile;

/** An earlier version of an edited outcome: title and text as {@code writtenBy} wrote them at {@code writtenAt}. */
@Entity
@Table(name = "cop_outcome_revision")
public class OutcomeRevision {

    @Id
    @SequenceGenerator(name = "cop_outcome_revision_seq", sequenceName = "cop_outcome_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_outcome_revision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outcome_id", updatable = false)
    private Outcome outcome;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "written_by", updatable = false)
    private UserProfile writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected OutcomeRevision() {
    }

    OutcomeRevision(Outcome outcome, String title, String description, UserProfile writtenBy, Instant writtenAt) {
        this.outcome = outcome;
        this.title = title;
        this.description = description;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public UserProfile getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
