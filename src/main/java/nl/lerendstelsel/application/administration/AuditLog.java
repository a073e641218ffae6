package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Appends to the audit log in the caller's transaction, so an entry exists exactly when the change it
 * describes was committed. Access-denied events, which have no business transaction, get their own.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "lerend-stelsel")
    private EntityManager em;

    @jakarta.inject.Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String objectType, String objectId, AuditEntry.Result result,
                       String origin, String details) {
        em.persist(new AuditEntry(clock.instant(), actor, action, objectType, objectId, result, origin, details));
    }

    /**
     * A successful act of {@code actor} on the object {@code objectType}/{@code objectId}, from where {@code caller}
     * called: the entry nearly every service writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void success(UserProfile actor, String action, String objectType, Object objectId, Caller caller, String details) {
        record(actor.getUsername(), action, objectType, String.valueOf(objectId), AuditEntry.Result.SUCCESS, caller.origin(),
                details);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSeparately(String actor, String action, String objectType, String objectId,
                                 AuditEntry.Result result, String origin, String details) {
        record(actor, action, objectType, objectId, result, origin, details);
    }
}
