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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.lerendstelsel.domain.model.FlagConverter;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * What a meeting or discussion produced (an opbrengst): an insight, a good practice, or a knelpunt. Shared outcomes are
 * visible to every signed-in user and in the kennisbank; the others to the CoP's members. It carries themes and
 * optionally a gemeente or an arbeidsmarktregio; an edit keeps the text as it read before as an {@link OutcomeRevision}
 * (who may edit and share: {@link OutcomeRights}).
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

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "cop_outcome_theme", joinColumns = @JoinColumn(name = "outcome_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    private Set<Theme> themes = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "gemeente_code")
    private Organisation gemeente;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_code")
    private LabourMarketRegion region;

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

    @Column(name = "edited_at")
    private Instant editedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edited_by")
    private UserProfile editedBy;

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

    /**
     * Files the outcome under {@code themes} (at least one) and at most one of a gemeente or an arbeidsmarktregio (a
     * gemeente names its own region).
     */
    public void place(Collection<Theme> newThemes, Organisation newGemeente, LabourMarketRegion newRegion) {
        if (newThemes == null || newThemes.isEmpty()) {
            throw new IllegalArgumentException("an outcome has at least one theme");
        }
        if (newGemeente != null && !newGemeente.isGemeente()) {
            throw new IllegalArgumentException(newGemeente.getCode() + " is not a gemeente");
        }
        themes.clear();
        themes.addAll(newThemes);
        gemeente = newGemeente;
        region = newGemeente != null ? null : newRegion;
    }

    /**
     * Changes title and text; the version it replaces is returned as a revision (to keep), or {@code null} when neither
     * changed (themes and place change without a revision: they are shown as they are now).
     */
    public OutcomeRevision edit(String newTitle, String newDescription, UserProfile editor, Instant now) {
        if (newTitle.equals(title) && newDescription.equals(description)) {
            return null;
        }
        OutcomeRevision earlier = new OutcomeRevision(this, title, description, editedBy == null ? createdBy : editedBy,
                editedAt == null ? createdAt : editedAt);
        title = newTitle;
        description = newDescription;
        editedBy = editor;
        editedAt = now;
        return earlier;
    }

    /** The reference notifications use: {@code OPB-<id>}. */
    public String getReference() {
        return "OPB-" + id;
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

    public Set<Theme> getThemes() {
        return themes;
    }

    public Organisation getGemeente() {
        return gemeente;
    }

    public LabourMarketRegion getRegion() {
        return region;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public UserProfile getEditedBy() {
        return editedBy;
    }

    public boolean isEdited() {
        return editedAt != null;
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
