package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.DuplicateKeys;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.Viewers;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.DeadlinePolicy;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Requirement;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.SupportSummary;
import nl.lerendstelsel.domain.model.bottleneck.Tags;
import nl.lerendstelsel.domain.model.bottleneck.TextTerms;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.privacy.Finding;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Reporting knelpunten and moving them through the workflow. Every free text passes the personal-data
 * guard before anything is stored; every step is checked against the workflow table, recorded in the
 * knelpunt's history and in the audit log, in one transaction.
 */
@ApplicationScoped
public class BottleneckService {

    static final String REFERENCE_KIND = "KP";
    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 200;
    static final int TEXT_MIN = 10;
    static final int TEXT_MAX = 20_000;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    UserProfileRepository profiles;

    @Inject
    Profiles people;

    @Inject
    ThemeRepository themes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    @Inject
    Event<BottleneckChanged> changes;

    @Inject
    CommunityService communityService;

    @Inject
    Event<ContentChanged> contentChanges;

    @Inject
    OutcomeService outcomes;

    @Inject
    Viewers viewers;

    /** The reopen window in days, as the settings say now. */
    private int reopenDays() {
        return settings.current().days(Setting.REOPEN_DAYS);
    }

    /**
     * What a professional fills in to report a knelpunt. {@code copId} puts it in a CoP the reporter belongs to;
     * {@code outcomeId} reports it from a CoP outcome of kind knelpunt (and puts it in that outcome's CoP). Editing
     * ignores both.
     */
    public record NewBottleneck(String title, String description, String themeCode, String gemeenteCode,
                                String affectedGroup, EstimatedScale estimatedScale, String proposedSolution,
                                boolean restricted, List<String> tags, Long copId, Long outcomeId) {

        /** Not in a CoP. */
        public NewBottleneck(String title, String description, String themeCode, String gemeenteCode,
                             String affectedGroup, EstimatedScale estimatedScale, String proposedSolution,
                             boolean restricted, List<String> tags) {
            this(title, description, themeCode, gemeenteCode, affectedGroup, estimatedScale, proposedSolution, restricted, tags,
                    null, null);
        }

        /** Not restricted, no tags. */
        public NewBottleneck(String title, String description, String themeCode, String gemeenteCode,
                             String affectedGroup, EstimatedScale estimatedScale, String proposedSolution) {
            this(title, description, themeCode, gemeenteCode, affectedGroup, estimatedScale, proposedSolution, false, List.of());
        }

        /** No tags. */
        public NewBottleneck(String title, String description, String themeCode, String gemeenteCode,
                             String affectedGroup, EstimatedScale estimatedScale, String proposedSolution, boolean restricted) {
            this(title, description, themeCode, gemeenteCode, affectedGroup, estimatedScale, proposedSolution, restricted, List.of());
        }
    }

    @Transactional
    public Bottleneck report(NewBottleneck input, Caller caller) {
        if (!caller.has(Role.PROFESSIONAL) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.bottleneck.report"));
        }
        UserProfile reporter = people.of(caller);
        FieldErrors noOrganisation = new FieldErrors();
        if (reporter.getOrganisation() == null) {
            noOrganisation.put("organisatie", Message.of("input.bottleneck.noOrganisation"));
        }
        Validated valid = validate(input, noOrganisation, null);
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, DutchTime.ZONE).getYear();
        String reference = "%s-%d-%05d".formatted(REFERENCE_KIND, year, bottlenecks.nextReferenceNumber(REFERENCE_KIND, year));
        Bottleneck bottleneck = Bottleneck.report(reference, valid.report(), valid.theme(), valid.gemeente(), reporter, now);
        bottleneck.setDeadline(settings.current().deadlines().onReport(valid.theme(), today(now)));
        bottleneck.setRestricted(input.restricted());
        bottleneck.setTags(valid.tags());
        bottleneck.setCommunityId(communityFor(input, caller));
        bottlenecks.add(bottleneck);
        if (input.outcomeId() != null) {
            bottlenecks.flush();
            outcomes.linkReported(input.outcomeId(), bottleneck, caller);
        }
        bottlenecks.replaceTerms(bottleneck, TextTerms.of(bottleneck.getTitle(), bottleneck.getDescription()));
        contentChanges.fire(new ContentChanged(ContentChanged.Kind.KNELPUNT, bottleneck.getId()));
        bottlenecks.flush();
        changes.fire(new BottleneckChanged(reference, BottleneckChanged.What.REPORTED, reporter.getId(), Message.of("notification.summary.reported"), null, null));
        auditLog.record(reporter.getUsername(), "KNELPUNT_GEMELD", "Bottleneck", reference, AuditEntry.Result.SUCCESS,
                caller.origin(), null);
        return bottleneck;
    }

    /**
     * The CoP a new knelpunt goes into: the outcome's when reported from one, else the chosen one, which the reporter
     * must belong to (admins any).
     */
    private Long communityFor(NewBottleneck input, Caller caller) {
        Long copId = input.outcomeId() != null ? outcomes.outcome(input.outcomeId(), caller).getCommunity().getId() : input.copId();
        if (copId == null) {
            return null;
        }
        Community community = communityService.communityOrNull(copId);
        if (community == null || !communityService.access(community, caller).member()) {
            throw InvalidInputException.of("cop", Message.of("input.bottleneck.cop"));
        }
        return community.getId();
    }

    /** A new reference {@code KP-<year>-<number>}, numbered per year. */
    String nextReference(Instant now) {
        int year = LocalDate.ofInstant(now, DutchTime.ZONE).getYear();
        return "%s-%d-%05d".formatted(REFERENCE_KIND, year, bottlenecks.nextReferenceNumber(REFERENCE_KIND, year));
    }

    /** Checks a title and description as for reporting (lengths, personal data) and returns them stripped. */
    String[] checkedTexts(String title, String description, String fieldPrefix) {
        FieldErrors errors = new FieldErrors();
        String t = required(errors, fieldPrefix + "titel", title, TITLE_MIN, TITLE_MAX);
        String d = required(errors, fieldPrefix + "omschrijving", description, TEXT_MIN, TEXT_MAX);
        errors.throwIfAny();
        rejectPersonalData(Map.of(fieldPrefix + "titel", t, fieldPrefix + "omschrijving", d));
        return new String[] {t, d};
    }

    /** Checked and stripped input, free texts past the personal-data guard. */
    private record Validated(Bottleneck.Report report, Theme theme, Organisation gemeente, Set<String> tags) {
    }

    /**
     * {@code current}: the knelpunt being edited, or {@code null} for a new one. A new knelpunt needs an active theme and
     * gemeente; an edit may keep the ones it has even when they have since been retired (a retired theme stays on old
     * records), and only a change must be to an active one.
     */
    private Validated validate(NewBottleneck input, FieldErrors moreErrors, Bottleneck current) {
        FieldErrors errors = new FieldErrors();
        String title = required(errors, "titel", input.title(), TITLE_MIN, TITLE_MAX);
        String description = required(errors, "omschrijving", input.description(), TEXT_MIN, TEXT_MAX);
        String affectedGroup = optional(errors, "doelgroep", input.affectedGroup(), 200);
        String proposedSolution = optional(errors, "oplossingsrichting", input.proposedSolution(), TEXT_MAX);
        Optional<Theme> known = themes.find(input.themeCode());
        Optional<Theme> theme = known
                .filter(t -> t.isActive() || current != null && t.getCode().equals(current.getTheme().getCode()));
        if (theme.isEmpty()) {
            errors.put("thema", known.isPresent() ? Message.of("input.bottleneck.themeRetired")
                    : Message.of("input.bottleneck.themeUnknown"));
        }
        Optional<Organisation> gemeente = organisations.find(input.gemeenteCode()).filter(Organisation::isGemeente)
                .filter(g -> g.isActive() || current != null && g.getCode().equals(current.getGemeente().getCode()));
        if (gemeente.isEmpty()) {
            errors.put("gemeente", Message.of("input.bottleneck.gemeente"));
        }
        Tags.Result tags = Tags.normalise(input.tags());
        if (!tags.problems().isEmpty()) {
            errors.put("tags", tags.reason());
        }
        moreErrors.asMap().forEach(errors::put);
        errors.throwIfAny();
        rejectPersonalData(Map.of("titel", title, "omschrijving", description,
                "doelgroep", nullToEmpty(affectedGroup), "oplossingsrichting", nullToEmpty(proposedSolution),
                "tags", String.join(", ", tags.tags())));
        return new Validated(new Bottleneck.Report(title, description, affectedGroup, input.estimatedScale(), proposedSolution),
                theme.get(), gemeente.get(), tags.tags());
    }

    /**
     * The reporter corrects their knelpunt while it is {@code gemeld} at execution level (nobody has taken it up yet);
     * an admin may while it is open. All fields are replaced by {@code input} (a partial update fills in the current
     * values first). Same checks as reporting, optimistic locking on {@code expectedVersion}, a history line naming
     * the changed fields, and an audit entry. Nothing changed: nothing is written.
     */
    @Transactional
    public Bottleneck edit(String reference, NewBottleneck input, Long expectedVersion, Caller caller) {
        Bottleneck bottleneck = load(reference, caller);
        UserProfile person = people.of(caller);
        boolean admin = caller.has(Role.ADMIN);
        if (!admin && !bottleneck.isReportedBy(person)) {
            throw new AccessDeniedException(Message.of("access.bottleneck.edit"));
        }
        if (!canEdit(bottleneck, admin)) {
            throw new NotPossibleException(Message.of("refusal.bottleneck.edit"));
        }
        if (expectedVersion != null && expectedVersion != bottleneck.getVersion()) {
            throw new ConcurrentChangeException(reference, bottleneck.getVersion());
        }
        Validated valid = validate(input, new FieldErrors(), bottleneck);
        List<String> changed = bottleneck.edit(valid.report(), valid.theme(), valid.gemeente(), input.restricted(),
                valid.tags(), person, clock.instant());
        if (changed.isEmpty()) {
            return bottleneck;
        }
        if (changed.contains("titel") || changed.contains("omschrijving")) {
            bottlenecks.replaceTerms(bottleneck, TextTerms.of(bottleneck.getTitle(), bottleneck.getDescription()));
        }
        try {
            bottlenecks.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(reference, bottleneck.getVersion());
        }
        contentChanges.fire(new ContentChanged(ContentChanged.Kind.KNELPUNT, bottleneck.getId()));
        auditLog.record(person.getUsername(), "KNELPUNT_GEWIJZIGD", "Bottleneck", reference, AuditEntry.Result.SUCCESS,
                caller.origin(), String.join(",", changed));
        return bottleneck;
    }

    /** Whether this knelpunt may still be edited: by its reporter while new at execution level, by an admin while open. */
    public static boolean canEdit(Bottleneck bottleneck, boolean admin) {
        return admin ? bottleneck.getStatus().isOpen()
                : bottleneck.getLevel() == Level.EXECUTION && bottleneck.getStatus() == Status.GEMELD;
    }

    /**
     * A page of knelpunten for a signed-in reader. {@code more}: there are more than {@code total} matches (a bounded
     * list, {@link #browse}); the reader narrows the selection with the filters.
     */
    public record Page(List<Bottleneck> items, long total, int page, int pageSize, boolean more) {
        public Page(List<Bottleneck> items, long total, int page, int pageSize) {
            this(items, total, page, pageSize, false);
        }

        public long pageCount() {
            return Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    /** How many knelpunten the list pages count and page through; beyond it the reader uses the filters. */
    public static final int BROWSE_LIMIT = 1000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(BottleneckFilter filter, int page, int pageSize) {
        return list(filter, BottleneckSort.CHANGED_DESC, page, pageSize);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(BottleneckFilter filter, BottleneckSort sort, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        return new Page(bottlenecks.page(filter, sort, (number - 1) * size, size), bottlenecks.count(filter), number, size);
    }

    /**
     * The list as the pages show it: at most {@link #BROWSE_LIMIT} knelpunten, counted and paged with one bounded query
     * of ids (read in index order, bottleneck_list), so its cost does not grow with the number of knelpunten (bar P6).
     * An exact count of a large selection would read every visible knelpunt on every page view; the API keeps it
     * ({@link #list}), for integrations that need the total.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page browse(BottleneckFilter filter, BottleneckSort sort, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        List<Long> ids = bottlenecks.ids(filter, sort, BROWSE_LIMIT + 1);
        Window window = Window.of(ids.size(), BROWSE_LIMIT, page, size);
        return new Page(bottlenecks.rows(ids.subList(window.from(), window.to())), window.total(), window.page(), size,
                window.more());
    }

    /**
     * Which part of a bounded list of {@code found} ids (at most {@code limit} + 1 read) a page shows: the page number is
     * kept within the pages there are, so a bookmarked page 80 of a list that shrank shows its last page.
     */
    record Window(int from, int to, int total, int page, boolean more) {
        static Window of(int found, int limit, int page, int size) {
            boolean more = found > limit;
            int total = Math.min(found, limit);
            int pages = Math.max(1, (total + size - 1) / size);
            int number = Math.max(1, Math.min(page, pages));
            int from = Math.min((number - 1) * size, total);
            return new Window(from, Math.min(from + size, total), total, number, more);
        }
    }

    /** Today in Europe/Amsterdam: the day deadlines and "overdue" are measured against. */
    public LocalDate today() {
        return today(clock.instant());
    }

    private static LocalDate today(Instant instant) {
        return LocalDate.ofInstant(instant, DutchTime.ZONE);
    }

    /**
     * "Ook bij ons": the caller's organisation meets the same knelpunt. Once per organisation; not for the
     * reporting organisation itself, nor for a knelpunt that is closed. A gemeente supports for itself; a
     * partner organisation may name the gemeente where it meets the problem.
     */
    @Transactional
    public SupportSummary support(String reference, String gemeenteCode, String note, Caller caller) {
        if (!caller.has(Role.PROFESSIONAL) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.bottleneck.support"));
        }
        Bottleneck bottleneck = load(reference, caller);
        // Supports of one knelpunt take turns: the "already supported" check then sees every earlier support, and
        // concurrent inserts and counts cannot deadlock (quality bar R4).
        bottlenecks.lockForUpdate(bottleneck);
        UserProfile supporter = people.of(caller);
        Organisation organisation = supporter.getOrganisation();
        FieldErrors errors = new FieldErrors();
        String stripped = optional(errors, "toelichting", note, 1000);
        if (organisation == null) {
            errors.put("organisatie", Message.of("input.bottleneck.noOrganisation"));
        }
        if (!bottleneck.getStatus().isOpen()) {
            errors.put("steun", Message.of("input.bottleneck.support.finished"));
        } else if (organisation != null && organisation.getCode().equals(bottleneck.getOrganisation().getCode())) {
            errors.put("steun", Message.of("input.bottleneck.support.ownOrganisation"));
        } else if (organisation != null && bottlenecks.isSupportedBy(bottleneck, organisation.getCode())) {
            errors.put("steun", Message.of("input.bottleneck.support.already"));
        }
        Organisation gemeente = null;
        if (organisation != null && organisation.isGemeente()) {
            gemeente = organisation;
        } else if (gemeenteCode != null && !gemeenteCode.isBlank()) {
            gemeente = organisations.find(gemeenteCode.strip()).filter(Organisation::isGemeente).filter(Organisation::isActive)
                    .orElse(null);
            if (gemeente == null) {
                errors.put("gemeente", Message.of("input.bottleneck.gemeente"));
            }
        }
        errors.throwIfAny();
        rejectPersonalData(Map.of("toelichting", nullToEmpty(stripped)));
        bottlenecks.add(new Support(bottleneck, supporter, gemeente, stripped, clock.instant()));
        try {
            bottlenecks.flush();
        } catch (PersistenceException e) {
            // A colleague of the same organisation supported it at the same moment: the unique key says so (quality bar R4).
            if (DuplicateKeys.causedBy(e)) {
                throw InvalidInputException.of("steun", Message.of("input.bottleneck.support.already"));
            }
            throw e;
        }
        SupportSummary summary = supportSummary(bottleneck);
        boolean newlyProposed = summary.proposedForEscalation() && !bottleneck.isProposed();
        bottleneck.setProposed(summary.proposedForEscalation());
        flushOrConflict(bottleneck);
        if (newlyProposed) {
            changes.fire(new BottleneckChanged(reference, BottleneckChanged.What.PROPOSED, supporter.getId(),
                    Message.of("notification.summary.proposed", summary.gemeenten(), summary.regions()), null, null));
        }
        auditLog.record(supporter.getUsername(), "KNELPUNT_GESTEUND", "Bottleneck", reference, AuditEntry.Result.SUCCESS,
                caller.origin(), "organisatie=" + organisation.getCode());
        changes.fire(new BottleneckChanged(reference, BottleneckChanged.What.SUPPORT, supporter.getId(),
                Message.of("notification.summary.support", organisation.getName()), stripped, null));
        return summary;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportSummary supportSummary(Bottleneck bottleneck) {
        long[] counts = bottlenecks.supportCounts(bottleneck);
        return SupportSummary.of(counts[0], counts[1], counts[2], settings.current().days(Setting.SUPPORT_GEMEENTEN),
                settings.current().days(Setting.SUPPORT_REGIONS));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Support> supports(Bottleneck bottleneck) {
        return bottlenecks.supports(bottleneck);
    }

    private Bottleneck load(String reference) {
        return bottlenecks.findByReference(reference)
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.bottleneck", reference)));
    }

    /** For the system itself (jobs, demo data, tests): every knelpunt, restricted or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Bottleneck> findById(Long id) {
        return bottlenecks.findById(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Bottleneck> find(String reference) {
        return bottlenecks.findByReference(reference);
    }

    /** As {@code caller} may see it: a restricted knelpunt they may not see does not exist for them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Bottleneck> find(String reference, Caller caller) {
        Viewer viewer = viewer(caller);
        return bottlenecks.findByReference(reference).filter(viewer::maySee);
    }

    /** Of these references, those {@code caller} may see — one read for all of them (search results). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> visibleAmong(Collection<String> references, Caller caller) {
        return bottlenecks.visibleReferences(references, viewer(caller));
    }

    /** Who {@code caller} is for the visibility rule of restricted knelpunten. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Viewer viewer(Caller caller) {
        return viewers.of(caller);
    }

    /**
     * The capacities in which {@code caller} acts on this knelpunt: their roles, and reporter or supporter when they
     * reported it or their organisation supports it. A facilitator handles at execution level only the knelpunten
     * outside any CoP and those of the CoPs they facilitate; admins every one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Actor> actorsFor(Bottleneck bottleneck, Caller caller) {
        Set<Actor> actors = Actor.fromRoles(caller.roles());
        Viewer viewer = viewer(caller);
        if (viewer.profileId() != null) {
            if (bottleneck.isReportedBy(viewer.profileId())) {
                actors.add(Actor.REPORTER);
            }
            if (viewer.organisationCode() != null && bottlenecks.isSupportedBy(bottleneck, viewer.organisationCode())) {
                actors.add(Actor.SUPPORTER);
            }
        }
        if (actors.contains(Actor.HANDLER_EXECUTION) && bottleneck.getCommunityId() != null
                && !communityService.facilitates(bottleneck.getCommunityId(), caller)) {
            actors.remove(Actor.HANDLER_EXECUTION);
        }
        return actors;
    }

    /** Loads for an operation by {@code caller}: not found when it does not exist or is hidden from them. */
    public Bottleneck load(String reference, Caller caller) {
        return find(reference, caller)
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.bottleneck", reference)));
    }

    /**
     * Performs a workflow step. {@code expectedVersion} is the version the caller saw; when someone else changed
     * the knelpunt since, nothing happens and a {@link ConcurrentChangeException} says so. Texts (reasons,
     * feedback) pass the personal-data guard too.
     */
    @Transactional
    public BottleneckEvent perform(String reference, Action action, String text, Long expectedVersion, Caller caller) {
        Bottleneck bottleneck = load(reference, caller);
        if (expectedVersion != null && expectedVersion != bottleneck.getVersion()) {
            throw new ConcurrentChangeException(reference, bottleneck.getVersion());
        }
        if (text != null) {
            rejectPersonalData(Map.of("toelichting", text));
        }
        UserProfile person = people.of(caller);
        Set<Actor> actors = actorsFor(bottleneck, caller);
        Instant now = clock.instant();
        if (action == Action.HEROPENEN && !actors.contains(Actor.ADMIN)) {
            checkReopenWindow(bottleneck, now);
        }
        BottleneckEvent event = step(bottleneck, action, actors, person, text, now);
        auditLog.record(person.getUsername(), "KNELPUNT_" + action.name(), "Bottleneck", reference,
                AuditEntry.Result.SUCCESS, caller.origin(),
                event.getFromLevel() + "/" + event.getFromStatus() + " -> " + event.getToLevel() + "/" + event.getToStatus());
        return event;
    }

    /**
     * One step with the clock moved along, the single place both people and the system jobs go through. The change is
     * written (flushed) before anyone is told of it: when another transaction changed the knelpunt meanwhile, the
     * optimistic lock fails here and the caller gets a {@link ConcurrentChangeException}, not some later query.
     */
    private BottleneckEvent step(Bottleneck bottleneck, Action action, Set<Actor> actors, UserProfile person, String text,
                                 Instant now) {
        DeadlinePolicy deadlines = settings.current().deadlines(); // before changing anything: it may read the database
        Long previousAssignee = bottleneck.getAssignee() == null ? null : bottleneck.getAssignee().getId();
        BottleneckEvent event = bottleneck.perform(action, actors, person, text, now);
        bottleneck.setDeadline(deadlines.after(event.getFromLevel(), event.getFromStatus(), event.getToLevel(),
                event.getToStatus(), bottleneck.getDeadline(), bottleneck.getTheme(), today(now)));
        flushOrConflict(bottleneck);
        if (action == Action.IN_BEHANDELING_NEMEN && person != null) {
            bottlenecks.follow(bottleneck, person.getId(), now); // the handler hears what happens next
        }
        boolean feedback = BottleneckWorkflow.find(event.getFromLevel(), event.getFromStatus(), action)
                .map(t -> t.requirement() == Requirement.FEEDBACK).orElse(false);
        changes.fire(new BottleneckChanged(bottleneck.getReference(),
                feedback ? BottleneckChanged.What.FEEDBACK : BottleneckChanged.What.STEP,
                person == null ? null : person.getId(), summary(action, event.getToLevel()), event.getText(), null,
                action, previousAssignee));
        return event;
    }

    /** Writes pending changes; a lost optimistic-lock race becomes a {@link ConcurrentChangeException}. */
    void flushOrConflict(Bottleneck bottleneck) {
        try {
            bottlenecks.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(bottleneck.getReference(), bottleneck.getVersion());
        }
    }

    /** One line for a notification, e.g. "Terugleggen: nu op uitvoeringsniveau". */
    public static Message summary(Action action, Level level) {
        return Message.of("notification.summary.step", Message.of("notification.action." + action.name()),
                Message.of("notification.level." + level.name()));
    }

    /** Reporter and supporters reopen within the window after it was resolved; admins any time (they correct). */
    private void checkReopenWindow(Bottleneck bottleneck, Instant now) {
        Optional<Instant> resolved = bottleneck.resolvedAt();
        if (resolved.isEmpty()) {
            return;
        }
        LocalDate lastDay = today(resolved.get()).plusDays(reopenDays());
        if (today(now).isAfter(lastDay)) {
            String date = lastDay.format(DateTimeFormatter.ofPattern("d-M-yyyy"));
            throw new NotPossibleException(Message.of("refusal.bottleneck.reopenWindow", date, String.valueOf(reopenDays())));
        }
    }

    /**
     * A knelpunt goes with a submitted signal to the ministry: {@code aan signaal koppelen}, to system level with status
     * {@code opgeschaald}, the signal's reference as reason. Taken by the system on behalf of {@code coordinator} (who
     * is recorded in the history); called by the signal service inside its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BottleneckEvent moveToSignal(Bottleneck bottleneck, String signalReference, UserProfile coordinator, String origin) {
        BottleneckEvent event = step(bottleneck, Action.AAN_SIGNAAL_KOPPELEN, EnumSet.of(Actor.SYSTEM), coordinator,
                "Opgenomen in signaal " + signalReference + " aan het ministerie van SZW.", clock.instant());
        auditLog.record(coordinator.getUsername(), "KNELPUNT_" + Action.AAN_SIGNAAL_KOPPELEN.name(), "Bottleneck",
                bottleneck.getReference(), AuditEntry.Result.SUCCESS, origin, signalReference);
        return event;
    }

    /**
     * The ministry's response reaches a knelpunt of the signal: {@code signaal beantwoord}, resolved with the response as
     * feedback, which notifies its reporter, supporters, followers and CoP; the responder is recorded in the history. Called by the signal service for every
     * knelpunt in one transaction; a knelpunt that cannot take the step makes the whole response fail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BottleneckEvent answerFromSignal(Bottleneck bottleneck, String signalReference, String feedback, UserProfile responder,
                                            String origin) {
        BottleneckEvent event = step(bottleneck, Action.SIGNAAL_BEANTWOORD, EnumSet.of(Actor.SYSTEM), responder, feedback, clock.instant());
        auditLog.record(responder.getUsername(), "KNELPUNT_" + Action.SIGNAAL_BEANTWOORD.name(), "Bottleneck", bottleneck.getReference(),
                AuditEntry.Result.SUCCESS, origin, signalReference);
        return event;
    }

    /** The last day the reporter and supporters may reopen a resolved knelpunt; empty when it is not resolved. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate> reopenUntil(Bottleneck bottleneck) {
        if (bottleneck.getStatus() != Status.OPGELOST) {
            return Optional.empty();
        }
        return bottleneck.resolvedAt().map(at -> today(at).plusDays(reopenDays()));
    }

    /** The knelpunten whose wait for information has expired on {@code today}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> waitExpiredOn(LocalDate today) {
        return bottlenecks.waitExpiredOn(today);
    }

    /**
     * The system ends an expired wait for information: {@code termijn verlopen}, back to {@code in behandeling}, with
     * the clock running again. Returns false when there was nothing to do (anymore): another node or a person was
     * first, or the wait was not expired on {@code today}.
     */
    @Transactional
    public boolean expireWait(String reference, LocalDate today) {
        Bottleneck bottleneck = load(reference);
        if (bottleneck.getStatus() != Status.WACHT_OP_INFORMATIE
                || !bottleneck.getDeadline().waitExpiredOn(today)) {
            return false;
        }
        BottleneckEvent event = step(bottleneck, Action.TERMIJN_VERLOPEN, EnumSet.of(Actor.SYSTEM), null,
                "De termijn voor informatie is verlopen; het knelpunt wordt verder behandeld.", clock.instant());
        auditLog.record("systeem", "KNELPUNT_" + Action.TERMIJN_VERLOPEN.name(), "Bottleneck", reference,
                AuditEntry.Result.SUCCESS, "systeem", event.getToLevel() + "/" + event.getToStatus());
        return true;
    }

    /**
     * Assigns a knelpunt to a handler of its level (or the caller themself): a handler of that level or an admin
     * may. The assignee must hold the level's handler role. Recorded in the history and the audit log.
     */
    @Transactional
    public Bottleneck assign(String reference, String username, Long expectedVersion, Caller caller) {
        Bottleneck bottleneck = load(reference, caller);
        if (expectedVersion != null && expectedVersion != bottleneck.getVersion()) {
            throw new ConcurrentChangeException(reference, bottleneck.getVersion());
        }
        Optional<Actor> handler = Actor.handlerAt(bottleneck.getLevel());
        Set<Actor> actors = actorsFor(bottleneck, caller);
        if (handler.isEmpty() || !actors.contains(handler.get()) && !actors.contains(Actor.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.bottleneck.assign"));
        }
        if (!bottleneck.getStatus().isOpen()) {
            throw new NotPossibleException(Message.of("refusal.bottleneck.assignFinished"));
        }
        UserProfile actor = people.of(caller);
        UserProfile assignee = username == null || username.isBlank() ? null : profiles.findByUsername(username.strip())
                .orElseThrow(() -> InvalidInputException.of("behandelaar", Message.of("input.bottleneck.assign.unknownUser")));
        if (assignee == null) {
            throw InvalidInputException.of("behandelaar", Message.of("input.bottleneck.assign.choose"));
        }
        Role role = handlerRole(bottleneck.getLevel()).orElseThrow();
        if (!assignee.getRoles().contains(role) && !assignee.getRoles().contains(Role.ADMIN)) {
            throw InvalidInputException.of("behandelaar", Message.of("input.bottleneck.assign.notHandler",
                    assignee.getDisplayName(), Message.of("notification.level." + bottleneck.getLevel().name())));
        }
        if (bottleneck.getLevel() == Level.EXECUTION && bottleneck.getCommunityId() != null && !assignee.getRoles().contains(Role.ADMIN)
                && !communityService.facilitates(bottleneck.getCommunityId(), new Caller(assignee.getSubject(), assignee.getRoles(), null))) {
            throw InvalidInputException.of("behandelaar", Message.of("input.bottleneck.assign.notFacilitator",
                    assignee.getDisplayName(), communityService.communityOrNull(bottleneck.getCommunityId()).getName()));
        }
        Long previousAssignee = bottleneck.getAssignee() == null ? null : bottleneck.getAssignee().getId();
        bottleneck.assign(assignee, actor, clock.instant());
        flushOrConflict(bottleneck);
        bottlenecks.follow(bottleneck, assignee.getId(), clock.instant()); // the assignee hears what happens next
        changes.fire(new BottleneckChanged(reference, BottleneckChanged.What.ASSIGNED, actor.getId(),
                Message.of("notification.summary.assigned", actor.getDisplayName()), null, assignee.getId(), null, previousAssignee));
        auditLog.record(actor.getUsername(), "KNELPUNT_TOEGEWEZEN", "Bottleneck", reference, AuditEntry.Result.SUCCESS,
                caller.origin(), "behandelaar=" + assignee.getUsername());
        return bottleneck;
    }

    /** How many people the assign field offers at most for what was typed. */
    public static final int HANDLER_SUGGESTIONS = 10;

    /**
     * Who may be assigned this knelpunt, for the assign field: at most {@link #HANDLER_SUGGESTIONS} handlers of its
     * level whose name, user name or organisation contains {@code text}, by name; for a knelpunt of a CoP at execution
     * level only the facilitators of that CoP. A field that searches, not a list of every handler: a reference set has
     * about 400 facilitators, and the page listing them all cost a handler 2.5 times the CPU of a reader's view.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserProfile> handlersFor(Bottleneck bottleneck, String text) {
        Optional<Role> role = handlerRole(bottleneck.getLevel());
        if (role.isEmpty()) {
            return List.of();
        }
        List<Long> among = bottleneck.getLevel() == Level.EXECUTION && bottleneck.getCommunityId() != null
                ? communityService.facilitatorIds(bottleneck.getCommunityId()) : null;
        return profiles.withRoleMatching(role.get(), text, among, HANDLER_SUGGESTIONS);
    }

    /** The person with this user name, to show who was chosen in the assign field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserProfile> person(String username) {
        return username == null || username.isBlank() ? Optional.empty() : profiles.findByUsername(username.strip());
    }

    private static Optional<Role> handlerRole(Level level) {
        return switch (level) {
            case EXECUTION -> Optional.of(Role.FACILITATOR);
            case LINKING -> Optional.of(Role.COORDINATOR);
            case SYSTEM -> Optional.empty();
        };
    }

    private void rejectPersonalData(Map<String, String> texts) {
        InputChecks.rejectPersonalData(texts);
    }

    private static String required(FieldErrors errors, String field, String value, int min, int max) {
        return InputChecks.required(errors, field, value, min, max);
    }

    private static String optional(FieldErrors errors, String field, String value, int max) {
        return InputChecks.optional(errors, field, value, max);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
