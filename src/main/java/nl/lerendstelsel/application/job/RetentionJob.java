package nl.lerendstelsel.application.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.administration.RetentionService;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.retention.RetentionRepository;

/**
 * Every night at half past three (Europe/Amsterdam): anonymises the knelpunten past their retention period
 * ({@link RetentionService}), a batch at a time, one transaction per knelpunt, so one failure does not hold up the others.
 * The singleton's lock keeps an admin's "run now" and the nightly run from overlapping on a node; across nodes the
 * conditional claim of each knelpunt makes the second one skip it.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionService retention;

    @Schedule(hour = "3", minute = "30", timezone = DutchTime.ZONE_ID, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        RetentionService.Run run = run(RetentionService.SYSTEM, RetentionService.SYSTEM);
        if (run.knelpunten() > 0) {
            LOG.info(() -> "Retention: anonymised " + run.knelpunten() + " knelpunt(en) finished on or before " + run.cutoff());
        }
    }

    /** Anonymises everything due now; returns what it did. Idempotent: a second run finds nothing left. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RetentionService.Run run(String actor, String origin) {
        LocalDate cutoff = retention.cutoff();
        Set<Long> failed = new HashSet<>();
        int knelpunten = 0, people = 0, comments = 0, attachments = 0, supports = 0;
        while (true) {
            List<Long> batch = retention.nextBatch(cutoff).stream().filter(id -> !failed.contains(id)).toList();
            if (batch.isEmpty()) {
                break;
            }
            for (Long id : batch) {
                try {
                    Optional<RetentionRepository.Anonymised> done = retention.anonymise(id, cutoff, actor, origin);
                    if (done.isPresent()) {
                        knelpunten++;
                        people += done.get().people();
                        comments += done.get().comments();
                        attachments += done.get().attachments();
                        supports += done.get().supports();
                    }
                } catch (RuntimeException e) {
                    failed.add(id);
                    LOG.log(Level.WARNING, "Could not anonymise knelpunt " + id + "; the next run tries again", e);
                }
            }
            if (failed.containsAll(batch)) {
                break; // nothing but failures left in the batch: the next run tries again
            }
        }
        RetentionService.Run run = new RetentionService.Run(cutoff, knelpunten, people, comments, attachments, supports);
        if (knelpunten > 0 || !failed.isEmpty() || !RetentionService.SYSTEM.equals(actor)) {
            retention.recordRun(actor, origin, run, failed.size());
        }
        return run;
    }
}
