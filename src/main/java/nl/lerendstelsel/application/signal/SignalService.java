package nl.lerendstelsel.application.signal;

import static nl.lerendstelsel.application.signal.SignalChecks.FORUM_MAX;
import static nl.lerendstelsel.application.signal.SignalChecks.TEXT_MAX;
import static nl.lerendstelsel.application.signal.SignalChecks.TEXT_MIN;
import static nl.lerendstelsel.application.signal.SignalChecks.checkVersion;
import static nl.lerendstelsel.application.signal.SignalChecks.checkedText;
import static nl.lerendstelsel.application.signal.SignalChecks.isAtLinking;
import static nl.lerendstelsel.application.signal.SignalChecks.levelName;
import static nl.lerendstelsel.application.signal.SignalChecks.requireMinistry;
import static nl.lerendstelsel.application.signal.SignalChecks.rule;
import static nl.lerendstelsel.application.signal.SignalChecks.statusName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.application.signal.SignalRecipients.Occasion;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import nl.lerendstelsel.domain.model.signal.SignalRepository;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.SignalWorkflow;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * The steps of a signal to SZW between coordinator and ministry: the coordinator submits it and answers questions; the
 * ministry acknowledges, takes it in hand, may send questions back, and publishes its formal response, which resolves
 * every knelpunt in the signal with that response as feedback, in the same transaction; either closes it; the ministry
 * records the follow-up of an adopted decision; both write in the clarification thread. Who may take which step comes
 * from {@link SignalWorkflow}; every act is audited. Writing the signal is {@link SignalDrafts}'s, reading
 * {@link SignalQueries}'s; who hears of a step {@link SignalRecipients} decides.
 */
@ApplicationScoped
public class SignalService {

    @Inject
    SignalQueries queries;

    @Inject
    SignalRepository signals;

    @Inject
    BottleneckSteps bottleneckSteps;

    @Inject
    Profiles profiles;

    @Inject
    UserProfileRepository userProfiles;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    // ---- the coordinator's side ---------------------------------------------------------------------------------

    /**
     * Submits the concept to the ministry: every knelpunt in it must still be in behandeling at linking level; they all
     * move to system level, the ministry's deadlines start, and the ministry is told. All or nothing.
     */
    @Transactional
    public Signal submit(String reference, Long expectedVersion, Caller caller) {
        Signal signal = queries.get(reference, caller);
        checkVersion(signal, expectedVersion);
        if (signal.getBottlenecks().isEmpty()) {
            throw new NotPossibleException(Message.of("refusal.signal.noKnelpunten"));
        }
        List<String> notReady = signal.getBottlenecks().stream().filter(b -> !isAtLinking(b)).map(Bottleneck::getReference).toList();
        if (!notReady.isEmpty()) {
            throw new NotPossibleException(Message.of("refusal.signal.knelpuntenNotAtLinking", String.join(", ", notReady)));
        }
        UserProfile person = profiles.of(caller);
        step(signal, SignalAction.INDIENEN, null, person, caller);
        signal.scheduled(queries.today(), settings.current().signalDeadlines());
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            bottleneckSteps.moveToSignal(bottleneck, signal.getReference(), person, caller.origin());
        }
        flushOrConflict(signal);
        tell(Occasion.SUBMITTED, signal, Message.of("notification.signal.submitted"), signal.getProblem(), person);
        return signal;
    }

    /** The coordinator answers the ministry's questions; the signal goes back to the ministry, and whoever handles it there is told. */
    @Transactional
    public Signal answerQuestions(String reference, String text, Caller caller) {
        Signal signal = queries.get(reference, caller);
        UserProfile person = profiles.of(caller);
        String answer = checkedText("antwoord", text);
        step(signal, SignalAction.VRAGEN_BEANTWOORDEN, answer, person, caller);
        signal.addMessage(person, SignalRole.COORDINATOR, SignalMessage.Kind.ANTWOORD, answer, clock.instant());
        flushOrConflict(signal);
        tell(Occasion.FROM_COORDINATOR, signal, Message.of("notification.signal.questionsAnswered"), answer, person);
        return signal;
    }

    /**
     * The coordinator withdraws a submitted signal before the ministry answers, with a reason: every knelpunt in it returns
     * to linking level (in behandeling), which tells whoever reported, supports or follows it; the ministry people
     * involved and the coordinators hear of the signal. All or nothing.
     */
    @Transactional
    public Signal withdraw(String reference, String text, Long expectedVersion, Caller caller) {
        Signal signal = queries.get(reference, caller);
        checkVersion(signal, expectedVersion);
        String reason = checkedText("reden", text);
        UserProfile person = profiles.of(caller);
        step(signal, SignalAction.INTREKKEN, reason, person, caller);
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            try {
                bottleneckSteps.returnFromSignal(bottleneck, signal.getReference(), reason, person, caller.origin());
            } catch (WorkflowException e) {
                throw new NotPossibleException(Message.of("refusal.signal.knelpuntCannotReturn", bottleneck.getReference(),
                        levelName(bottleneck.getLevel()), statusName(bottleneck.getStatus())));
            }
        }
        flushOrConflict(signal);
        tell(Occasion.CLOSED, signal, Message.of("notification.signal.withdrawn"), reason, person);
        return signal;
    }

    // ---- the ministry's side ------------------------------------------------------------------------------------

    /** "Ik pak dit op": the caller at the ministry handles the signal from now on; the ministry's inbox filters on it. */
    @Transactional
    public Signal take(String reference, Caller caller) {
        requireMinistry(caller);
        Signal signal = queries.get(reference, caller);
        UserProfile person = profiles.of(caller);
        return owned(signal, person, person, caller);
    }

    /** The caller at the ministry assigns the signal to another active person at the ministry ({@code username}), who is told. */
    @Transactional
    public Signal assign(String reference, String username, Caller caller) {
        requireMinistry(caller);
        Signal signal = queries.get(reference, caller);
        UserProfile owner = (username == null || username.isBlank() ? java.util.Optional.<UserProfile>empty()
                : userProfiles.findByUsername(username.strip())).filter(p -> p.isActive() && p.getRoles().contains(Role.MINISTRY))
                .orElseThrow(() -> InvalidInputException.of("eigenaar", Message.of("input.signal.owner")));
        return owned(signal, owner, profiles.of(caller), caller);
    }

    private Signal owned(Signal signal, UserProfile owner, UserProfile person, Caller caller) {
        rule(() -> signal.assignOwner(owner, person, clock.instant()));
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_EIGENAAR", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), owner.getUsername());
        notifications.tell(Set.of(owner.getId()), NotificationKind.SIGNAAL, signal.getReference(),
                Message.of("notification.about", Message.of("notification.signal.assigned"), signal.getTitle()), null, person.getId());
        return signal;
    }

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
        signal.addMessage(profiles.of(caller), SignalRole.MINISTRY, SignalMessage.Kind.VRAAG, questions, clock.instant());
        flushOrConflict(signal);
        return signal;
    }

    /**
     * The ministry's formal response with its decision ({@code forum} for a referral). In the same transaction every
     * knelpunt in the signal gets the response as feedback, which tells its reporter, supporters, followers and CoP, and
     * the outcome the decision means ({@link BottleneckSteps#answerFor}): adopted goes {@code in opvolging}, not adopted
     * and referred close with that category; none is claimed {@code opgelost}. When any knelpunt cannot take that step, nothing at all changes and the ministry is told which one.
     */
    @Transactional
    public Signal respond(String reference, Decision decision, String text, String forum, Long expectedVersion, Caller caller) {
        Signal signal = queries.get(reference, caller);
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
        UserProfile person = profiles.of(caller);
        step(signal, SignalAction.BEANTWOORDEN, response, person, caller);
        signal.respond(decision, response, referredTo, person);
        String feedback = feedback(signal);
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            try {
                bottleneckSteps.answerFromSignal(bottleneck, signal.getReference(), decision, feedback, person, caller.origin());
            } catch (WorkflowException e) {
                throw new NotPossibleException(Message.of("refusal.signal.knelpuntCannotTakeResponse", bottleneck.getReference(),
                        levelName(bottleneck.getLevel()), statusName(bottleneck.getStatus())));
            }
        }
        flushOrConflict(signal);
        tell(Occasion.FROM_MINISTRY, signal, Message.of("notification.signal.responded",
                Message.of("signal.decision." + decision.name())), response, person);
        return signal;
    }

    /**
     * The ministry's interim answer: what happens next ({@code text}) and by when ({@code due}). The signal stays in
     * behandeling; its answer deadline moves to {@code due}, or to the first working day after it when that is a weekend
     * day or a public holiday; a date that is not in the future is refused. The history keeps the old and the new date;
     * the coordinators and everyone around the knelpunten are told.
     */
    @Transactional
    public Signal interimAnswer(String reference, String text, LocalDate due, Long expectedVersion, Caller caller) {
        requireMinistry(caller);
        Signal signal = queries.get(reference, caller);
        checkVersion(signal, expectedVersion);
        FieldErrors errors = new FieldErrors();
        String body = InputChecks.required(errors, "tekst", text, TEXT_MIN, TEXT_MAX);
        LocalDate newDue = null;
        if (due == null) {
            errors.put("nieuweDatum", Message.of("input.signal.interimDate"));
        } else {
            newDue = settings.current().signalDeadlines().interimDue(due, queries.today()).orElse(null);
            if (newDue == null) {
                errors.put("nieuweDatum", Message.of("input.signal.interimDateFuture"));
            }
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("tekst", body);
        UserProfile person = profiles.of(caller);
        LocalDate moved = newDue;
        LocalDate before = signal.getAnswerDue();
        SignalEvent event = rule(() -> signal.interimAnswer(SignalRole.MINISTRY, person, body, moved, clock.instant()));
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_" + SignalAction.TUSSENBERICHT.name(), "Signal", signal.getReference(),
                AuditEntry.Result.SUCCESS, caller.origin(), before + " -> " + event.getDueAfter());
        tell(Occasion.NEWS, signal, Message.of("notification.signal.interim", moved), body, person);
        return signal;
    }

    /** Closes an answered signal (coordinator or ministry). */
    @Transactional
    public Signal close(String reference, String text, Caller caller) {
        Signal signal = queries.get(reference, caller);
        UserProfile person = profiles.of(caller);
        String note = text == null || text.isBlank() ? null : checkedText("toelichting", text);
        step(signal, SignalAction.SLUITEN, note, person, caller);
        flushOrConflict(signal);
        tell(Occasion.CLOSED, signal, Message.of("notification.signal.closed"), note, person);
        return signal;
    }

    /**
     * The ministry records what changes after an adopted decision and when it is expected; everyone around the
     * knelpunten hears of it.
     */
    @Transactional
    public Signal recordFollowUp(String reference, String change, LocalDate expected, Caller caller) {
        requireMinistry(caller);
        Signal signal = queries.get(reference, caller);
        FieldErrors errors = new FieldErrors();
        String what = InputChecks.required(errors, "wijziging", change, TEXT_MIN, TEXT_MAX);
        if (expected == null) {
            errors.put("verwachteDatum", Message.of("input.signal.expectedDate"));
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("wijziging", what);
        UserProfile person = profiles.of(caller);
        Instant now = clock.instant();
        rule(() -> signal.recordFollowUp(what, expected, now));
        signal.note(SignalEvent.FOLLOW_UP, person, what, now);
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_OPVOLGING", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), String.valueOf(expected));
        tell(Occasion.FOLLOW_UP, signal, Message.of("notification.signal.followUp"), what, person);
        return signal;
    }

    /**
     * The ministry marks the follow-up of an adopted decision realised, with a note on what was realised; in the same
     * transaction the signal's knelpunten move from "in opvolging" to "opgelost". Everyone around the knelpunten and the
     * coordinators hear of it. Refused before the follow-up is recorded and when it is realised already.
     */
    @Transactional
    public Signal realiseFollowUp(String reference, String text, Caller caller) {
        requireMinistry(caller);
        Signal signal = queries.get(reference, caller);
        String note = checkedText("toelichting", text);
        UserProfile person = profiles.of(caller);
        rule(() -> signal.realiseFollowUp(person, note, clock.instant()));
        realiseKnelpunten(signal, note, person, caller);
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_OPVOLGING_GEREALISEERD", "Signal", signal.getReference(),
                AuditEntry.Result.SUCCESS, caller.origin(), String.valueOf(signal.getFollowUpExpected()));
        tell(Occasion.NEWS, signal, Message.of("notification.signal.followUpRealised"), note, person);
        return signal;
    }

    /**
     * The knelpunten of a signal whose follow-up is realised move from "in opvolging" to "opgelost" (category: solved
     * by changing regulation or policy), with what changed as feedback; their reporters, supporters and followers hear
     * of it through that step. A knelpunt no longer in follow-up (reopened and handled since) keeps its state.
     */
    private void realiseKnelpunten(Signal signal, String note, UserProfile person, Caller caller) {
        String feedback = "Opvolging van signaal " + signal.getReference() + " gerealiseerd: " + note;
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            if (bottleneck.getStatus() == Status.IN_OPVOLGING) {
                bottleneckSteps.realiseFromSignal(bottleneck, signal.getReference(), feedback, person, caller.origin());
            }
        }
    }

    /** A progress update on the follow-up; everyone around the knelpunten hears of it. */
    @Transactional
    public Signal addProgress(String reference, String text, Caller caller) {
        requireMinistry(caller);
        Signal signal = queries.get(reference, caller);
        String body = checkedText("voortgang", text);
        UserProfile person = profiles.of(caller);
        rule(() -> signal.addProgress(person, body, clock.instant()));
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_VOORTGANG", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), null);
        tell(Occasion.FOLLOW_UP, signal, Message.of("notification.signal.progress"), body, person);
        return signal;
    }

    // ---- both sides ---------------------------------------------------------------------------------------------

    /** A message in the clarification thread, by the coordinator or the ministry, while the signal is with the ministry or answered. */
    @Transactional
    public SignalMessage write(String reference, String text, Caller caller) {
        Signal signal = queries.get(reference, caller);
        SignalRole side = caller.has(Role.MINISTRY) ? SignalRole.MINISTRY : caller.has(Role.COORDINATOR) ? SignalRole.COORDINATOR : null;
        if (side == null) {
            throw new AccessDeniedException(Message.of("access.signal.thread"));
        }
        if (signal.getStatus() == SignalStatus.CONCEPT || signal.getStatus() == SignalStatus.GESLOTEN
                || signal.getStatus() == SignalStatus.INGETROKKEN) {
            throw new NotPossibleException(Message.of("refusal.signal.threadClosed"));
        }
        String body = checkedText("bericht", text);
        UserProfile person = profiles.of(caller);
        SignalMessage message = signal.addMessage(person, side, SignalMessage.Kind.BERICHT, body, clock.instant());
        flushOrConflict(signal);
        auditLog.record(person.getUsername(), "SIGNAAL_BERICHT", "Signal", signal.getReference(), AuditEntry.Result.SUCCESS,
                caller.origin(), null);
        tell(side == SignalRole.MINISTRY ? Occasion.FROM_MINISTRY : Occasion.FROM_COORDINATOR, signal,
                Message.of("notification.signal.message"), body, person);
        return message;
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    private Signal ministryStep(String reference, SignalAction action, String text, Message summary, Caller caller) {
        Signal signal = queries.get(reference, caller);
        UserProfile person = profiles.of(caller);
        step(signal, action, text, person, caller);
        flushOrConflict(signal);
        tell(Occasion.FROM_MINISTRY, signal, summary, text, person);
        return signal;
    }

    /**
     * One step from the table, on the side the caller holds: refused as not theirs (403) when they hold no role that
     * ever takes this action, as not possible now (409) when the status does not allow it.
     */
    private void step(Signal signal, SignalAction action, String text, UserProfile person, Caller caller) {
        Set<SignalRole> sides = SignalChecks.sides(caller);
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

    /** The feedback every knelpunt gets: which signal, the decision, the forum of a referral, and the response. */
    static String feedback(Signal signal) {
        StringBuilder text = new StringBuilder("Antwoord van het ministerie van SZW op signaal ").append(signal.getReference())
                .append(" (besluit: ").append(signal.getDecision().dutch()).append(")");
        if (signal.getForum() != null) {
            text.append(", doorverwezen naar ").append(signal.getForum());
        }
        return text.append(":\n\n").append(signal.getResponse()).toString();
    }

    /** Tells who {@link SignalRecipients} chooses "summary — title" of the signal, with what a person wrote (if anything) as the text. */
    private void tell(Occasion occasion, Signal signal, Message summary, String text, UserProfile actor) {
        notifications.tell(SignalRecipients.of(occasion, signal, () -> profiles.ids(Role.MINISTRY), notifications::audienceWhoMaySee),
                NotificationKind.SIGNAAL, signal.getReference(), Message.of("notification.about", summary, signal.getTitle()),
                Message.verbatim(text), actor == null ? null : actor.getId());
    }

    private void flushOrConflict(Signal signal) {
        SignalChecks.flushOrConflict(signals, signal);
    }
}
