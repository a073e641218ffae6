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
import nl.lerendstelsel.application.port.JobLease;
import nl.lerendstelsel.application.work.DeadlineReminderService;

/**
 * Every hour: reminders of knelpunt deadlines that come near and notices of those that passed
 * ({@link DeadlineReminderService}). One transaction per reminder, so one failure does not hold up the others; with
 * more than one node only the holder of the job's lease runs it, and should two runs meet anyway, the primary key of
 * the sent reminders lets only one of them through.
 */
@Singleton
public class DeadlineReminderJob {

    private static final Logger LOG = Logger.getLogger(DeadlineReminderJob.class.getName());

    @Inject
    DeadlineReminderService reminders;

    @Inject
    BottleneckQueries queries;

    @Inject
    JobLease leases;

    @Schedule(minute = "5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void remind() {
        JobRuns.whenLeased(leases, "deadline-reminders", Duration.ofMinutes(50), () -> run(queries.today()),
                sent -> "Sent " + sent + " deadline reminder(s)", LOG);
    }

    /** Sends what is due on {@code today}; returns how many reminders this call sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(LocalDate today) {
        return JobRuns.eachApart(reminders.dueOn(today), due -> reminders.send(due, today),
                due -> "Could not send the reminder for " + due.reference(), LOG);
    }
}
