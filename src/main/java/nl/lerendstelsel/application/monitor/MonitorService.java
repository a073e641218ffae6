package nl.lerendstelsel.application.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.monitor.MonitorException;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.MonitorRepository;
import nl.lerendstelsel.domain.model.monitor.MonitorResponse;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.QuestionDraft;
import nl.lerendstelsel.domain.model.monitor.RoundStatus;
import nl.lerendstelsel.domain.model.monitor.TargetKind;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Monitor rounds: a coordinator or admin drafts a round (its questions, or those of an earlier round), opens it — the
 * professionals of every organisation it asks are told — and closes it; who sees which round. Answering a round is
 * {@link MonitorAnswering}.
 */
@ApplicationScoped
public class MonitorService {

    @Inject
    MonitorRepository monitor;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserProfileRepository profileRepository;

    @Inject
    Profiles profiles;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** A round as its author writes it. */
    public record RoundInput(String title, String introduction, LocalDate opensOn, LocalDate closesOn, TargetKind targetKind,
                             List<String> targetCodes, List<QuestionDraft> questions, Long previousRoundId) {
    }

    /** How a notification names a round, and so its page. */
    public static String reference(MonitorRound round) {
        return "MON-" + round.getId();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DutchTime.ZONE);
    }

    /** Whether the caller drafts and runs rounds: a coordinator or an admin. */
    public static boolean manages(Caller caller) {
        return caller != null && (caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN));
    }

    /** Whether the caller reads every round's results: who runs them, and the ministry. */
    public static boolean readsResults(Caller caller) {
        return manages(caller) || caller != null && caller.has(Role.MINISTRY);
    }

    UserProfile requireManager(Caller caller) {
        if (!manages(caller)) {
            throw new AccessDeniedException(Message.of("access.monitor.manage"));
        }
        return profiles.of(caller);
    }

    /** The rounds the caller may see: all for who runs them, all but drafts for the ministry, those asking their organisation for others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonitorRound> rounds(Caller caller) {
        if (manages(caller)) {
            return monitor.rounds();
        }
        if (readsResults(caller)) {
            return monitor.rounds().stream().filter(r -> !r.isDraft()).toList();
        }
        Organisation own = profiles.find(caller).map(UserProfile::getOrganisation).orElse(null);
        return monitor.rounds().stream().filter(r -> !r.isDraft() && r.asks(own)).toList();
    }

    /** One round, when the caller may see it (see {@link #rounds}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitorRound round(Long id, Caller caller) {
        MonitorRound round = load(id);
        if (manages(caller) || readsResults(caller) && !round.isDraft()) {
            return round;
        }
        Organisation own = profiles.find(caller).map(UserProfile::getOrganisation).orElse(null);
        if (round.isDraft() || !round.asks(own)) {
            throw notFound(id);
        }
        return round;
    }

    /** The round with its questions read (for pages that show them after the transaction). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitorRound roundWithQuestions(Long id, Caller caller) {
        MonitorRound round = round(id, caller);
        round.getQuestions().forEach(q -> q.getOptions().size());
        return round;
    }

    MonitorRound load(Long id) {
        return monitor.findRound(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("notFound.monitorRound", String.valueOf(id)));
    }

    @Transactional
    public MonitorRound draft(RoundInput input, Caller caller) {
        UserProfile person = requireManager(caller);
        Checked checked = check(input);
        MonitorRound round = made(() -> new MonitorRound(checked.title(), checked.introduction(), input.opensOn(), input.closesOn(),
                input.targetKind(), checked.targetCodes(), person, clock.instant()));
        ruled(() -> round.replaceQuestions(input.questions(), previous(input)));
        monitor.add(round);
        monitor.flush();
        auditLog.success(person, "MONITOR_RONDE_OPGESTELD", "MonitorRound", round.getId(), caller, null);
        return round;
    }

    @Transactional
    public MonitorRound update(Long id, RoundInput input, Caller caller) {
        UserProfile person = requireManager(caller);
        MonitorRound round = load(id);
        Checked checked = check(input);
        ruled(() -> {
                round.describe(checked.title(), checked.introduction(), input.opensOn(), input.closesOn(), input.targetKind(),
                        checked.targetCodes());
                round.replaceQuestions(input.questions(), previous(input));
        });
        monitor.flush();
        auditLog.success(person, "MONITOR_RONDE_GEWIJZIGD", "MonitorRound", id, caller, null);
        return round;
    }

    private MonitorRound previous(RoundInput input) {
        return input.previousRoundId() == null ? null : monitor.findRound(input.previousRoundId())
                .orElseThrow(() -> InvalidInputException.of("vorige", Message.of("input.required")));
    }

    /** Replaces a draft's questions by those of an earlier round, so that its results compare with that round's. */
    @Transactional
    public MonitorRound copyQuestions(Long id, Long fromId, Caller caller) {
        UserProfile person = requireManager(caller);
        MonitorRound round = load(id);
        MonitorRound earlier = load(fromId);
        ruled(() -> round.copyQuestionsFrom(earlier));
        monitor.flush();
        auditLog.success(person, "MONITOR_VRAGEN_GEKOPIEERD", "MonitorRound", id, caller, "van " + fromId);
        return round;
    }

    /** Opens a draft for answers and tells the professionals of every organisation it asks. */
    @Transactional
    public MonitorRound open(Long id, Caller caller) {
        UserProfile person = requireManager(caller);
        MonitorRound round = load(id);
        ruled(() -> round.open(today(), clock.instant()));
        notifications.tell(professionalsOf(askedOrganisations(round)), NotificationKind.MONITOR, reference(round),
                Message.of("notification.monitor.opened", round.getTitle()),
                Message.of("notification.monitor.opened.text", round.getClosesOn()), person.getId());
        auditLog.success(person, "MONITOR_RONDE_GEOPEND", "MonitorRound", id, caller, null);
        return round;
    }

    @Transactional
    public MonitorRound close(Long id, Caller caller) {
        UserProfile person = requireManager(caller);
        MonitorRound round = load(id);
        ruled(() -> round.close(today(), clock.instant()));
        auditLog.success(person, "MONITOR_RONDE_GESLOTEN", "MonitorRound", id, caller, null);
        return round;
    }

    /** The organisations a round asks (active ones), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> askedOrganisations(MonitorRound round) {
        List<Organisation> candidates = round.getTargetKind() == TargetKind.PARTNERS ? organisations.partners(false)
                : organisations.gemeenten(null, false);
        return candidates.stream().filter(round::asks).toList();
    }

    /** The ids of the active professionals of these organisations. */
    Set<Long> professionalsOf(List<Organisation> asked) {
        Set<String> codes = new TreeSet<>(asked.stream().map(Organisation::getCode).toList());
        Set<Long> ids = new TreeSet<>();
        profileRepository.withRole(Role.PROFESSIONAL).stream()
                .filter(p -> p.getOrganisation() != null && codes.contains(p.getOrganisation().getCode()))
                .forEach(p -> ids.add(p.getId()));
        return ids;
    }

    /** Runs a step of the domain; its refusal becomes a "not possible" answer, wrong answers field errors. */
    static void ruled(Runnable step) {
        try {
            step.run();
        } catch (MonitorResponse.InvalidAnswers e) {
            throw invalid(e);
        } catch (MonitorException e) {
            throw new NotPossibleException(e);
        }
    }

    private static InvalidInputException invalid(MonitorResponse.InvalidAnswers e) {
        FieldErrors errors = new FieldErrors();
        e.problems().forEach((questionId, problem) -> errors.put("vraag-" + questionId, problem));
        return new InvalidInputException(errors);
    }

    /** {@link #ruled} for a step that makes something. */
    static <T> T made(java.util.function.Supplier<T> step) {
        List<T> made = new ArrayList<>(1);
        ruled(() -> made.add(step.get()));
        return made.get(0);
    }

    private record Checked(String title, String introduction, List<String> targetCodes) {
    }

    private Checked check(RoundInput input) {
        FieldErrors errors = new FieldErrors();
        String title = InputChecks.required(errors, "titel", input.title(), 5, MonitorRound.TITLE_MAX);
        String introduction = InputChecks.optional(errors, "inleiding", input.introduction(), MonitorRound.INTRODUCTION_MAX);
        if (input.opensOn() == null) {
            errors.put("opent", Message.of("input.required"));
        }
        if (input.closesOn() == null) {
            errors.put("sluit", Message.of("input.required"));
        } else if (input.opensOn() != null && input.closesOn().isBefore(input.opensOn())) {
            errors.put("sluit", Message.of("refusal.monitor.closesBeforeOpens"));
        }
        List<String> codes = input.targetCodes() == null ? List.of()
                : input.targetCodes().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        if (input.targetKind() == null) {
            errors.put("doelgroep", Message.of("input.required"));
        } else if (input.targetKind() != TargetKind.ALLE_GEMEENTEN && codes.isEmpty()) {
            errors.put("doelgroep", Message.of("refusal.monitor.noTarget"));
        } else if (!codes.isEmpty() && !knownTargets(input.targetKind()).containsAll(codes)) {
            errors.put("doelgroep", Message.of("input.monitor.unknownTarget"));
        }
        List<QuestionDraft> questions = input.questions() == null ? List.of() : input.questions();
        if (questions.size() > MonitorRound.QUESTIONS_MAX) {
            errors.put("vragen", Message.of("refusal.monitor.tooManyQuestions", MonitorRound.QUESTIONS_MAX));
        }
        for (int i = 0; i < questions.size(); i++) {
            int number = i + 1;
            MonitorQuestion.problemsOf(questions.get(i)).forEach(p -> errors.put("vraag-" + number + "-" + p.part(), p.message()));
        }
        errors.throwIfAny();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("titel", title);
        if (introduction != null) {
            texts.put("inleiding", introduction);
        }
        for (int i = 0; i < questions.size(); i++) {
            texts.put("vraag-" + (i + 1) + "-tekst", questions.get(i).text());
        }
        InputChecks.rejectPersonalData(texts);
        return new Checked(title, introduction, input.targetKind() == TargetKind.ALLE_GEMEENTEN ? List.of() : codes);
    }

    private Set<String> knownTargets(TargetKind kind) {
        Set<String> known = new TreeSet<>();
        switch (kind) {
            case REGIOS -> organisations.regions().forEach(r -> known.add(r.getCode()));
            case PROVINCIES -> organisations.gemeenten(null, false).stream().map(Organisation::getProvince)
                    .filter(p -> p != null).forEach(known::add);
            case PARTNERS -> organisations.partners(false).forEach(o -> known.add(o.getCode()));
            case ALLE_GEMEENTEN -> { }
        }
        return known;
    }

    /** The provinces of the active gemeenten, by name (to target a round). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> provinces() {
        return new ArrayList<>(new TreeSet<>(organisations.gemeenten(null, false).stream().map(Organisation::getProvince)
                .filter(p -> p != null).toList()));
    }

    /** Whether a round of this status may still change its questions. */
    public static boolean editable(MonitorRound round) {
        return round.getStatus() == RoundStatus.CONCEPT;
    }
}
