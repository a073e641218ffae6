package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.domain.model.audit.AuditEntry;

/**
 * Every change to the reference data ends here: an audit entry in the same transaction, and word to {@link
 * ReferenceDataService} to drop its cached lists when the transaction ends (other nodes read them again within a few
 * seconds).
 */
@ApplicationScoped
class ReferenceDataChangeLog {

    @Inject
    Profiles people;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<ReferenceDataService.Changed> referenceDataChanges;

    void record(Caller caller, String action, String type, String id, String details) {
        auditLog.record(people.username(caller), action, type, id, AuditEntry.Result.SUCCESS, caller.origin(), details);
        referenceDataChanges.fire(new ReferenceDataService.Changed());
    }
}
