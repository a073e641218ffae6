package nl.lerendstelsel.application.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.port.SearchChangeLog;
import nl.lerendstelsel.domain.model.search.ContentChanged;

/**
 * Keeps the search indexes of a cluster's nodes consistent (only with {@code lerendstelsel.cluster=true}; a single node
 * does nothing here). Each node has an index of its own and re-indexes its own commits ({@link SearchIndexer}); every
 * node writes every change to {@code search_change} in the change's transaction ({@link SearchChangeLog}), and this bean
 * re-indexes the items the other nodes changed, every two seconds. Reading a window that overlaps the previous one (a minute) catches changes whose
 * transaction committed after a later one; an item seen twice is indexed once. A node that was down rebuilds its whole
 * index at start-up anyway ({@link SearchIndexStartup}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SearchChangeFeed {

    private static final Logger LOG = Logger.getLogger(SearchChangeFeed.class.getName());
    static final long POLL_MS = 2_000;
    static final long OVERLAP_MS = 60_000;
    static final long KEEP_MS = 3_600_000;

    @Inject
    SearchChangeLog changes;

    @Inject
    SearchService search;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    /** The lines handled in the overlap window: id → when written. */
    private final Map<String, Long> handled = new HashMap<>();
    private long readUpTo;
    private long lastCleanUp;

    @PostConstruct
    void start() {
        if (!changes.clustered()) {
            return;
        }
        readUpTo = clock.millis();
        // A non-persistent interval timer of this node (EJB timers of a singleton never overlap).
        timers.createIntervalTimer(POLL_MS, POLL_MS, new TimerConfig(null, false));
        LOG.info(() -> "Search index follows the changes of the other nodes (node " + changes.nodeName() + ")");
    }

    /** One round: the other nodes' lines since the last round (with overlap), each re-indexed once. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        try {
            long now = clock.millis();
            long since = readUpTo - OVERLAP_MS;
            int indexed = 0;
            for (SearchChangeLog.Line line : changes.othersSince(since)) {
                if (handled.putIfAbsent(line.id(), line.changedMs()) != null) {
                    continue;
                }
                if (SearchChangeLog.BOTTLENECK_REFERENCE.equals(line.kind())) {
                    search.refreshBottleneck(line.item());
                } else {
                    search.refresh(ContentChanged.Kind.valueOf(line.kind()), Long.valueOf(line.item()));
                }
                indexed++;
            }
            readUpTo = now;
            // Lines written before the next round's window are never read again.
            handled.values().removeIf(written -> written < now - 2 * OVERLAP_MS);
            if (indexed > 0) {
                int count = indexed;
                LOG.fine(() -> "Search index: " + count + " change(s) of other nodes indexed");
            }
            if (now - lastCleanUp > 60_000) {
                lastCleanUp = now;
                changes.deleteBefore(now - KEEP_MS);
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next round reads the same window again.
            LOG.log(Level.WARNING, "Reading the other nodes' search changes failed; trying again", e);
        }
    }
}
