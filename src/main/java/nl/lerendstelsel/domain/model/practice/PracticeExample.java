package nl.lerendstelsel.domain.model.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * A praktijkvoorbeeld: how a gemeente or region went about something, what it brought and what to watch out for. Its
 * publication ({@link PublicationStage}): the author writes a concept and submits it; an editor publishes it, never the
 * author themselves (four eyes); an editor sends it back to concept with a reason, or withdraws it (the author may
 * withdraw their own too). Changing its content makes it a concept again. It may come from a CoP outcome of kind
 * "goede praktijk" ({@link #getOutcomeId()}).
 */
@Entity
@Table(name = "practice_example")
public class PracticeExample {

    @Id
    @SequenceGenerator(name = "practice_example_seq", sequenceName = "practice_example_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_example_seq")
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "practice_example_gemeente", joinColumns = @JoinColumn(name = "practice_id"),
            inverseJoinColumns = @JoinColumn(name = "gemeente_code"))
    private Set<Organisation> gemeenten = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_code")
    private LabourMarketRegion region;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "practice_example_theme", joinColumns = @JoinColumn(name = "practice_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    private Set<Theme> themes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_example_target_group", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 40)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @Column(nullable = false)
    private String approach;

    @Column(length = 1000)
    private String partners;

    private String results;

    @Column(name = "points_of_attention")
    private String pointsOfAttention;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeStatus status;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "contact_role", length = 200)
    private String contactRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStage stage = PublicationStage.CONCEPT;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private UserProfile author;

    @Column(name = "outcome_id", updatable = false)
    private Long outcomeId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by")
    private UserProfile publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected PracticeExample() {
    }

    /** A new concept by {@code author}, from a CoP outcome when {@code outcomeId} is given. */
    public PracticeExample(UserProfile author, PracticeContent content, Long outcomeId, Instant now) {
        this.author = author;
        this.outcomeId = outcomeId;
        this.createdAt = now;
        write(content, now);
    }

    /** Changes what it says; a practice under review, published or withdrawn becomes a concept again. */
    public void describe(PracticeContent content, Instant now) {
        write(content, now);
        stage = PublicationStage.CONCEPT;
    }

    private void write(PracticeContent content, Instant now) {
        title = content.title();
        gemeenten = new LinkedHashSet<>(content.gemeenten());
        region = content.region();
        themes = new LinkedHashSet<>(content.themes());
        targetGroups = content.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(content.targetGroups());
        approach = content.approach();
        partners = content.partners();
        results = content.results();
        pointsOfAttention = content.pointsOfAttention();
        status = content.status();
        periodFrom = content.periodFrom();
        periodTo = content.periodTo();
        contactRole = content.contactRole();
        changedAt = now;
    }

    /** The author submits a concept or a withdrawn practice for review; it names its gemeenten or region by then. */
    public void submit(Instant now) {
        require(stage == PublicationStage.CONCEPT || stage == PublicationStage.INGETROKKEN, "refusal.practice.notConcept");
        require(!gemeenten.isEmpty() || region != null, "refusal.practice.whereMissing");
        stage = PublicationStage.TER_REVIEW;
        reviewNote = null;
        changedAt = now;
    }

    /** An editor who did not write it publishes a submitted practice. */
    public void publish(UserProfile editor, Instant now) {
        require(stage == PublicationStage.TER_REVIEW, "refusal.practice.notInReview");
        require(!isAuthor(editor), "refusal.practice.ownPractice");
        stage = PublicationStage.GEPUBLICEERD;
        publishedBy = editor;
        publishedAt = now;
        reviewNote = null;
    }

    /** An editor sends a submitted or published practice back to its author, with the reason. */
    public void sendBack(String reason, Instant now) {
        require(stage == PublicationStage.TER_REVIEW || stage == PublicationStage.GEPUBLICEERD, "refusal.practice.notInReview");
        stage = PublicationStage.CONCEPT;
        reviewNote = reason;
        changedAt = now;
    }

    /** Takes it off the public pages (or out of review), and keeps it. */
    public void withdraw(String reason, Instant now) {
        require(stage != PublicationStage.INGETROKKEN, "refusal.practice.alreadyWithdrawn");
        stage = PublicationStage.INGETROKKEN;
        reviewNote = reason;
        changedAt = now;
    }

    private static void require(boolean allowed, String refusalKey) {
        if (!allowed) {
            throw new PracticeRuleException(Message.of(refusalKey));
        }
    }

    public boolean isAuthor(UserProfile person) {
        return person != null && author.getSubject().equals(person.getSubject());
    }

    public boolean isPublished() {
        return stage == PublicationStage.GEPUBLICEERD;
    }

    /** The reference notifications use: {@code PRAK-<id>}. */
    public String getReference() {
        return "PRAK-" + id;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** Its gemeenten by name. */
    public List<Organisation> getGemeenten() {
        return gemeenten.stream().sorted(Comparator.comparing(Organisation::getName)).toList();
    }

    public LabourMarketRegion getRegion() {
        return region;
    }

    public List<Theme> getThemes() {
        return themes.stream().sorted(Comparator.comparingInt(Theme::getSortOrder)).toList();
    }

    /** Its target groups in the order of {@link TargetGroup}. */
    public List<TargetGroup> getTargetGroups() {
        return targetGroups.stream().sorted().toList();
    }

    public String getApproach() {
        return approach;
    }

    public String getPartners() {
        return partners;
    }

    public String getResults() {
        return results;
    }

    public String getPointsOfAttention() {
        return pointsOfAttention;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getContactRole() {
        return contactRole;
    }

    public PublicationStage getStage() {
        return stage;
    }

    /** Why an editor sent it back or it was withdrawn (null otherwise). */
    public String getReviewNote() {
        return reviewNote;
    }

    public UserProfile getAuthor() {
        return author;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public UserProfile getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
