package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.job.RetentionJob;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.retention.RetentionPolicy;
import nl.lerendstelsel.domain.model.retention.RetentionRepository;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data retention (AVG): a knelpunt resolved or closed longer ago than the retention period
 * ({@code lerendstelsel.bewaartermijn.maanden}, default 24) keeps its substance for monitoring — reference, title,
 * description, proposed solution, theme, gemeente, reporting organisation, level, status, dates, resolution, history steps
 * and their texts, comment texts, and which organisations supported it — but no longer says who: reporter, handler,
 * commenters, supporters and the actors of its history become "Voormalig deelnemer", support notes are cleared, and its
 * attachments (the files too) and followers are removed.
 *
 * <p>Admins see exactly what the next run would do ({@link #preview}) and may start it at once; a scheduled job
 * ({@link RetentionJob}) runs it every night. Each knelpunt is anonymised in a transaction of its own and audited; a run is
 * idempotent (what is done is marked) and works in batches.
 */
@ApplicationScoped
public class RetentionService {

    public static final String SYSTEM = "systeem";
    static final int PREVIEW_SIZE = 200;

    @Inject
    @ConfigProperty(name = "lerendstelsel.bewaartermijn.maanden", defaultValue = "24")
    int months;

    @Inject
    @ConfigProperty(name = "lerendstelsel.bewaartermijn.batch", defaultValue = "50")
    int batchSize;

    @Inject
    RetentionRepository repository;

    @Inject
    Profiles people;

    @Inject
    AuditLog auditLog;

    @Inject
    RetentionJob job;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    Clock clock;

    /** What the next run would anonymise: everything finished on or before {@code cutoff}, the first 200 listed. */
    public record Preview(int months, LocalDate today, LocalDate cutoff, long total, List<RetentionRepository.Candidate> first) {
    }

    /** What a run did. */
    public record Run(LocalDate cutoff, int knelpunten, int people, int comments, int attachments, int supports) {
    }

    public RetentionPolicy policy() {
        return new RetentionPolicy(months);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(Caller caller) {
        requireAdmin(caller);
        LocalDate cutoff = policy().cutoff(clock.instant());
        return new Preview(months, RetentionPolicy.today(clock.instant()), cutoff, repository.countDue(cutoff),
                repository.due(cutoff, PREVIEW_SIZE));
    }

    /** An admin runs the anonymisation now (after confirming the preview). */
    public Run runNow(Caller caller) {
        String admin = requireAdmin(caller);
        return job.run(admin, caller.origin());
    }

    /** The cut-off day of a run that starts now. */
    public LocalDate cutoff() {
        return policy().cutoff(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> nextBatch(LocalDate cutoff) {
        return repository.dueIds(cutoff, Math.max(1, batchSize));
    }

    /** Anonymises one knelpunt if it is still due, in a transaction of its own, and audits it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RetentionRepository.Anonymised> anonymise(long id, LocalDate cutoff, String actor, String origin) {
        Optional<RetentionRepository.Anonymised> done = repository.anonymise(id, cutoff, clock.instant());
        done.ifPresent(a -> {
            auditLog.record(actor, "KNELPUNT_GEANONIMISEERD", "Bottleneck", a.reference(), AuditEntry.Result.SUCCESS, origin,
                    "bewaartermijn=" + months + " maanden, personen=" + a.people() + ", reacties=" + a.comments() + ", bijlagen="
                            + a.attachments() + ", steunbetuigingen=" + a.supports() + ", volgers=" + a.followers());
            changes.fire(new ContentChanged(ContentChanged.Kind.KNELPUNT, id));
        });
        return done;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRun(String actor, String origin, Run run, int failed) {
        auditLog.record(actor, "BEWAARTERMIJN_UITGEVOERD", "Retention", String.valueOf(run.cutoff()),
                failed == 0 ? AuditEntry.Result.SUCCESS : AuditEntry.Result.FAILED, origin,
                "knelpunten=" + run.knelpunten() + ", personen=" + run.people() + ", reacties=" + run.comments() + ", bijlagen="
                        + run.attachments() + ", steunbetuigingen=" + run.supports() + ", mislukt=" + failed);
    }

    private String requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.retention.adminsOnly"));
        }
        return people.username(caller);
    }
}
