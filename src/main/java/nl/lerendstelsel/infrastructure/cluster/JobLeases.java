package nl.lerendstelsel.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import nl.lerendstelsel.application.port.JobLease;

/**
 * Lets a scheduled job run on one node of a cluster: before each run the node claims the job's row in
 * {@code job_lease} with one conditional {@code UPDATE}. The claim succeeds when this node already holds the lease or
 * the lease has expired (its holder stopped); it renews the lease and counts the run. Every node's timer fires, only
 * the holder works; when the holder dies, another node takes the job over once the lease has run out. Portable SQL, so
 * it works the same on Derby (a single node, always the holder) and PostgreSQL.
 */
@ApplicationScoped
public class JobLeases implements JobLease {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    @Inject
    ClusterNode node;

    @Inject
    Clock clock;

    /** Per job: whether this node held the lease at its last attempt (to log the changes only). */
    private final Map<String, Boolean> holding = new ConcurrentHashMap<>();

    /** Claims (or renews) the lease of {@code job} for {@code lease}; true: this node runs the job now. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration lease) {
        long now = clock.millis();
        int updated = em.createNativeQuery("UPDATE job_lease SET holder = ?, lease_until = ?, runs = runs + 1"
                        + " WHERE name = ? AND (holder = ? OR lease_until < ?)")
                .setParameter(1, node.name()).setParameter(2, now + lease.toMillis())
                .setParameter(3, job).setParameter(4, node.name()).setParameter(5, now)
                .executeUpdate();
        boolean claimed = updated == 1;
        Boolean before = holding.put(job, claimed);
        if (node.clustered() && (before == null ? claimed : before != claimed)) {
            LOG.info(() -> "Job " + job + (claimed ? " runs on this node (" : " runs on another node, not on this one (")
                    + node.name() + ")");
        }
        return claimed;
    }
}
