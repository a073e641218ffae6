package nl.lerendstelsel.domain.model.community;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Version;
import java.time.Instant;
import nl.lerendstelsel.domain.model.FlagConverter;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * What a meeting or discussion produced (an opbrengst): an insight, a good practice, or a knelpunt. Shared outcomes are
 * visible to every signed-in user and in the kennisbank; the others to the CoP's members.
 */
@Entity
@Table(name = "cop_outcome")
public class Outcome {

    @Id
    @SequenceGenerator(name = "cop_outcome_seq", sequenceName = "cop_outcome_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_outcome_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cop_id", updatable = false)
    private Community community;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private OutcomeKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "thread_id", updatable = false)
    private DiscussionThread thread;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bottleneck_id")
    private Bottleneck bottleneck;

    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    private boolean shared;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    private UserProfile createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Outcome() {
    }

    public Outcome(Community community, OutcomeKind kind, String title, String description, Meeting meeting,
                   DiscussionThread thread, UserProfile createdBy, Instant now) {
        this.community = community;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.meeting = meeting;
        this.thread = thread;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void share(boolean share, Instant now) {
        if (share != shared) {
            shared = share;
            sharedAt = share ? now : null;
        }
    }

    public void linkBottleneck(Bottleneck knelpunt) {
        this.bottleneck = knelpunt;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public DiscussionThread getThread() {
        return thread;
    }

    public Bottleneck getBottleneck() {
        return bottleneck;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public UserProfile getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
