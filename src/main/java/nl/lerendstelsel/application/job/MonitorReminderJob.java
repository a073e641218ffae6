package nl.lerendstelsel.application.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.lerendstelsel.application.monitor.MonitorReminders;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.application.port.JobLease;

/**
 * Every hour: reminders to the organisations that have not answered a monitor round that closes soon
 * ({@link MonitorReminders}). One transaction per organisation; with more than one node only the holder of the job's
 * lease runs it, and the primary key of the sent reminders lets only one of two runs through.
 */
@Singleton
public class MonitorReminderJob {

    private static final Logger LOG = Logger.getLogger(MonitorReminderJob.class.getName());

    @Inject
    MonitorReminders reminders;

    @Inject
    MonitorService monitor;

    @Inject
    JobLease leases;

    @Schedule(minute = "25", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void remind() {
        JobRuns.whenLeased(leases, "monitor-reminders", Duration.ofMinutes(50), () -> run(monitor.today()),
                sent -> "Sent " + sent + " monitor reminder(s)", LOG);
    }

    /** Sends what is due on {@code today}; returns how many reminders this call sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(LocalDate today) {
        return JobRuns.eachApart(reminders.dueOn(today), due -> reminders.send(due, today),
                due -> "Could not send the monitor reminder " + due, LOG);
    }
}
