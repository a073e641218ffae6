package nl.lerendstelsel.application.signal;

import static nl.lerendstelsel.application.signal.SignalChecks.checkVersion;
import static nl.lerendstelsel.application.signal.SignalChecks.checkedText;
import static nl.lerendstelsel.application.signal.SignalChecks.levelName;
import static nl.lerendstelsel.application.signal.SignalChecks.requireCoordinator;
import static nl.lerendstelsel.application.signal.SignalChecks.statusName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.signal.SignalRecipients.Occasion;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalRepository;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Taking a signal back, by a coordinator: a concept is deleted, a submitted signal is withdrawn with a reason and its
 * knelpunten return to linking level, so nothing stays stuck at system level. Audited.
 */
@ApplicationScoped
public class SignalWithdrawal {

    @Inject
    SignalActs acts;

    @Inject
    SignalRepository signals;

    @Inject
    BottleneckSteps bottleneckSteps;

    /**
     * The coordinator withdraws a submitted signal before the ministry answers, with a reason: every knelpunt in it returns
     * to linking level (in behandeling), which tells whoever reported, supports or follows it; the ministry people
     * involved and the coordinators hear of the signal. All or nothing.
     */
    @Transactional
    public Signal withdraw(String reference, String text, Long expectedVersion, Caller caller) {
        Signal signal = acts.signal(reference, caller);
        checkVersion(signal, expectedVersion);
        String reason = checkedText("reden", text);
        UserProfile person = acts.person(caller);
        acts.step(signal, SignalAction.INTREKKEN, reason, person, caller);
        for (Bottleneck bottleneck : signal.getBottlenecks()) {
            try {
                bottleneckSteps.returnFromSignal(bottleneck, signal.getReference(), reason, person, caller.origin());
            } catch (WorkflowException e) {
                throw new NotPossibleException(Message.of("refusal.signal.knelpuntCannotReturn", bottleneck.getReference(),
                        levelName(bottleneck.getLevel()), statusName(bottleneck.getStatus())));
            }
        }
        acts.flushOrConflict(signal);
        acts.tell(Occasion.CLOSED, signal, Message.of("notification.signal.withdrawn"), reason, person);
        return signal;
    }

    /**
     * A coordinator deletes a concept (the page asks to confirm first): it was never submitted, so it goes with its
     * history; its knelpunten stay at linking level as they were. Submitted signals are withdrawn instead.
     */
    @Transactional
    public void delete(String reference, Long expectedVersion, Caller caller) {
        requireCoordinator(caller);
        Signal signal = acts.signal(reference, caller);
        checkVersion(signal, expectedVersion);
        if (signal.getStatus() != SignalStatus.CONCEPT) {
            throw new NotPossibleException(Message.of("refusal.signal.deleteOnlyConcept"));
        }
        UserProfile person = acts.person(caller);
        signals.remove(signal);
        acts.flushOrConflict(signal);
        acts.audit(person, "SIGNAAL_VERWIJDEREN", signal, caller, signal.getTitle());
    }
}
