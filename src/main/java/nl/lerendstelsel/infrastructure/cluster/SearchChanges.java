package nl.lerendstelsel.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.lerendstelsel.application.port.SearchChangeLog;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.search.ContentChanged;

/**
 * The table {@code search_change}: one line per change to something searchable, written by the node that made the
 * change in the change's own transaction (so a rolled-back change leaves no line), read by the other nodes
 * ({@code SearchChangeFeed}). Only with clustering on; a single node writes nothing.
 */
@ApplicationScoped
public class SearchChanges implements SearchChangeLog {

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    @Inject
    ClusterNode node;

    @Inject
    Clock clock;

    @Override
    public boolean clustered() {
        return node.clustered();
    }

    @Override
    public String nodeName() {
        return node.name();
    }

    /** Written with the change (the event is fired inside the change's transaction): the other nodes re-index the item. */
    @Transactional
    public void onContent(@Observes ContentChanged change) {
        if (node.clustered()) {
            record(change.kind().name(), String.valueOf(change.id()));
        }
    }

    @Transactional
    public void onBottleneck(@Observes BottleneckChanged change) {
        if (node.clustered()) {
            record(BOTTLENECK_REFERENCE, change.reference());
        }
    }

    /** Writes a line in the current transaction. */
    void record(String kind, String item) {
        em.createNativeQuery("INSERT INTO search_change (id, kind, item, node, changed_ms) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, kind).setParameter(3, item)
                .setParameter(4, node.name()).setParameter(5, clock.millis())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> othersSince(long sinceMs) {
        List<Line> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, kind, item, changed_ms FROM search_change"
                        + " WHERE changed_ms > ? AND node <> ? ORDER BY changed_ms")
                .setParameter(1, sinceMs).setParameter(2, node.name()).getResultList()) {
            Object[] columns = (Object[]) row;
            lines.add(new Line((String) columns[0], (String) columns[1], (String) columns[2], ((Number) columns[3]).longValue()));
        }
        return lines;
    }

    @Override
    @Transactional
    public int deleteBefore(long beforeMs) {
        return em.createNativeQuery("DELETE FROM search_change WHERE changed_ms < ?").setParameter(1, beforeMs).executeUpdate();
    }
}
