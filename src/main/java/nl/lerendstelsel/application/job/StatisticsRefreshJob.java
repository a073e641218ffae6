package nl.lerendstelsel.application.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.statistics.StatisticsService;

/**
 * Every half minute, computes again the dashboard figures people are looking at before they expire, so that a reader
 * rarely waits for the database. Each node keeps its own figures; nobody reading means no work.
 */
@Singleton
public class StatisticsRefreshJob {

    private static final Logger LOG = Logger.getLogger(StatisticsRefreshJob.class.getName());

    @Inject
    StatisticsService statistics;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refresh() {
        try {
            int refreshed = statistics.refreshRecent();
            if (refreshed > 0) {
                LOG.fine(() -> "Dashboard figures refreshed ahead of time: " + refreshed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refreshing the dashboard figures failed; readers compute them themselves", e);
        }
    }
}
