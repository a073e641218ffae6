package nl.lerendstelsel.application.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.port.JobLease;

/**
 * Every quarter of an hour: knelpunten that waited for information longer than the waiting period fall back to
 * {@code in behandeling} ({@code termijn verlopen}, by the system). One transaction per knelpunt, so one failure
 * does not hold up the others. With more than one node only the holder of the job's lease ({@link JobLease}) runs it;
 * should two runs meet anyway, the second finds the knelpunt already moved (or loses on the optimistic lock) and skips it.
 */
@Singleton
public class WaitingPeriodJob {

    private static final Logger LOG = Logger.getLogger(WaitingPeriodJob.class.getName());

    @Inject
    BottleneckSteps steps;

    @Inject
    BottleneckQueries queries;

    @Inject
    JobLease leases;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void expireWaits() {
        JobRuns.whenLeased(leases, "waiting-period", Duration.ofMinutes(20), () -> run(queries.today()),
                expired -> "Waiting period expired for " + expired + " knelpunt(en)", LOG);
    }

    /** Ends every wait that expired on {@code today}; returns how many this call ended. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(LocalDate today) {
        return JobRuns.eachApart(steps.waitExpiredOn(today), reference -> steps.expireWait(reference, today),
                reference -> "Could not end the wait of " + reference, LOG);
    }
}
