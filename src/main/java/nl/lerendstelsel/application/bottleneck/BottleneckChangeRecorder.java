package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * What a change of a knelpunt leaves behind, in the change's transaction: its line in the audit log (object type
 * {@value #OBJECT_TYPE}, the knelpunt's reference as its id) and the {@link BottleneckChanged} event that the
 * notifications and the search index observe. The one collaborator the knelpunt services record their changes with.
 */
@ApplicationScoped
public class BottleneckChangeRecorder {

    /** The object type of a knelpunt in the audit log. */
    static final String OBJECT_TYPE = "Bottleneck";

    @Inject
    AuditLog auditLog;

    @Inject
    Event<BottleneckChanged> changes;

    /** The audit line of {@code action} on the knelpunt {@code reference}, by {@code actor} from where {@code caller} called. */
    void audit(UserProfile actor, String action, String reference, Caller caller, String details) {
        auditLog.success(actor, action, OBJECT_TYPE, reference, caller, details);
    }

    /**
     * The audit line of {@code action} on the knelpunt {@code reference} by {@code actor} (a user name, or the system),
     * from {@code origin}: for a change that another service's act or a job makes.
     */
    void audit(String actor, String action, String reference, String origin, String details) {
        auditLog.record(actor, action, OBJECT_TYPE, reference, AuditEntry.Result.SUCCESS, origin, details);
    }

    /** Tells the observers of the change: the people involved are notified, the search index follows. */
    void announce(BottleneckChanged change) {
        changes.fire(change);
    }
}
