package nl.lerendstelsel.domain.model.bottleneck;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.domain.model.FlagConverter;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.text.Texts;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * A knelpunt: a problem in carrying out the Wet inburgering 2021, reported by a professional, handled at one
 * of the three levels and never ended without feedback. Its level and status only change through
 * {@link #perform}, which asks {@link BottleneckWorkflow} whether the step is allowed and writes the
 * history line. {@code @Version} makes concurrent handlers conflict instead of overwriting each other.
 */
@Entity
@Table(name = "bottleneck")
public class Bottleneck {

    @Id
    @SequenceGenerator(name = "bottleneck_seq", sequenceName = "bottleneck_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bottleneck_seq")
    private Long id;

    @Column(nullable = false, length = 20, unique = true, updatable = false)
    private String reference;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "theme_code")
    private Theme theme;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "gemeente_code")
    private Organisation gemeente;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_code", updatable = false)
    private Organisation organisation;

    @Column(name = "affected_group", length = 200)
    private String affectedGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "estimated_scale", length = 20)
    private EstimatedScale estimatedScale;

    @Column(name = "proposed_solution")
    private String proposedSolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_code", nullable = false, length = 20)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_code", nullable = false, length = 30)
    private Status status;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "reporter_id", updatable = false)
    private UserProfile reporter;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assignee_id")
    private UserProfile assignee;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** The day it was reported, in the Netherlands: the monitoring figures group on it. */
    @Column(name = "reported_on", updatable = false)
    private LocalDate reportedOn;

    /** The day it was resolved or closed; empty while it is open (again). */
    @Column(name = "finished_on")
    private LocalDate finishedOn;

    /** The latest feedback to the reporter, supporters and CoP: set by every step that requires feedback. */
    @Column
    private String resolution;

    /**
     * How it ended (afhandelcategorie), set by the step that resolved or closed it and cleared when it is open again;
     * empty for knelpunten that ended before categories existed ("onbekend").
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_category", length = 30)
    private Resolution resolutionCategory;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "paused_remaining")
    private Integer pausedRemaining;

    @Column(name = "waiting_until")
    private LocalDate waitingUntil;

    /** Support reached the threshold: proposed for escalation to the handler (never escalated automatically). */
    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    private boolean proposed;

    /** Restricted ("afgeschermd"): only the reporting organisation, handlers and admins see it ({@link Viewer}). */
    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    private boolean restricted;

    /** The theme and gemeente codes as plain columns, so the monitoring counts group without joins. */
    @Column(name = "theme_code", insertable = false, updatable = false)
    private String themeCode;

    @Column(name = "gemeente_code", insertable = false, updatable = false)
    private String gemeenteCode;

    /**
     * The reporter's id and the reporting organisation's code as plain columns: the visibility rule for lists and counts
     * ({@link Viewer}, {@code JpaBottleneckRepository}) compares them without joining user_profile on every row.
     */
    @Column(name = "reporter_id", insertable = false, updatable = false)
    private Long reporterId;

    @Column(name = "organisation_code", insertable = false, updatable = false)
    private String organisationCode;

    /**
     * The id of the Community of Practice it belongs to, if any: its facilitators handle it at execution level, its members
     * hear the feedback. An id, not the entity: the CoP is another aggregate (docs/architecture.md, "Layer rules").
     */
    @Column(name = "cop_id")
    private Long communityId;

    /** Trefwoorden, normalised by {@link Tags}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bottleneck_tag", joinColumns = @JoinColumn(name = "bottleneck_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new TreeSet<>();

    /** Which inburgeraars it concerns (none, one or several), as a structured field beside the free text. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bottleneck_target_group", joinColumns = @JoinColumn(name = "bottleneck_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 40)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    /** For a duplicate that was merged: the reference of the surviving knelpunt. */
    @Column(name = "merged_into", length = 20)
    private String mergedInto;

    @OneToMany(mappedBy = "bottleneck", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt, id")
    private List<BottleneckEvent> history = new ArrayList<>();

    /** The articles of law the knelpunt is about (none, or some), in the order they were named. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bottleneck_law", joinColumns = @JoinColumn(name = "bottleneck_id"))
    @OrderColumn(name = "position")
    private List<LawReference> lawReferences = new ArrayList<>();

    @Version
    private long version;

    protected Bottleneck() {
    }

    /** What the reporter wrote. Free texts must have passed the personal-data guard before they get here. */
    public record Report(String title, String description, String affectedGroup, EstimatedScale estimatedScale,
                         String proposedSolution, Set<TargetGroup> targetGroups) {

        /** Naming no target group. */
        public Report(String title, String description, String affectedGroup, EstimatedScale estimatedScale,
                      String proposedSolution) {
            this(title, description, affectedGroup, estimatedScale, proposedSolution, Set.of());
        }

        public Report {
            targetGroups = targetGroups == null || targetGroups.isEmpty() ? Set.of() : Set.copyOf(targetGroups);
        }
    }

    /** A new knelpunt: at execution level, {@link Status#GEMELD}, with its first history line. */
    public static Bottleneck report(String reference, Report report, Theme theme, Organisation gemeente,
                                    UserProfile reporter, Instant now) {
        if (!gemeente.isGemeente()) {
            throw new IllegalArgumentException(gemeente.getCode() + " is not a gemeente");
        }
        if (reporter.getOrganisation() == null) {
            throw new IllegalArgumentException("A reporter must belong to an organisation");
        }
        Bottleneck bottleneck = new Bottleneck();
        bottleneck.reference = reference;
        bottleneck.title = report.title();
        bottleneck.description = report.description();
        bottleneck.affectedGroup = report.affectedGroup();
        bottleneck.estimatedScale = report.estimatedScale();
        bottleneck.targetGroups.addAll(report.targetGroups());
        bottleneck.proposedSolution = report.proposedSolution();
        bottleneck.theme = theme;
        bottleneck.gemeente = gemeente;
        bottleneck.organisation = reporter.getOrganisation();
        bottleneck.reporter = reporter;
        bottleneck.level = Level.EXECUTION;
        bottleneck.status = Status.GEMELD;
        bottleneck.reportedAt = now;
        bottleneck.reportedOn = LocalDate.ofInstant(now, DutchTime.ZONE);
        bottleneck.changedAt = now;
        bottleneck.history.add(new BottleneckEvent(bottleneck, now, reporter, BottleneckEvent.REPORTED, null, null,
                Level.EXECUTION, Status.GEMELD, null));
        return bottleneck;
    }

    /**
     * Performs a workflow step for someone acting as {@code actors}, with the category the step implies
     * ({@link Resolution#impliedBy}); see {@link #perform(Action, Resolution, Set, UserProfile, String, Instant)}.
     */
    public BottleneckEvent perform(Action action, Set<Actor> actors, UserProfile person, String text, Instant now) {
        return perform(action, Resolution.impliedBy(action).orElse(null), actors, person, text, now);
    }

    /**
     * Performs a workflow step for someone acting as {@code actors}: refused with a {@link WorkflowException}
     * unless the table allows it; otherwise level and status move, the text is kept (as feedback when the
     * step requires it) and a history line is added. Taking a knelpunt assigns it to the person taking it;
     * a change of level leaves it unassigned in the new level's queue. A step that ends the knelpunt records
     * {@code category} on it and in the history line; one that opens it again clears it.
     *
     * @param category how it ended: must {@link Resolution#fits fit} the step, or be the one the step implies; may
     *                 be {@code null} only for steps that do not end it, and for {@code oplossen} and {@code sluiten}
     *                 (the application service requires it from people; older records have none)
     * @throws IllegalArgumentException when the category does not belong to this step
     */
    public BottleneckEvent perform(Action action, Resolution category, Set<Actor> actors, UserProfile person, String text,
                                   Instant now) {
        Transition transition = BottleneckWorkflow.apply(level, status, action, actors, text);
        Resolution implied = Resolution.impliedBy(action).orElse(null);
        boolean ends = !transition.toStatus().isOpen();
        if (category != null && (!ends || !(category.fits(action) || category == implied))) {
            throw new IllegalArgumentException(category + " does not belong to " + action);
        }
        if (category == null && ends && (implied != null || action == Action.SIGNAAL_BEANTWOORD)) {
            throw new IllegalArgumentException(action + " needs a resolution category");
        }
        String kept = Texts.blankToNull(text);
        BottleneckEvent event = new BottleneckEvent(this, now, person, action.name(), level, status,
                transition.toLevel(), transition.toStatus(), kept);
        event.setResolutionCategory(category);
        if (transition.requirement() == Requirement.FEEDBACK) {
            resolution = kept;
        }
        resolutionCategory = ends ? category : null;
        assignee = transition.assigneeAfter(assignee, person);
        level = transition.toLevel();
        status = transition.toStatus();
        finishedOn = status.isOpen() ? null : LocalDate.ofInstant(now, DutchTime.ZONE);
        changedAt = now;
        history.add(event);
        return event;
    }

    /**
     * Replaces what the reporter wrote (the caller checked who may, and the texts); returns the Dutch names of the
     * fields that changed, and writes a history line ({@link BottleneckEvent#EDITED}) naming them when there are any.
     */
    public List<String> edit(Report report, Theme newTheme, Organisation newGemeente, boolean newRestricted,
                             Set<String> newTags, UserProfile by, Instant now) {
        if (!newGemeente.isGemeente()) {
            throw new IllegalArgumentException(newGemeente.getCode() + " is not a gemeente");
        }
        List<String> changed = new ArrayList<>();
        if (!title.equals(report.title())) {
            changed.add("titel");
        }
        if (!description.equals(report.description())) {
            changed.add("omschrijving");
        }
        if (!theme.getCode().equals(newTheme.getCode())) {
            changed.add("thema");
        }
        if (!gemeente.getCode().equals(newGemeente.getCode())) {
            changed.add("gemeente");
        }
        if (!Objects.equals(affectedGroup, report.affectedGroup())) {
            changed.add("doelgroep");
        }
        if (estimatedScale != report.estimatedScale()) {
            changed.add("schaal");
        }
        if (!targetGroups.equals(report.targetGroups())) {
            changed.add("doelgroepen");
        }
        if (!Objects.equals(proposedSolution, report.proposedSolution())) {
            changed.add("oplossingsrichting");
        }
        if (restricted != newRestricted) {
            changed.add("afgeschermd");
        }
        if (!tags.equals(newTags)) {
            changed.add("tags");
        }
        if (changed.isEmpty()) {
            return changed;
        }
        title = report.title();
        description = report.description();
        theme = newTheme;
        gemeente = newGemeente;
        affectedGroup = report.affectedGroup();
        estimatedScale = report.estimatedScale();
        targetGroups.clear();
        targetGroups.addAll(report.targetGroups());
        proposedSolution = report.proposedSolution();
        restricted = newRestricted;
        setTags(newTags);
        changedAt = now;
        history.add(new BottleneckEvent(this, now, by, BottleneckEvent.EDITED, level, status, level, status,
                "Gewijzigd: " + String.join(", ", changed)));
        return changed;
    }

    /**
     * A municipal merger moved this knelpunt's gemeente, reporting organisation or supports to the new gemeente; one
     * history line says so (action {@link BottleneckEvent#MUNICIPAL_MERGER}), level and status stay as they are.
     */
    public BottleneckEvent recordMunicipalMerger(String text, UserProfile by, Instant now) {
        BottleneckEvent event = new BottleneckEvent(this, now, by, BottleneckEvent.MUNICIPAL_MERGER, level, status, level, status, text);
        history.add(event);
        return event;
    }

    /**
     * Makes {@code assignee} responsible at the current level, without changing level or status; a history line
     * (action {@link BottleneckEvent#ASSIGNED}) names who assigned it to whom. Whether both may, is the caller's check.
     */
    public BottleneckEvent assign(UserProfile assignee, UserProfile by, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateException(reference + " is " + status);
        }
        this.assignee = assignee;
        changedAt = now;
        BottleneckEvent event = new BottleneckEvent(this, now, by, BottleneckEvent.ASSIGNED, level, status, level, status,
                "Toegewezen aan " + assignee.getDisplayName());
        history.add(event);
        return event;
    }

    /**
     * A part of a split: a new knelpunt with its own title and description, the rest taken from {@code original}
     * (theme, gemeente, reporting organisation, reporter, affected group, scale, restriction), new in the queue of the
     * original's level, with a first history line saying where it came from.
     */
    public static Bottleneck splitFrom(Bottleneck original, String reference, String title, String description,
                                       UserProfile by, Instant now) {
        Bottleneck part = new Bottleneck();
        part.reference = reference;
        part.title = title;
        part.description = description;
        part.affectedGroup = original.affectedGroup;
        part.estimatedScale = original.estimatedScale;
        part.targetGroups.addAll(original.targetGroups);
        part.theme = original.theme;
        part.gemeente = original.gemeente;
        part.organisation = original.organisation;
        part.reporter = original.reporter;
        part.restricted = original.restricted;
        part.communityId = original.communityId;
        part.tags.addAll(original.tags);
        part.level = original.level;
        part.status = Status.GEMELD;
        part.reportedAt = now;
        part.reportedOn = LocalDate.ofInstant(now, DutchTime.ZONE);
        part.changedAt = now;
        part.history.add(new BottleneckEvent(part, now, by, BottleneckEvent.SPLIT_FROM, null, null, part.level, Status.GEMELD,
                "Ontstaan uit splitsing van " + original.reference + " (" + original.title + ")."));
        return part;
    }

    /**
     * Merges this duplicate into {@code survivor}: a {@link Action#SAMENVOEGEN} step closes this one with feedback
     * that points to the survivor (checked against the workflow table like any step), its earlier history lines move
     * to the survivor (marked with this reference), and the survivor gets a line saying what was merged into it.
     * Supports and followers are moved by the caller, who owns those rows.
     *
     * @return the closing step on this knelpunt
     */
    public BottleneckEvent mergeInto(Bottleneck survivor, Set<Actor> actors, UserProfile by, String reason, Instant now) {
        if (survivor == this || survivor.reference.equals(reference)) {
            throw new IllegalArgumentException("A knelpunt cannot be merged into itself");
        }
        if (!survivor.status.isOpen() || survivor.mergedInto != null) {
            throw new IllegalArgumentException(survivor.reference + " is not open");
        }
        String feedback = "Samengevoegd met " + survivor.reference + " (" + survivor.title + "): daar gaat de behandeling verder."
                + (reason == null || reason.isBlank() ? "" : " " + reason.strip());
        if (!Requirement.FEEDBACK.isSatisfiedBy(reason)) {
            BottleneckWorkflow.apply(level, status, Action.SAMENVOEGEN, actors, reason);
        }
        List<BottleneckEvent> earlier = new ArrayList<>(history);
        BottleneckEvent closing = perform(Action.SAMENVOEGEN, actors, by, feedback, now);
        for (BottleneckEvent event : earlier) {
            event.moveTo(survivor, reference);
            history.remove(event);
            survivor.history.add(event);
        }
        mergedInto = survivor.reference;
        survivor.changedAt = now;
        survivor.history.add(new BottleneckEvent(survivor, now, by, BottleneckEvent.MERGED_FROM, survivor.level, survivor.status,
                survivor.level, survivor.status, reference + " (" + title + ") is hiermee samengevoegd: " + reason.strip()));
        return closing;
    }

    /** The target groups it concerns, in the order of {@link TargetGroup}. */
    public List<TargetGroup> getTargetGroups() {
        return targetGroups.stream().sorted().toList();
    }

    /** The tags in alphabetical order. */
    public List<String> getTags() {
        return tags.stream().sorted().toList();
    }

    /** Replaces the tags (already normalised by {@link Tags}); returns whether they changed. */
    public boolean setTags(Set<String> newTags) {
        if (tags.equals(newTags)) {
            return false;
        }
        tags.clear();
        tags.addAll(newTags);
        return true;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public boolean isRestricted() {
        return restricted;
    }

    /** Sets the restriction; the caller checked who may (the reporter while it may be edited, an admin). */
    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    /** The service-level clock at the current level. */
    public Deadline getDeadline() {
        return new Deadline(dueDate, pausedRemaining, waitingUntil);
    }

    public void setDeadline(Deadline deadline) {
        dueDate = deadline.due();
        pausedRemaining = deadline.pausedRemaining();
        waitingUntil = deadline.waitingUntil();
    }

    /** Open and past its due day on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && getDeadline().isOverdueOn(today);
    }

    public boolean isProposed() {
        return proposed;
    }

    public void setProposed(boolean proposed) {
        this.proposed = proposed;
    }

    /** When it was last resolved ({@code opgelost}), from the history; empty if it never was. */
    public Optional<Instant> resolvedAt() {
        Instant last = null;
        for (BottleneckEvent event : history) {
            if (event.getToStatus() == Status.OPGELOST) {
                last = event.getOccurredAt();
            }
        }
        return Optional.ofNullable(last);
    }

    /** When it last ended ({@code opgelost} or {@code gesloten}), from the history; empty if it never did. */
    public Optional<Instant> endedAt() {
        Instant last = null;
        for (BottleneckEvent event : history) {
            if (!event.getToStatus().isOpen()) {
                last = event.getOccurredAt();
            }
        }
        return Optional.ofNullable(last);
    }

    public boolean isReportedBy(UserProfile person) {
        return person != null && isReportedBy(person.getId());
    }

    /** Whether the person with this profile id reported it. */
    public boolean isReportedBy(Long profileId) {
        return profileId != null && reporter.getId().equals(profileId);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Theme getTheme() {
        return theme;
    }

    public Organisation getGemeente() {
        return gemeente;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getAffectedGroup() {
        return affectedGroup;
    }

    public EstimatedScale getEstimatedScale() {
        return estimatedScale;
    }

    public String getProposedSolution() {
        return proposedSolution;
    }

    public Level getLevel() {
        return level;
    }

    public Status getStatus() {
        return status;
    }

    public UserProfile getReporter() {
        return reporter;
    }

    public UserProfile getAssignee() {
        return assignee;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getResolution() {
        return resolution;
    }

    /** How it ended; empty while open, and for knelpunten that ended before categories existed ("onbekend"). */
    public Optional<Resolution> getResolutionCategory() {
        return Optional.ofNullable(resolutionCategory);
    }

    /** The articles of law the knelpunt is about. */
    public List<LawReference> getLawReferences() {
        return Collections.unmodifiableList(lawReferences);
    }

    /** Names the articles of law the knelpunt is about, replacing those named before (none: it names none). */
    public void cite(List<LawReference> references, Instant now) {
        lawReferences.clear();
        lawReferences.addAll(references);
        changedAt = now;
    }

    public List<BottleneckEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public long getVersion() {
        return version;
    }
}
