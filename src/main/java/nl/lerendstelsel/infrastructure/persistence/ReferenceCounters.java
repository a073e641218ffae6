package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Creates a year's reference counter row (at 0) on its own, so concurrent first numbers of a year cannot collide. */
@ApplicationScoped
public class ReferenceCounters {

    @PersistenceContext(unitName = "lerend-stelsel")
    private EntityManager em;

    /** Makes sure the row exists; when another transaction created it meanwhile, that one is kept. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String kind, int year) {
        try {
            em.createNativeQuery("INSERT INTO reference_counter (kind, counter_year, last_value) VALUES (?, ?, 0)")
                    .setParameter(1, kind).setParameter(2, year)
                    .executeUpdate();
        } catch (PersistenceException e) {
            // Already there (the other one won): nothing to do; this transaction is rolled back.
        }
    }
}
