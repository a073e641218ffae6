package nl.lerendstelsel.domain.model.signal;

import static nl.lerendstelsel.domain.model.signal.SignalAction.BEANTWOORDEN;
import static nl.lerendstelsel.domain.model.signal.SignalAction.INDIENEN;
import static nl.lerendstelsel.domain.model.signal.SignalAction.INTREKKEN;
import static nl.lerendstelsel.domain.model.signal.SignalAction.IN_BEHANDELING_NEMEN;
import static nl.lerendstelsel.domain.model.signal.SignalAction.KNELPUNT_TOEVOEGEN;
import static nl.lerendstelsel.domain.model.signal.SignalAction.ONTVANGST_BEVESTIGEN;
import static nl.lerendstelsel.domain.model.signal.SignalAction.SLUITEN;
import static nl.lerendstelsel.domain.model.signal.SignalAction.TUSSENBERICHT;
import static nl.lerendstelsel.domain.model.signal.SignalAction.VRAGEN_BEANTWOORDEN;
import static nl.lerendstelsel.domain.model.signal.SignalAction.VRAGEN_STELLEN;
import static nl.lerendstelsel.domain.model.signal.SignalRole.COORDINATOR;
import static nl.lerendstelsel.domain.model.signal.SignalRole.MINISTRY;
import static nl.lerendstelsel.domain.model.signal.SignalStatus.BEANTWOORD;
import static nl.lerendstelsel.domain.model.signal.SignalStatus.CONCEPT;
import static nl.lerendstelsel.domain.model.signal.SignalStatus.GESLOTEN;
import static nl.lerendstelsel.domain.model.signal.SignalStatus.INGEDIEND;
import static nl.lerendstelsel.domain.model.signal.SignalStatus.INGETROKKEN;
import static nl.lerendstelsel.domain.model.signal.SignalStatus.IN_BEHANDELING;
import static nl.lerendstelsel.domain.model.signal.SignalStatus.ONTVANGEN;
import static nl.lerendstelsel.domain.model.signal.SignalStatus.VRAGEN;

import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The allowed steps of a signal, in one table: from which status, which action, by whom, to which status. Anything
 * not in the table is refused. Knelpunten are added while the coordinator still works on it or the ministry has not
 * answered yet; the status does not change then. An interim answer (what happens next and by when) leaves the signal in
 * behandeling: only its answer deadline moves. The coordinator may withdraw a submitted signal until the ministry answers.
 */
public final class SignalWorkflow {

    /** One allowed step. */
    public record Step(SignalStatus from, SignalAction action, SignalRole by, SignalStatus to) {
    }

    static final List<Step> TABLE = List.of(
            new Step(CONCEPT, KNELPUNT_TOEVOEGEN, COORDINATOR, CONCEPT),
            new Step(INGEDIEND, KNELPUNT_TOEVOEGEN, COORDINATOR, INGEDIEND),
            new Step(ONTVANGEN, KNELPUNT_TOEVOEGEN, COORDINATOR, ONTVANGEN),
            new Step(IN_BEHANDELING, KNELPUNT_TOEVOEGEN, COORDINATOR, IN_BEHANDELING),
            new Step(VRAGEN, KNELPUNT_TOEVOEGEN, COORDINATOR, VRAGEN),
            new Step(CONCEPT, INDIENEN, COORDINATOR, INGEDIEND),
            new Step(INGEDIEND, ONTVANGST_BEVESTIGEN, MINISTRY, ONTVANGEN),
            new Step(ONTVANGEN, IN_BEHANDELING_NEMEN, MINISTRY, IN_BEHANDELING),
            new Step(ONTVANGEN, VRAGEN_STELLEN, MINISTRY, VRAGEN),
            new Step(IN_BEHANDELING, VRAGEN_STELLEN, MINISTRY, VRAGEN),
            new Step(VRAGEN, VRAGEN_BEANTWOORDEN, COORDINATOR, IN_BEHANDELING),
            new Step(IN_BEHANDELING, TUSSENBERICHT, MINISTRY, IN_BEHANDELING),
            new Step(IN_BEHANDELING, BEANTWOORDEN, MINISTRY, BEANTWOORD),
            new Step(BEANTWOORD, SLUITEN, MINISTRY, GESLOTEN),
            new Step(BEANTWOORD, SLUITEN, COORDINATOR, GESLOTEN),
            new Step(INGEDIEND, INTREKKEN, COORDINATOR, INGETROKKEN),
            new Step(ONTVANGEN, INTREKKEN, COORDINATOR, INGETROKKEN),
            new Step(IN_BEHANDELING, INTREKKEN, COORDINATOR, INGETROKKEN),
            new Step(VRAGEN, INTREKKEN, COORDINATOR, INGETROKKEN));

    private SignalWorkflow() {
    }

    public static Optional<Step> find(SignalStatus from, SignalAction action, SignalRole by) {
        return TABLE.stream().filter(s -> s.from() == from && s.action() == action && s.by() == by).findFirst();
    }

    /** The status after {@code action}, or a {@link SignalWorkflowException} saying why not. */
    public static SignalStatus next(SignalStatus from, SignalAction action, SignalRole by, String text) {
        Step step = find(from, action, by).orElseThrow(() -> new SignalWorkflowException(
                Message.of("refusal.signal.stepNotPossible", Message.of("signal.status." + from.name()))));
        if (action.needsText() && (text == null || text.isBlank())) {
            throw new SignalWorkflowException(Message.of("refusal.signal.explanationNeeded"));
        }
        return step.to();
    }

    /** Who takes {@code action} at all (in some status): the side the action belongs to. */
    public static java.util.Set<SignalRole> roles(SignalAction action) {
        java.util.Set<SignalRole> roles = java.util.EnumSet.noneOf(SignalRole.class);
        TABLE.stream().filter(s -> s.action() == action).forEach(s -> roles.add(s.by()));
        return roles;
    }

    /** The actions {@code by} may take now. */
    public static List<SignalAction> allowed(SignalStatus from, SignalRole by) {
        return TABLE.stream().filter(s -> s.from() == from && s.by() == by).map(Step::action).distinct().toList();
    }
}
