package nl.lerendstelsel.application.job;

import java.time.Duration;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.port.JobLease;

/** How the jobs that work through a list of due items run: under the job's lease, and each item apart. */
final class JobRuns {

    private JobRuns() {
    }

    /**
     * Runs {@code run} only when this node holds (or now claims) the lease of {@code job} for {@code hold}, and logs
     * {@code report} of what it did when it did anything.
     */
    static void whenLeased(JobLease leases, String job, Duration hold, IntSupplier run, IntFunction<String> report,
            Logger log) {
        if (!leases.claim(job, hold)) {
            return;
        }
        int done = run.getAsInt();
        if (done > 0) {
            log.info(() -> report.apply(done));
        }
    }

    /**
     * Performs {@code step} on every item apart (each step its own transaction), so one failure does not hold up the
     * others: a failure is logged as {@code failure} of the item and left to the next run. Returns for how many items
     * the step did something.
     */
    static <T> int eachApart(Collection<T> items, Predicate<T> step, Function<T, String> failure, Logger log) {
        int done = 0;
        for (T item : items) {
            try {
                if (step.test(item)) {
                    done++;
                }
            } catch (RuntimeException e) {
                log.log(Level.WARNING, failure.apply(item) + "; the next run tries again", e);
            }
        }
        return done;
    }
}
