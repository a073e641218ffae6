package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Tags;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.TextTerms;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Reporting knelpunten and correcting them. Every free text passes the personal-data guard before anything is
 * stored; a report and an edit are recorded in the audit log, in one transaction.
 */
@ApplicationScoped
public class BottleneckReporting {

    static final String REFERENCE_KIND = "KP";
    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 200;
    static final int TEXT_MIN = 10;
    static final int TEXT_MAX = 20_000;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckSteps steps;

    @Inject
    Profiles people;

    @Inject
    ThemeRepository themes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    BottleneckChangeRecorder recorder;

    @Inject
    Clock clock;

    @Inject
    AttachmentService attachments;

    @Inject
    SettingsService settings;

    @Inject
    CommunityService communityService;

    @Inject
    Event<ContentChanged> contentChanges;

    @Inject
    OutcomeService outcomes;

    /**
     * What a professional fills in to report a knelpunt. {@code copId} puts it in a CoP the reporter belongs to;
     * {@code outcomeId} reports it from a CoP outcome of kind knelpunt (and puts it in that outcome's CoP). Editing
     * ignores both.
     */
    public record NewBottleneck(String title, String description, String themeCode, String gemeenteCode,
                                String affectedGroup, EstimatedScale estimatedScale, String proposedSolution,
                                boolean restricted, List<String> tags, Long copId, Long outcomeId,
                                Set<TargetGroup> targetGroups) {

        /** Naming no target group (doelgroepen). */
        public NewBottleneck(String title, String description, String themeCode, String gemeenteCode,
                             String affectedGroup, EstimatedScale estimatedScale, String proposedSolution,
                             boolean restricted, List<String> tags, Long copId, Long outcomeId) {
            this(title, description, themeCode, gemeenteCode, affectedGroup, estimatedScale, proposedSolution, restricted, tags,
                    copId, outcomeId, Set.of());
        }

        /** The same input with these target groups. */
        public NewBottleneck withTargetGroups(Set<TargetGroup> groups) {
            return new NewBottleneck(title, description, themeCode, gemeenteCode, affectedGroup, estimatedScale, proposedSolution,
                    restricted, tags, copId, outcomeId, groups);
        }

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

    /** A file sent along with a new knelpunt: its name as the reporter's computer gave it, and its content. */
    public record NewFile(String fileName, byte[] content) {
    }

    /**
     * Reports a knelpunt with files, in one transaction: when a file is refused (kind, size, number, personal data in
     * its name), nothing is stored and the refusal names the file, so the reporter can choose again.
     */
    @Transactional
    public Bottleneck report(NewBottleneck input, List<NewFile> files, Caller caller) {
        Bottleneck bottleneck = report(input, caller);
        for (NewFile file : files) {
            try {
                attachments.add(bottleneck.getReference(), file.fileName(), file.content(), caller);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of("bijlagen", Message.of("input.bottleneck.attachment", file.fileName(),
                        e.reasons().values().iterator().next()));
            }
        }
        return bottleneck;
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
        Bottleneck bottleneck = Bottleneck.report(nextReference(now), valid.report(), valid.theme(), valid.gemeente(), reporter, now);
        String reference = bottleneck.getReference();
        bottleneck.setDeadline(settings.current().deadlines().onReport(valid.theme(), BottleneckQueries.today(now)));
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
        recorder.announce(new BottleneckChanged(reference, BottleneckChanged.What.REPORTED, reporter.getId(), Message.of("notification.summary.reported"), null, null));
        recorder.audit(reporter, "KNELPUNT_GEMELD", reference, caller, null);
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
        return new Validated(new Bottleneck.Report(title, description, affectedGroup, input.estimatedScale(), proposedSolution,
                        input.targetGroups()),
                theme.get(), gemeente.get(), tags.tags());
    }

    /**
     * The reporter corrects their knelpunt while it is {@code gemeld} at execution level (nobody has taken it up yet);
     * an admin may while it is open. All fields are replaced by {@code input} (a partial update fills in the current
     * values first). Same checks as reporting, optimistic locking on {@code expectedVersion}, a history line naming
     * the changed fields, and an audit entry. Nothing changed: nothing is written.
     */
    /**
     * Names the articles of law the knelpunt is about, in the short form ({@code WI2021 art. 15 lid 2}), replacing those
     * named before; an empty list names none. Its reporter, a handler of its level or an admin, while it is open.
     */
    @Transactional
    public Bottleneck cite(String reference, List<String> codes, Caller caller) {
        Bottleneck bottleneck = queries.load(reference, caller);
        if (!queries.rights(bottleneck, caller).cite()) {
            throw new AccessDeniedException(Message.of("access.bottleneck.cite"));
        }
        FieldErrors errors = new FieldErrors();
        List<LawReference> references = InputChecks.lawReferences(errors, "wetsartikelen", codes);
        errors.throwIfAny();
        UserProfile person = people.of(caller);
        bottleneck.cite(references, clock.instant());
        steps.flushOrConflict(bottleneck);
        recorder.audit(person, "KNELPUNT_WETSARTIKELEN", reference, caller, references.stream().map(LawReference::code)
                .reduce((a, b) -> a + "; " + b).orElse("(geen)"));
        return bottleneck;
    }

    @Transactional
    public Bottleneck edit(String reference, NewBottleneck input, Long expectedVersion, Caller caller) {
        Bottleneck bottleneck = queries.load(reference, caller);
        UserProfile person = people.of(caller);
        BottleneckRights rights = queries.rights(bottleneck, caller);
        if (!rights.editor()) {
            throw new AccessDeniedException(Message.of("access.bottleneck.edit"));
        }
        if (!rights.edit()) {
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
        steps.flushOrConflict(bottleneck);
        contentChanges.fire(new ContentChanged(ContentChanged.Kind.KNELPUNT, bottleneck.getId()));
        recorder.audit(person, "KNELPUNT_GEWIJZIGD", reference, caller, String.join(",", changed));
        return bottleneck;
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
