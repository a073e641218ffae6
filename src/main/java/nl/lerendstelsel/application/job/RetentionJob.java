package nl.lerendstelsel.application.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.administration.RetentionService;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.retention.RetentionKind;
import nl.lerendstelsel.domain.model.retention.RetentionRepository;

/**
 * Every night at half past three (Europe/Amsterdam): anonymises the knelpunten past their retention period
 * ({@link RetentionService}), a batch at a time, one transaction per knelpunt, so one failure does not hold up the others;
 * then erases the other kinds the same way (one transaction per post, signal, question or profile; notifications a batch
 * per transaction).
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
        if (run.knelpunten() > 0 || run.erased().values().stream().anyMatch(n -> n > 0)) {
            LOG.info(() -> "Retention: " + run.counts() + " (knelpunten finished on or before " + run.cutoff() + ")");
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
        Map<RetentionKind, Integer> erased = new EnumMap<>(RetentionKind.class);
        AtomicInteger otherFailures = new AtomicInteger();
        retention.dueBefore().forEach((kind, before) -> erased.put(kind, kind == RetentionKind.MELDINGEN
                ? deleteNotifications(before, otherFailures) : erase(kind, before, actor, origin, otherFailures)));
        RetentionService.Run run = new RetentionService.Run(cutoff, knelpunten, people, comments, attachments, supports, erased);
        boolean any = knelpunten > 0 || erased.values().stream().anyMatch(n -> n > 0);
        int failures = failed.size() + otherFailures.get();
        if (any || failures > 0 || !RetentionService.SYSTEM.equals(actor)) {
            retention.recordRun(actor, origin, run, failures);
        }
        return run;
    }

    /** Erases every due item of {@code kind}; a failure is logged, counted in {@code failed} and tried again next run. */
    private int erase(RetentionKind kind, Instant before, String actor, String origin, AtomicInteger failed) {
        Set<Long> failedHere = new HashSet<>();
        int done = 0;
        while (true) {
            List<Long> batch = retention.nextBatch(kind, before).stream().filter(id -> !failedHere.contains(id)).toList();
            if (batch.isEmpty()) {
                return done;
            }
            for (Long id : batch) {
                try {
                    if (retention.erase(kind, id, before, actor, origin).isPresent()) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    failedHere.add(id);
                    failed.incrementAndGet();
                    LOG.log(Level.WARNING, "Could not erase " + kind + " " + id + "; the next run tries again", e);
                }
            }
            if (failedHere.containsAll(batch)) {
                return done;
            }
        }
    }

    private int deleteNotifications(Instant before, AtomicInteger failed) {
        int done = 0;
        try {
            for (int deleted = retention.deleteNotifications(before); deleted > 0; deleted = retention.deleteNotifications(before)) {
                done += deleted;
            }
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.log(Level.WARNING, "Could not delete old notifications; the next run tries again", e);
        }
        return done;
    }
}
