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
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.signal.SignalRecipients.Occasion;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.SignalWorkflow;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * The answer steps of a signal to SZW between coordinator and ministry: the coordinator submits it and answers questions;
 * the ministry acknowledges, takes it in hand, may send questions back, may send an interim answer, and publishes its
 * formal response, which gives every knelpunt in the signal that response as feedback and the outcome its decision
 * means, in the same transaction; either closes it; both write in the clarification thread. Who may take which step
 * comes from {@link SignalWorkflow}; every act is audited. Beside these: writing the signal ({@link SignalDrafts}),
 * reading it ({@link SignalQueries}), its follow-up ({@link SignalFollowUp}), who handles it at the ministry
 * ({@link SignalOwnership}), and taking it back ({@link SignalWithdrawal}); who hears of a step {@link SignalRecipients}
 * decides.
 */
@ApplicationScoped
public class SignalService {

    @Inject
    SignalQueries queries;

    @Inject
    SignalActs acts;

    @Inject
    BottleneckSteps bottleneckSteps;

    @Inject
    SettingsService settings;

    // ---- the coordinator's side ---------------------------------------------------------------------------------

    /**
     * Submits the concept to the ministry: every knelpunt in it must still be in behandeling at linking level; they all
     * move to system level, the ministry's deadlines start, and the ministry is told. All or nothing.
     */
    @Transactional
    public Signal submit(String reference, Long expectedVersion, Caller caller) {
        Signal signal = acts.signal(reference, caller);
        checkVersion(signal, expectedVersion);
        if (signal.getBottlenecks().isEmpty()) {
            throw new NotPossibleException(Message.of("refusal.signal.noKnelpunten"));
        }
        List<String> notReady = signal.getBottlenecks().stream().filter(b -> !isAtLinking(b)).map(Bottleneck::getReference).toList();
        if (!notReady.isEmpty()) {
            throw new NotPossibleException(Message.of("refusal.signal.knelpuntenNotAtLinking", String.join(", ", notReady)));
        }
        UserProfile person = acts.person(caller);
        acts.step(signal, SignalAction.INDIENEN, null, person, caller);
        signal.scheduled(queries.today(), settings.current().signalDeadlines());
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            bottleneckSteps.moveToSignal(bottleneck, signal.getReference(), person, caller.origin());
        }
        acts.flushOrConflict(signal);
        acts.tell(Occasion.SUBMITTED, signal, Message.of("notification.signal.submitted"), signal.getProblem(), person);
        return signal;
    }

    /** The coordinator answers the ministry's questions; the signal goes back to the ministry, and whoever handles it there is told. */
    @Transactional
    public Signal answerQuestions(String reference, String text, Caller caller) {
        Signal signal = acts.signal(reference, caller);
        UserProfile person = acts.person(caller);
        String answer = checkedText("antwoord", text);
        acts.step(signal, SignalAction.VRAGEN_BEANTWOORDEN, answer, person, caller);
        signal.addMessage(person, SignalRole.COORDINATOR, SignalMessage.Kind.ANTWOORD, answer, acts.now());
        acts.flushOrConflict(signal);
        acts.tell(Occasion.FROM_COORDINATOR, signal, Message.of("notification.signal.questionsAnswered"), answer, person);
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
        signal.addMessage(acts.person(caller), SignalRole.MINISTRY, SignalMessage.Kind.VRAAG, questions, acts.now());
        acts.flushOrConflict(signal);
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
        Signal signal = acts.signal(reference, caller);
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
        InputChecks.rejectPersonalData("antwoord", response, "forum", referredTo);
        UserProfile person = acts.person(caller);
        acts.step(signal, SignalAction.BEANTWOORDEN, response, person, caller);
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
        acts.flushOrConflict(signal);
        acts.tell(Occasion.FROM_MINISTRY, signal, Message.of("notification.signal.responded",
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
        Signal signal = acts.signal(reference, caller);
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
        UserProfile person = acts.person(caller);
        LocalDate moved = newDue;
        LocalDate before = signal.getAnswerDue();
        SignalEvent event = rule(() -> signal.interimAnswer(SignalRole.MINISTRY, person, body, moved, acts.now()));
        acts.changed(signal, person, caller, "SIGNAAL_" + SignalAction.TUSSENBERICHT.name(), before + " -> " + event.getDueAfter(),
                Occasion.NEWS, Message.of("notification.signal.interim", moved), body);
        return signal;
    }

    /** Closes an answered signal (coordinator or ministry). */
    @Transactional
    public Signal close(String reference, String text, Caller caller) {
        Signal signal = acts.signal(reference, caller);
        UserProfile person = acts.person(caller);
        String note = text == null || text.isBlank() ? null : checkedText("toelichting", text);
        acts.step(signal, SignalAction.SLUITEN, note, person, caller);
        acts.flushOrConflict(signal);
        acts.tell(Occasion.CLOSED, signal, Message.of("notification.signal.closed"), note, person);
        return signal;
    }

    // ---- both sides ---------------------------------------------------------------------------------------------

    /** A message in the clarification thread, by the coordinator or the ministry, while the signal is with the ministry or answered. */
    @Transactional
    public SignalMessage write(String reference, String text, Caller caller) {
        Signal signal = acts.signal(reference, caller);
        SignalRole side = caller.has(Role.MINISTRY) ? SignalRole.MINISTRY : caller.has(Role.COORDINATOR) ? SignalRole.COORDINATOR : null;
        if (side == null) {
            throw new AccessDeniedException(Message.of("access.signal.thread"));
        }
        if (signal.getStatus() == SignalStatus.CONCEPT || signal.getStatus() == SignalStatus.GESLOTEN
                || signal.getStatus() == SignalStatus.INGETROKKEN) {
            throw new NotPossibleException(Message.of("refusal.signal.threadClosed"));
        }
        String body = checkedText("bericht", text);
        UserProfile person = acts.person(caller);
        SignalMessage message = signal.addMessage(person, side, SignalMessage.Kind.BERICHT, body, acts.now());
        acts.changed(signal, person, caller, "SIGNAAL_BERICHT", null,
                side == SignalRole.MINISTRY ? Occasion.FROM_MINISTRY : Occasion.FROM_COORDINATOR, Message.of("notification.signal.message"), body);
        return message;
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    private Signal ministryStep(String reference, SignalAction action, String text, Message summary, Caller caller) {
        Signal signal = acts.signal(reference, caller);
        UserProfile person = acts.person(caller);
        acts.step(signal, action, text, person, caller);
        acts.flushOrConflict(signal);
        acts.tell(Occasion.FROM_MINISTRY, signal, summary, text, person);
        return signal;
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
}
