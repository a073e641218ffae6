package nl.lerendstelsel.domain.model.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.lerendstelsel.domain.model.FlagConverter;

/** "Was dit antwoord bruikbaar?": one anonymous answer for one published version, with an optional comment. */
@Entity
@Table(name = "qa_feedback")
public class Feedback {

    @Id
    @SequenceGenerator(name = "qa_feedback_seq", sequenceName = "qa_feedback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_feedback_seq")
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, updatable = false)
    @Convert(converter = FlagConverter.class)
    private boolean useful;

    @Column(name = "comment_text", length = 1000, updatable = false)
    private String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Feedback() {
    }

    public Feedback(Long entryId, Long versionId, boolean useful, String comment, Instant now) {
        this.entryId = entryId;
        this.versionId = versionId;
        this.useful = useful;
        this.comment = comment;
        this.createdAt = now;
    }

    public boolean isUseful() {
        return useful;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
