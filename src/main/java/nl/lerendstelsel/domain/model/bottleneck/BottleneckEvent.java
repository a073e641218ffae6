package nl.lerendstelsel.domain.model.bottleneck;

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
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * One line of a knelpunt's history: who moved it from where to where, when and why. Written once, never
 * changed. The creation of a knelpunt is the first line, with action {@link #REPORTED} and no origin.
 */
@Entity
@Table(name = "bottleneck_event")
public class BottleneckEvent {

    /** The action code of the first history line: the knelpunt was reported. */
    public static final String REPORTED = "MELDEN";

    /** The action code of an assignment to a handler: level and status stay as they are. */
    public static final String ASSIGNED = "TOEWIJZEN";

    /** The action code of the first line of a knelpunt that came from splitting another. */
    public static final String SPLIT_FROM = "GESPLITST_UIT";

    /** The action code on the surviving knelpunt when a duplicate is merged into it. */
    public static final String MERGED_FROM = "SAMENGEVOEGD";

    /** The action code of a line written by a municipal merger (gemeentelijke herindeling): level and status stay. */
    public static final String MUNICIPAL_MERGER = "HERINDELING";

    /** The action code of an edit by the reporter (or an admin): level and status stay as they are. */
    public static final String EDITED = "WIJZIGEN";

    @Id
    @SequenceGenerator(name = "bottleneck_event_seq", sequenceName = "bottleneck_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bottleneck_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bottleneck_id")
    private Bottleneck bottleneck;

    /** For a line moved here when a duplicate was merged: the reference of the knelpunt it was written for. */
    @Column(name = "origin_reference", length = 20)
    private String originReference;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private UserProfile actor;

    @Column(name = "action_code", nullable = false, length = 30, updatable = false)
    private String actionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", length = 20, updatable = false)
    private Level fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, updatable = false)
    private Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false, length = 20, updatable = false)
    private Level toLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30, updatable = false)
    private Status toStatus;

    @Column(name = "event_text", updatable = false)
    private String text;

    /** For a step that ended the knelpunt: how (afhandelcategorie); empty otherwise and on older lines. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_category", length = 30, updatable = false)
    private Resolution resolutionCategory;

    protected BottleneckEvent() {
    }

    BottleneckEvent(Bottleneck bottleneck, Instant occurredAt, UserProfile actor, String actionCode,
                    Level fromLevel, Status fromStatus, Level toLevel, Status toStatus, String text) {
        this.bottleneck = bottleneck;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actionCode = actionCode;
        this.fromLevel = fromLevel;
        this.fromStatus = fromStatus;
        this.toLevel = toLevel;
        this.toStatus = toStatus;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UserProfile getActor() {
        return actor;
    }

    public String getActionCode() {
        return actionCode;
    }

    public Level getFromLevel() {
        return fromLevel;
    }

    public Status getFromStatus() {
        return fromStatus;
    }

    public Level getToLevel() {
        return toLevel;
    }

    public Status getToStatus() {
        return toStatus;
    }

    public String getText() {
        return text;
    }

    /** How the step ended the knelpunt; {@code null} for steps that did not, and on lines written before categories. */
    public Resolution getResolutionCategory() {
        return resolutionCategory;
    }

    void setResolutionCategory(Resolution resolutionCategory) {
        this.resolutionCategory = resolutionCategory;
    }

    /** Moves this line to the surviving knelpunt of a merge, remembering where it was written. */
    void moveTo(Bottleneck survivor, String origin) {
        bottleneck = survivor;
        originReference = origin;
    }

    public String getOriginReference() {
        return originReference;
    }
}
