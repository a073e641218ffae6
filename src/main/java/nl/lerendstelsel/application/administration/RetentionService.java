package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.job.RetentionJob;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.domain.model.audit.AuditRepository;
import nl.lerendstelsel.domain.model.retention.RetentionKind;
import nl.lerendstelsel.domain.model.retention.RetentionPeriods;
import nl.lerendstelsel.domain.model.retention.RetentionPolicy;
import nl.lerendstelsel.domain.model.retention.RetentionRepository;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.settings.Setting;
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
 * <p>The other kinds ({@link RetentionKind}) each have their own period, a setting admins change on the retention page
 * ({@link #changePeriods}, audited like every setting): CoP posts of discussions without activity (text, earlier versions
 * and author erased; the audit log keeps who wrote it and when, by profile id), the free texts and people of closed or
 * withdrawn signals (the signal, its decision, dates and links stay for the statistics), notifications (deleted),
 * questions for the Q&amp;A base never answered (text and asker erased), and profiles without a sign-in (name, user
 * name and e-mail erased, the organisation kept; never the last admin's). Anonymising a profile also pseudonymises its
 * audit entries: the user name becomes {@code pseudoniem:<id>} and the address goes; the event itself stays.
 *
 * <p>Admins see exactly what the next run would do ({@link #preview}) and may start it at once; a scheduled job
 * ({@link RetentionJob}) runs it every night. Each knelpunt is anonymised in a transaction of its own and audited; a run is
 * idempotent (what is done is marked) and works in batches.
 */
@ApplicationScoped
public class RetentionService {

    public static final String SYSTEM = "systeem";
    static final String RUN = "BEWAARTERMIJN_UITGEVOERD";
    static final int PREVIEW_SIZE = 200;

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
    SettingsService settings;

    @Inject
    AuditRepository auditEntries;

    @Inject
    Clock clock;

    /** One kind as the retention page shows it: its period and how many items the next run would erase. */
    public record KindDue(RetentionKind kind, int length, LocalDate cutoff, long due) {
    }

    /**
     * What the next run would do: everything finished on or before {@code cutoff}, the first 200 knelpunten listed; and per
     * kind how many items.
     */
    public record Preview(int months, LocalDate today, LocalDate cutoff, long total, List<RetentionRepository.Candidate> first,
                          List<KindDue> kinds) {

        /** Items of every kind together. */
        public long allDue() {
            return kinds.stream().mapToLong(KindDue::due).sum();
        }
    }

    /** What a run did: the knelpunten as before, and per other kind how many items. */
    public record Run(LocalDate cutoff, int knelpunten, int people, int comments, int attachments, int supports,
                      Map<RetentionKind, Integer> erased) {

        public int erased(RetentionKind kind) {
            return kind == RetentionKind.KNELPUNTEN ? knelpunten : erased.getOrDefault(kind, 0);
        }

        /** The counts for the audit log: {@code knelpunten=1, berichten=12, …}. */
        public String counts() {
            return java.util.Arrays.stream(RetentionKind.values()).map(k -> k.name().toLowerCase(java.util.Locale.ROOT) + "=" + erased(k))
                    .collect(Collectors.joining(", "));
        }
    }

    /** The last run as the audit log has it (who, when, and its counts), for the retention page. */
    public record LastRun(Instant at, String actor, String counts) {
    }

    public RetentionPolicy policy() {
        return periods().knelpunten();
    }

    /** The periods in force. */
    public RetentionPeriods periods() {
        return RetentionPeriods.of(settings.current().settings());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(Caller caller) {
        requireAdmin(caller);
        Instant now = clock.instant();
        RetentionPeriods periods = periods();
        LocalDate cutoff = periods.knelpunten().cutoff(now);
        long knelpunten = repository.countDue(cutoff);
        List<KindDue> kinds = java.util.Arrays.stream(RetentionKind.values()).map(kind -> new KindDue(kind, periods.length(kind),
                periods.cutoff(kind, now), kind == RetentionKind.KNELPUNTEN ? knelpunten
                        : repository.countDue(kind, periods.dueBefore(kind, now)))).toList();
        return new Preview(periods.length(RetentionKind.KNELPUNTEN), RetentionPolicy.today(now), cutoff, knelpunten,
                repository.due(cutoff, PREVIEW_SIZE), kinds);
    }

    /**
     * An admin changes retention periods: checked and stored as settings (each change audited as old → new); refused
     * with the field errors when out of range.
     */
    public RetentionPeriods changePeriods(Map<RetentionKind, Long> lengths, Caller caller) {
        requireAdmin(caller);
        Map<Setting, Long> changes = new EnumMap<>(Setting.class);
        lengths.forEach((kind, length) -> changes.put(kind.setting(), length));
        return RetentionPeriods.of(settings.change(changes, caller));
    }

    /** The last run that erased something or that an admin started, from the audit log; empty when there was none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LastRun> lastRun(Caller caller) {
        requireAdmin(caller);
        return auditEntries.page(new AuditFilter(null, null, null, RUN, "Retention", null), null, 1).stream().findFirst()
                .map(e -> new LastRun(e.getOccurredAt(), e.getActor(), e.getDetails()));
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

    /** Per kind (not knelpunten) the instant before which items are due in a run that starts now. */
    public Map<RetentionKind, Instant> dueBefore() {
        Instant now = clock.instant();
        RetentionPeriods periods = periods();
        Map<RetentionKind, Instant> before = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            if (kind != RetentionKind.KNELPUNTEN) {
                before.put(kind, periods.dueBefore(kind, now));
            }
        }
        return before;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> nextBatch(RetentionKind kind, Instant before) {
        return repository.dueIds(kind, before, Math.max(1, batchSize));
    }

    /** Erases one item of {@code kind} if it is still due, in a transaction of its own, and audits it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RetentionRepository.Erased> erase(RetentionKind kind, long id, Instant before, String actor, String origin) {
        Optional<RetentionRepository.Erased> done = repository.erase(kind, id, before, clock.instant());
        done.ifPresent(e -> {
            RetentionPeriods periods = periods();
            String period = "bewaartermijn=" + periods.length(kind) + " " + kind.unit().name().toLowerCase(java.util.Locale.ROOT);
            auditLog.record(actor, ERASED.get(kind), e.objectType(), e.objectId(), AuditEntry.Result.SUCCESS, origin,
                    e.details() == null ? period : period + ", " + e.details());
            if (kind == RetentionKind.BERICHTEN) {
                changes.fire(new ContentChanged(ContentChanged.Kind.BERICHT, id));
            }
        });
        return done;
    }

    /** Deletes the next batch of notifications past their period, in a transaction of its own; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteNotifications(Instant before) {
        return repository.deleteNotifications(before, Math.max(1, batchSize) * 10);
    }

    /** The audit action per erased item. */
    private static final Map<RetentionKind, String> ERASED = Map.of(
            RetentionKind.BERICHTEN, "COP_BERICHT_GEWIST_BEWAARTERMIJN",
            RetentionKind.SIGNALEN, "SIGNAAL_TEKSTEN_GEWIST_BEWAARTERMIJN",
            RetentionKind.VRAGEN, "VRAAG_GEWIST_BEWAARTERMIJN",
            RetentionKind.PROFIELEN, "PROFIEL_GEANONIMISEERD");

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
                    "bewaartermijn=" + policy().months() + " maanden, personen=" + a.people() + ", reacties=" + a.comments() + ", bijlagen="
                            + a.attachments() + ", steunbetuigingen=" + a.supports() + ", volgers=" + a.followers());
            changes.fire(new ContentChanged(ContentChanged.Kind.KNELPUNT, id));
        });
        return done;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRun(String actor, String origin, Run run, int failed) {
        auditLog.record(actor, RUN, "Retention", String.valueOf(run.cutoff()),
                failed == 0 ? AuditEntry.Result.SUCCESS : AuditEntry.Result.FAILED, origin,
                run.counts() + ", personen=" + run.people() + ", reacties=" + run.comments() + ", bijlagen="
                        + run.attachments() + ", steunbetuigingen=" + run.supports() + ", mislukt=" + failed);
    }

    private String requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.retention.adminsOnly"));
        }
        return people.username(caller);
    }
}
