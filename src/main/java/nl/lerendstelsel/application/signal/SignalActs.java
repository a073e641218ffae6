package nl.lerendstelsel.application.signal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.application.signal.SignalRecipients.Occasion;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalRepository;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalWorkflow;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * What every change to a signal does besides its own rule, shared by the services of the signal's use cases
 * ({@link SignalService}, {@link SignalFollowUp}, {@link SignalOwnership}, {@link SignalWithdrawal}): one step from the
 * workflow table on the caller's side, audited; writing it to the database or reporting a concurrent change; telling
 * whoever {@link SignalRecipients} chooses. Called inside their transactions.
 */
@Dependent
class SignalActs {

    @Inject
    SignalQueries queries;

    @Inject
    SignalRepository signals;

    @Inject
    Profiles profiles;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /**
     * One step from the table, on the side the caller holds: refused as not theirs (403) when they hold no role that
     * ever takes this action, as not possible now (409) when the status does not allow it.
     */
    void step(Signal signal, SignalAction action, String text, UserProfile person, Caller caller) {
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
        SignalEvent event = SignalChecks.rule(() -> signal.perform(action, side, person, text, clock.instant()));
        audit(person, "SIGNAAL_" + action.name(), signal, caller, event.getFromStatus() + " -> " + event.getToStatus());
    }

    /** The signal if the caller may read it ({@link SignalQueries#get}). */
    Signal signal(String reference, Caller caller) {
        return queries.get(reference, caller);
    }

    /** The caller's profile. */
    UserProfile person(Caller caller) {
        return profiles.of(caller);
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * After a change that is not a workflow step: written (or a concurrent change reported), audited as {@code action}
     * with {@code detail}, and told as {@code summary} with {@code text} to whom {@code occasion} concerns.
     */
    void changed(Signal signal, UserProfile person, Caller caller, String action, String detail, Occasion occasion, Message summary,
                 String text) {
        flushOrConflict(signal);
        audit(person, action, signal, caller, detail);
        tell(occasion, signal, summary, text, person);
    }

    /** An audit line of a successful act on the signal. */
    void audit(UserProfile person, String action, Signal signal, Caller caller, String detail) {
        auditLog.record(person.getUsername(), action, "Signal", signal.getReference(), AuditEntry.Result.SUCCESS, caller.origin(),
                detail);
    }

    /** Tells who {@link SignalRecipients} chooses "summary — title" of the signal, with what a person wrote (if anything) as the text. */
    void tell(Occasion occasion, Signal signal, Message summary, String text, UserProfile actor) {
        notifications.tell(SignalRecipients.of(occasion, signal, () -> profiles.ids(Role.MINISTRY),
                        notifications::audienceWhoMaySee),
                NotificationKind.SIGNAAL, signal.getReference(), Message.of("notification.about", summary, signal.getTitle()),
                Message.verbatim(text), actor == null ? null : actor.getId());
    }

    void flushOrConflict(Signal signal) {
        SignalChecks.flushOrConflict(signals, signal);
    }
}
