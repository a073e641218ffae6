package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Evidence;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.domain.model.signal.SignalRepository;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.SignalWorkflow;
import nl.lerendstelsel.domain.model.signal.SignalWorkflowException;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Signals to SZW: coordinators bundle knelpunten at linking level into a signal and submit it; the ministry
 * acknowledges, may send questions back, and publishes its formal response, which resolves every knelpunt in the signal
 * with that response as feedback, in the same transaction. Who may do what is decided here:
 * <ul>
 *   <li>coordinators create and edit signals, add knelpunten, submit, answer questions and close;</li>
 *   <li>the ministry acknowledges, takes it in hand, asks questions, responds, closes and records follow-up;</li>
 *   <li>both write in the clarification thread;</li>
 *   <li>everyone signed in reads submitted signals and responses; concepts only coordinators and admins.</li>
 * </ul>
 * Every act is audited; the steps themselves come from {@link SignalWorkflow}.
 */
@ApplicationScoped
public class SignalService {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 200;
    static final int TEXT_MIN = 10;
    static final int TEXT_MAX = 20_000;
    static final int FORUM_MAX = 200;
    static final int CANDIDATES_MAX = 200;
    static final int REPORT_YEARS_MAX = 5;
    static final String HIDDEN_TITLE = "(afgeschermd knelpunt)";

    @Inject
    SignalRepository signals;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    BottleneckService bottleneckService;

    @Inject
    UserProfileRepository profiles;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    @Inject
    WorkingDayCalendar calendar;

    /** What a coordinator writes. */
    public record SignalInput(String title, String problem, String analysis, Urgency urgency, Proposal proposal) {
    }

    /** A page of signals with the number of knelpunten of each. */
    public record Page(List<Signal> items, Map<Long, Long> knelpunten, long total, int page, int pageSize) {
    }

    /** What a reader sees of a signal beyond its fields: the evidence, the knelpunten they may see, overdue or not. */
    public record View(Signal signal, Evidence evidence, List<Bottleneck> knelpunten, int hiddenKnelpunten, boolean overdue,
                       Set<SignalAction> actions, boolean mayEdit, boolean mayWrite, boolean mayFollowUp) {
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DutchTime.ZONE);
    }

    /** The signal if the caller may read it: a concept only for coordinators and admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Signal get(String reference, Caller caller) {
        Signal signal = signals.findByReference(reference == null ? null : reference.strip())
                .orElseThrow(() -> notFound(reference));
        if (signal.getStatus() == SignalStatus.CONCEPT && !seesConcepts(caller)) {
            throw notFound(reference);
        }
        return signal;
    }

    /** Everything the signal page and the API show. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View view(String reference, Caller caller) {
        Signal signal = get(reference, caller);
        Viewer viewer = bottleneckService.viewer(caller);
        List<Bottleneck> visible = signal.getBottlenecks().stream().filter(viewer::maySee).toList();
        Set<SignalAction> actions = EnumSet.noneOf(SignalAction.class);
        for (SignalRole side : sides(caller)) {
            actions.addAll(SignalWorkflow.allowed(signal.getStatus(), side));
        }
        boolean coordinator = caller.has(Role.COORDINATOR);
        boolean ministry = caller.has(Role.MINISTRY);
        return new View(signal, Evidence.of(signals.evidenceItems(signal)), visible, signal.getBottlenecks().size() - visible.size(),
                signal.isOverdue(today()), actions, coordinator && signal.isEditable(),
                (coordinator || ministry) && signal.getStatus() != SignalStatus.CONCEPT && signal.getStatus() != SignalStatus.GESLOTEN,
                ministry && signal.getDecision() != null && signal.getDecision().isAdopted());
    }

    /**
     * Signals newest-changed first. {@code status} narrows to one status, {@code overdue} to those past a ministry
     * deadline today, {@code mine} to the caller's own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(SignalStatus status, boolean overdue, boolean mine, int page, int pageSize, Caller caller) {
        if (status == SignalStatus.CONCEPT && !seesConcepts(caller)) {
            throw new AccessDeniedException(Message.of("access.signal.drafts"));
        }
        Long author = mine ? profiles.findBySubject(caller.subject()).map(UserProfile::getId).orElse(-1L) : null;
        SignalRepository.Filter filter = new SignalRepository.Filter(status, seesConcepts(caller), overdue ? today() : null, author);
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        List<Signal> items = signals.list(filter, (number - 1) * size, size);
        return new Page(items, signals.knelpuntCounts(items.stream().map(Signal::getId).toList()), signals.count(filter), number, size);
    }

    /** The signals a knelpunt is in that the caller may read (concepts only for coordinators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Signal> signalsOf(Bottleneck bottleneck, Caller caller) {
        boolean concepts = seesConcepts(caller);
        return signals.signalsOf(bottleneck).stream().filter(s -> concepts || s.getStatus() != SignalStatus.CONCEPT).toList();
    }

    /**
     * The knelpunten a coordinator can put in a signal now (the most recently changed {@value #CANDIDATES_MAX}): at
     * linking level, in behandeling, in no signal that is not answered yet (this one included).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bottleneck> candidates(Signal signal, Caller caller) {
        requireCoordinator(caller);
        List<Bottleneck> atLinking = bottleneckService.list(new BottleneckFilter(Level.LINKING, Status.IN_BEHANDELING, null, null, null,
                null, null, null, false, true, null, null), 1, CANDIDATES_MAX).items();
        Set<Long> taken = signals.inOpenSignals(atLinking.stream().map(Bottleneck::getId).toList());
        return atLinking.stream().filter(b -> !taken.contains(b.getId())).toList();
    }

    /**
     * The signalling report over the signals submitted in a period (default: the last full quarter), for coordinators,
     * the ministry and admins. Knelpunten the caller may not see appear without their title.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignalReport report(LocalDate from, LocalDate to, Caller caller) {
        if (!seesConcepts(caller) && !caller.has(Role.MINISTRY)) {
            throw new AccessDeniedException(Message.of("access.signal.report"));
        }
        SignalReport.Period period;
        if (from == null && to == null) {
            period = SignalReport.Period.lastQuarter(today());
        } else {
            LocalDate start = from == null ? to.withDayOfYear(1) : from;
            LocalDate end = to == null ? today() : to;
            if (start.isAfter(end)) {
                throw InvalidInputException.of("van", Message.of("input.period.startAfterEnd"));
            }
            if (start.plusYears(REPORT_YEARS_MAX).isBefore(end)) {
                throw InvalidInputException.of("tot", Message.of("input.period.tooLong", String.valueOf(REPORT_YEARS_MAX)));
            }
            period = new SignalReport.Period(start, end);
        }
        List<Signal> submitted = signals.submittedBetween(period.from(), period.to());
        List<Long> ids = submitted.stream().map(Signal::getId).toList();
        Map<Long, Long> counts = signals.knelpuntCounts(ids);
        Map<Long, List<String>> themes = signals.themes(ids);
        LocalDate today = today();
        List<SignalReport.Line> lines = submitted.stream().map(s -> new SignalReport.Line(s.getReference(), s.getTitle(), s.getStatus(),
                s.getUrgency(), s.getProposal(), s.getSubmittedOn(), day(s.getAcknowledgedAt()), day(s.getAnsweredAt()), s.getDecision(),
                s.getForum(), counts.getOrDefault(s.getId(), 0L).intValue(), themes.getOrDefault(s.getId(), List.of()),
                s.isOverdue(today))).toList();
        Viewer viewer = bottleneckService.viewer(caller);
        List<SignalReport.KnelpuntLine> knelpunten = signals.knelpuntenOf(ids).stream().map(pair -> {
            Bottleneck b = pair.getValue();
            return new SignalReport.KnelpuntLine(pair.getKey(), b.getReference(), viewer.maySee(b) ? b.getTitle() : HIDDEN_TITLE,
                    b.getTheme().getNameNl(), b.getGemeente() == null ? null : b.getGemeente().getName(), b.getLevel().dutch(),
                    b.getStatus().dutch(), day(b.getReportedAt()));
        }).toList();
        return SignalReport.of(period.from(), period.to(), clock.instant(), lines, knelpunten, calendar);
    }

    // ---- the coordinator's side ---------------------------------------------------------------------------------

    /** A coordinator starts a concept from one or more knelpunten at linking level. */
    @Transactional
    public Signal create(SignalInput input, Collection<String> knelpunten, Caller caller) {
        requireCoordinator(caller);
        UserProfile person = profileOf(caller);
        SignalInput checked = checked(input);
        List<String> references = references(knelpunten);
        if (references.isEmpty()) {
            throw InvalidInputException.of("knelpunten", Message.of("input.signal.knelpunten.atLinking"));
        }
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, DutchTime.ZONE).getYear();
        Signal signal = new Signal("SIG-%d-%03d".formatted(year, signals.nextReferenceNumber(year)), person, now);
        signal.describe(checked.title(), checked.problem(), checked.analysis(), checked.urgency(), checked.proposal(), now);
        signals.add(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_AANMAKEN", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), null);
        attachAll(signal, references, person, caller);
        return signal;
    }

    /** A coordinator changes the texts, while it is a concept or back with them for questions. */
    @Transactional
    public Signal edit(String reference, SignalInput input, Long expectedVersion, Caller caller) {
        requireCoordinator(caller);
        Signal signal = get(reference, caller);
        checkVersion(signal, expectedVersion);
        SignalInput checked = checked(input);
        Instant now = clock.instant();
        describe(signal, checked, now);
        signal.note(SignalEvent.EDITED, profileOf(caller), null, now);
        flushOrConflict(signal);
        auditLog.record(profileOf(caller).getUsername(), "SIGNAAL_WIJZIGEN", "Signal", signal.getReference(),
                AuditEntry.Result.SUCCESS, caller.origin(), null);
        return signal;
    }

    /**
     * Adds knelpunten. While it is a concept they wait at linking level; once submitted, each moves to system level
     * with status {@code opgeschaald} straight away.
     */
    @Transactional
    public Signal attach(String reference, Collection<String> knelpunten, Long expectedVersion, Caller caller) {
        requireCoordinator(caller);
        Signal signal = get(reference, caller);
        checkVersion(signal, expectedVersion);
        List<String> references = references(knelpunten);
        if (references.isEmpty()) {
            throw InvalidInputException.of("knelpunten", Message.of("input.signal.knelpunten.none"));
        }
        attachAll(signal, references, profileOf(caller), caller);
        flushOrConflict(signal);
        return signal;
    }

    /** Takes a knelpunt out of a concept (it stays at linking level, untouched). */
    @Transactional
    public Signal detach(String reference, String knelpunt, Caller caller) {
        requireCoordinator(caller);
        Signal signal = get(reference, caller);
        Bottleneck bottleneck = signal.getBottlenecks().stream().filter(b -> b.getReference().equals(knelpunt)).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.signal.knelpunt", knelpunt, reference)));
        rule(() -> signal.detach(bottleneck, profileOf(caller), clock.instant()));
        flushOrConflict(signal);
        auditLog.record(profileOf(caller).getUsername(), "SIGNAAL_KNELPUNT_VERWIJDEREN", "Signal", signal.getReference(),
                AuditEntry.Result.SUCCESS, caller.origin(), knelpunt);
        return signal;
    }

    /**
     * Submits the concept to the ministry: every knelpunt in it must still be in behandeling at linking level; they all
     * move to system level, the ministry's deadlines start, and the ministry is told. All or nothing.
     */
    @Transactional
    public Signal submit(String reference, Long expectedVersion, Caller caller) {
        Signal signal = get(reference, caller);
        checkVersion(signal, expectedVersion);
        if (signal.getBottlenecks().isEmpty()) {
            throw new NotPossibleException(Message.of("refusal.signal.noKnelpunten"));
        }
        List<String> notReady = signal.getBottlenecks().stream().filter(b -> !isAtLinking(b)).map(Bottleneck::getReference).toList();
        if (!notReady.isEmpty()) {
            throw new NotPossibleException(Message.of("refusal.signal.knelpuntenNotAtLinking", String.join(", ", notReady)));
        }
        UserProfile person = profileOf(caller);
        step(signal, SignalAction.INDIENEN, null, person, caller);
        signal.scheduled(today(), settings.current().signalDeadlines());
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            bottleneckService.moveToSignal(bottleneck, signal.getReference(), person, caller.origin());
        }
        flushOrConflict(signal);
        tell(ministry(), signal, Message.of("notification.signal.submitted"), signal.getProblem(), person);
        return signal;
    }

    /** The coordinator answers the ministry's questions; the signal goes back to the ministry, and whoever handles it there is told. */
    @Transactional
    public Signal answerQuestions(String reference, String text, Caller caller) {
        Signal signal = get(reference, caller);
        UserProfile person = profileOf(caller);
        String answer = checkedText("antwoord", text);
        step(signal, SignalAction.VRAGEN_BEANTWOORDEN, answer, person, caller);
        signal.addMessage(person, SignalRole.COORDINATOR, SignalMessage.Kind.ANTWOORD, answer, clock.instant());
        flushOrConflict(signal);
        tell(ministryOf(signal), signal, Message.of("notification.signal.questionsAnswered"), answer, person);
        return signal;
    }

    // ---- the ministry's side ------------------------------------------------------------------------------------

    /** The ministry confirms receipt. */
    @Transactional
    public Signal acknowledge(String reference, Caller caller) {
        return ministryStep(reference, SignalAction.ONTVANGST_BEVESTIGEN, null,
                Message.of("notification.signal.acknowledged"), caller);
    }

    /** The ministry takes the signal in hand. */
    @Transactional
    public Signal takeInHand(String reference, Caller caller) {
        return ministryStep(reference, SignalAction.IN_BEHANDELING_NEMEN, null,
                Message.of("notification.signal.inHand"), caller);
    }

    /** The ministry sends the signal back to the coordinator with questions (in the clarification thread). */
    @Transactional
    public Signal askQuestions(String reference, String text, Caller caller) {
        String questions = checkedText("vragen", text);
        Signal signal = ministryStep(reference, SignalAction.VRAGEN_STELLEN, questions,
                Message.of("notification.signal.questionsAsked"), caller);
        signal.addMessage(profileOf(caller), SignalRole.MINISTRY, SignalMessage.Kind.VRAAG, questions, clock.instant());
        flushOrConflict(signal);
        return signal;
    }

    /**
     * The ministry's formal response with its decision ({@code forum} for a referral). In the same transaction every
     * knelpunt in the signal is resolved with the response as feedback, which tells its reporter, supporters, followers
     * and CoP. When any knelpunt cannot take that step, nothing at all changes and the ministry is told which one.
     */
    @Transactional
    public Signal respond(String reference, Decision decision, String text, String forum, Long expectedVersion, Caller caller) {
        Signal signal = get(reference, caller);
        checkVersion(signal, expectedVersion);
        FieldErrors errors = new FieldErrors();
        String response = InputChecks.required(errors, "antwoord", text, TEXT_MIN, TEXT_MAX);
        if (decision == null) {
            errors.put("besluit", Message.of("input.signal.decision"));
        }
        String referredTo = InputChecks.optional(errors, "forum", forum, FORUM_MAX);
        if (decision == Decision.DOORVERWEZEN && referredTo == null) {
            errors.put("forum", Message.of("input.signal.forum"));
        }
        errors.throwIfAny();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("antwoord", response);
        if (referredTo != null) {
            texts.put("forum", referredTo);
        }
        InputChecks.rejectPersonalData(texts);
        UserProfile person = profileOf(caller);
        step(signal, SignalAction.BEANTWOORDEN, response, person, caller);
        signal.respond(decision, response, referredTo, person);
        String feedback = feedback(signal);
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            try {
                bottleneckService.answerFromSignal(bottleneck, signal.getReference(), feedback, person, caller.origin());
            } catch (WorkflowException e) {
                throw new NotPossibleException(Message.of("refusal.signal.knelpuntCannotTakeResponse", bottleneck.getReference(),
                        levelName(bottleneck.getLevel()), statusName(bottleneck.getStatus())));
            }
        }
        flushOrConflict(signal);
        tell(coordinatorsOf(signal), signal, Message.of("notification.signal.responded",
                Message.of("signal.decision." + decision.name())), response, person);
        return signal;
    }

    /** Closes an answered signal (coordinator or ministry). */
    @Transactional
    public Signal close(String reference, String text, Caller caller) {
        Signal signal = get(reference, caller);
        UserProfile person = profileOf(caller);
        String note = text == null || text.isBlank() ? null : checkedText("toelichting", text);
        step(signal, SignalAction.SLUITEN, note, person, caller);
        flushOrConflict(signal);
        Set<Long> others = new TreeSet<>(coordinatorsOf(signal));
        others.addAll(ministryOf(signal));
        tell(others, signal, Message.of("notification.signal.closed"), note, person);
        return signal;
    }

    /**
     * The ministry records what changes after an adopted decision and when it is expected; everyone around the
     * knelpunten hears of it.
     */
    @Transactional
    public Signal recordFollowUp(String reference, String change, LocalDate expected, Caller caller) {
        requireMinistry(caller);
        Signal signal = get(reference, caller);
        FieldErrors errors = new FieldErrors();
        String what = InputChecks.required(errors, "wijziging", change, TEXT_MIN, TEXT_MAX);
        if (expected == null) {
            errors.put("verwachteDatum", Message.of("input.signal.expectedDate"));
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("wijziging", what);
        UserProfile person = profileOf(caller);
        Instant now = clock.instant();
        rule(() -> signal.recordFollowUp(what, expected, now));
        signal.note(SignalEvent.FOLLOW_UP, person, what, now);
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_OPVOLGING", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), String.valueOf(expected));
        tell(aroundKnelpunten(signal), signal, Message.of("notification.signal.followUp"), what, person);
        return signal;
    }

    /** A progress update on the follow-up; everyone around the knelpunten hears of it. */
    @Transactional
    public Signal addProgress(String reference, String text, Caller caller) {
        requireMinistry(caller);
        Signal signal = get(reference, caller);
        String body = checkedText("voortgang", text);
        UserProfile person = profileOf(caller);
        rule(() -> signal.addProgress(person, body, clock.instant()));
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_VOORTGANG", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), null);
        tell(aroundKnelpunten(signal), signal, Message.of("notification.signal.progress"), body, person);
        return signal;
    }

    // ---- both sides ---------------------------------------------------------------------------------------------

    /** A message in the clarification thread, by the coordinator or the ministry, while the signal is with the ministry or answered. */
    @Transactional
    public SignalMessage write(String reference, String text, Caller caller) {
        Signal signal = get(reference, caller);
        SignalRole side = caller.has(Role.MINISTRY) ? SignalRole.MINISTRY : caller.has(Role.COORDINATOR) ? SignalRole.COORDINATOR : null;
        if (side == null) {
            throw new AccessDeniedException(Message.of("access.signal.thread"));
        }
        if (signal.getStatus() == SignalStatus.CONCEPT || signal.getStatus() == SignalStatus.GESLOTEN) {
            throw new NotPossibleException(Message.of("refusal.signal.threadClosed"));
        }
        String body = checkedText("bericht", text);
        UserProfile person = profileOf(caller);
        SignalMessage message = signal.addMessage(person, side, SignalMessage.Kind.BERICHT, body, clock.instant());
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_BERICHT", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), null);
        tell(side == SignalRole.MINISTRY ? coordinatorsOf(signal) : ministryOf(signal), signal,
                Message.of("notification.signal.message"), body, person);
        return message;
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    private Signal ministryStep(String reference, SignalAction action, String text, Message summary, Caller caller) {
        Signal signal = get(reference, caller);
        UserProfile person = profileOf(caller);
        step(signal, action, text, person, caller);
        flushOrConflict(signal);
        tell(coordinatorsOf(signal), signal, summary, text, person);
        return signal;
    }

    /**
     * One step from the table, on the side the caller holds: refused as not theirs (403) when they hold no role that
     * ever takes this action, as not possible now (409) when the status does not allow it.
     */
    private void step(Signal signal, SignalAction action, String text, UserProfile person, Caller caller) {
        Set<SignalRole> sides = sides(caller);
        sides.retainAll(SignalWorkflow.roles(action));
        if (sides.isEmpty()) {
            throw new AccessDeniedException(action == SignalAction.SLUITEN
                    ? Message.of("access.signal.close")
                    : SignalWorkflow.roles(action).contains(SignalRole.MINISTRY)
                    ? Message.of("access.signal.ministryStep")
                    : Message.of("access.signal.coordinatorStep"));
        }
        SignalRole side = sides.stream().filter(r -> SignalWorkflow.find(signal.getStatus(), action, r).isPresent()).findFirst()
                .orElse(sides.iterator().next());
        SignalEvent event = rule(() -> signal.perform(action, side, person, text, clock.instant()));
        auditLog.record(person.getUsername(), "SIGNAAL_" + action.name(), "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), event.getFromStatus() + " -> " + event.getToStatus());
    }

    private void attachAll(Signal signal, List<String> references, UserProfile person, Caller caller) {
        rule(() -> SignalWorkflow.next(signal.getStatus(), SignalAction.KNELPUNT_TOEVOEGEN, SignalRole.COORDINATOR, null));
        Instant now = clock.instant();
        for (String reference : references) {
            Bottleneck bottleneck = bottlenecks.findByReference(reference)
                    .orElseThrow(() -> InvalidInputException.of("knelpunten", Message.of("input.signal.knelpunten.unknown", reference)));
            Optional<Signal> other = openSignalOf(bottleneck, signal);
            if (other.isPresent()) {
                throw new NotPossibleException(Message.of("refusal.signal.knelpuntInOtherSignal", reference, other.get().getReference()));
            }
            if (signal.getBottlenecks().contains(bottleneck)) {
                continue;
            }
            if (!isAtLinking(bottleneck)) {
                throw new NotPossibleException(Message.of("refusal.signal.knelpuntNotAtLinking", reference,
                        levelName(bottleneck.getLevel()), statusName(bottleneck.getStatus())));
            }
            signal.attach(bottleneck, person, now);
            auditLog.record(person.getUsername(), "SIGNAAL_KNELPUNT_TOEVOEGEN", "Signal", signal.getReference(),
                    AuditEntry.Result.SUCCESS, caller.origin(), reference);
            if (signal.getStatus() != SignalStatus.CONCEPT) {
                bottleneckService.moveToSignal(bottleneck, signal.getReference(), person, caller.origin());
            }
        }
    }

    /** Another signal, not yet answered, that already holds this knelpunt. */
    private Optional<Signal> openSignalOf(Bottleneck bottleneck, Signal except) {
        return signals.signalsOf(bottleneck).stream()
                .filter(s -> !s.equals(except))
                .filter(s -> s.getStatus() != SignalStatus.BEANTWOORD && s.getStatus() != SignalStatus.GESLOTEN)
                .findFirst();
    }

    private static boolean isAtLinking(Bottleneck bottleneck) {
        return bottleneck.getLevel() == Level.LINKING && bottleneck.getStatus() == Status.IN_BEHANDELING;
    }

    /** The feedback every knelpunt gets: which signal, the decision, the forum of a referral, and the response. */
    static String feedback(Signal signal) {
        StringBuilder text = new StringBuilder("Antwoord van het ministerie van SZW op signaal ").append(signal.getReference())
                .append(" (besluit: ").append(signal.getDecision().dutch()).append(")");
        if (signal.getForum() != null) {
            text.append(", doorverwezen naar ").append(signal.getForum());
        }
        return text.append(":\n\n").append(signal.getResponse()).toString();
    }

    private void describe(Signal signal, SignalInput input, Instant now) {
        rule(() -> signal.describe(input.title(), input.problem(), input.analysis(), input.urgency(), input.proposal(), now));
    }

    private SignalInput checked(SignalInput input) {
        if (input == null) {
            throw InvalidInputException.of("titel", Message.of("input.signal.texts"));
        }
        FieldErrors errors = new FieldErrors();
        String title = InputChecks.required(errors, "titel", input.title(), TITLE_MIN, TITLE_MAX);
        String problem = InputChecks.required(errors, "probleemstelling", input.problem(), TEXT_MIN, TEXT_MAX);
        String analysis = InputChecks.required(errors, "analyse", input.analysis(), TEXT_MIN, TEXT_MAX);
        if (input.urgency() == null) {
            errors.put("urgentie", Message.of("input.signal.urgency"));
        }
        if (input.proposal() == null) {
            errors.put("voorstel", Message.of("input.signal.proposal"));
        }
        errors.throwIfAny();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("titel", title);
        texts.put("probleemstelling", problem);
        texts.put("analyse", analysis);
        InputChecks.rejectPersonalData(texts);
        return new SignalInput(title, problem, analysis, input.urgency(), input.proposal());
    }

    private static String checkedText(String field, String text) {
        FieldErrors errors = new FieldErrors();
        String value = InputChecks.required(errors, field, text, 2, TEXT_MAX);
        errors.throwIfAny();
        InputChecks.rejectPersonalData(field, value);
        return value;
    }

    private static List<String> references(Collection<String> knelpunten) {
        Set<String> references = new LinkedHashSet<>();
        if (knelpunten != null) {
            knelpunten.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).forEach(references::add);
        }
        return List.copyOf(references);
    }

    private static <T> T rule(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (SignalWorkflowException e) {
            throw new NotPossibleException(e);
        }
    }

    private static void rule(Runnable action) {
        rule(() -> {
            action.run();
            return null;
        });
    }

    private void checkVersion(Signal signal, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != signal.getVersion()) {
            throw new ConcurrentChangeException(signal.getReference(), signal.getVersion());
        }
    }

    private void flushOrConflict(Signal signal) {
        try {
            signals.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(signal.getReference(), signal.getVersion());
        }
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, DutchTime.ZONE);
    }

    private static Set<SignalRole> sides(Caller caller) {
        Set<SignalRole> sides = EnumSet.noneOf(SignalRole.class);
        if (caller.has(Role.COORDINATOR)) {
            sides.add(SignalRole.COORDINATOR);
        }
        if (caller.has(Role.MINISTRY)) {
            sides.add(SignalRole.MINISTRY);
        }
        return sides;
    }

    private static boolean seesConcepts(Caller caller) {
        return caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN);
    }

    private static void requireCoordinator(Caller caller) {
        if (!caller.has(Role.COORDINATOR)) {
            throw new AccessDeniedException(Message.of("access.signal.coordinatorsOnly"));
        }
    }

    private static void requireMinistry(Caller caller) {
        if (!caller.has(Role.MINISTRY)) {
            throw new AccessDeniedException(Message.of("access.signal.ministryOnly"));
        }
    }

    private static NotFoundException notFound(String reference) {
        return new NotFoundException(Message.of("notFound.signal", reference));
    }

    /** A knelpunt's level as the refusals name it ("schakelniveau", "linking level"). */
    private static Message levelName(Level level) {
        return Message.of("notification.level." + level.name());
    }

    /** A knelpunt's status in lower case, as the refusals name it ("in behandeling", "in progress"). */
    private static Message statusName(Status status) {
        return switch (status) {
            case GEMELD -> Message.of("signal.knelpuntStatus.GEMELD");
            case IN_BEHANDELING -> Message.of("signal.knelpuntStatus.IN_BEHANDELING");
            case WACHT_OP_INFORMATIE -> Message.of("signal.knelpuntStatus.WACHT_OP_INFORMATIE");
            case OPGELOST -> Message.of("signal.knelpuntStatus.OPGELOST");
            case TERUGGELEGD -> Message.of("signal.knelpuntStatus.TERUGGELEGD");
            case OPGESCHAALD -> Message.of("signal.knelpuntStatus.OPGESCHAALD");
            case GESLOTEN -> Message.of("signal.knelpuntStatus.GESLOTEN");
            case HEROPEND -> Message.of("signal.knelpuntStatus.HEROPEND");
        };
    }

    private UserProfile profileOf(Caller caller) {
        return profiles.findBySubject(caller.subject())
                .orElseThrow(() -> new AccessDeniedException(Message.of("access.unknownUser")));
    }

    /** Everyone at the ministry (active profiles with the role). */
    private Set<Long> ministry() {
        Set<Long> ids = new TreeSet<>();
        profiles.withRole(Role.MINISTRY).forEach(p -> ids.add(p.getId()));
        return ids;
    }

    /** The ministry people who acted on this signal or wrote in its thread; everyone at the ministry when none did yet. */
    private Set<Long> ministryOf(Signal signal) {
        Set<Long> all = ministry();
        Set<Long> involved = new TreeSet<>();
        signal.getHistory().stream().filter(e -> e.getActor() != null && all.contains(e.getActor().getId()))
                .forEach(e -> involved.add(e.getActor().getId()));
        return involved.isEmpty() ? all : involved;
    }

    /** The author and every coordinator who acted on the signal. */
    private Set<Long> coordinatorsOf(Signal signal) {
        Set<Long> ids = new TreeSet<>();
        ids.add(signal.getAuthor().getId());
        signal.getHistory().stream().filter(e -> e.getActor() != null && e.getActor().getRoles().contains(Role.COORDINATOR))
                .forEach(e -> ids.add(e.getActor().getId()));
        return ids;
    }

    /** Reporters, supporters and followers of every knelpunt in the signal. */
    private Set<Long> aroundKnelpunten(Signal signal) {
        Set<Long> ids = new TreeSet<>();
        signal.getBottlenecks().forEach(b -> ids.addAll(bottlenecks.audience(b)));
        return ids;
    }

    /** Tells {@code recipients} "summary — title" of the signal, with what a person wrote (if anything) as the text. */
    private void tell(Collection<Long> recipients, Signal signal, Message summary, String text, UserProfile actor) {
        notifications.tell(recipients, NotificationKind.SIGNAAL, signal.getReference(),
                Message.of("notification.about", summary, signal.getTitle()), Message.verbatim(text),
                actor == null ? null : actor.getId());
    }
}
