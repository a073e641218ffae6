package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.domain.model.audit.AuditRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Reading the audit log, for admins only: a page at a time, newest first, or everything that matches a filter as an
 * export. Reading has no way to change anything; an export is itself recorded in the log.
 */
@ApplicationScoped
public class AuditLogService {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    private static final int EXPORT_BATCH = 1000;

    @Inject
    AuditRepository entries;

    @Inject
    Profiles people;

    @Inject
    AuditLog auditLog;

    /** A page of entries and where the next one starts ({@code null}: this was the last). */
    public record Page(List<AuditEntry> entries, AuditRepository.Cursor next) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(AuditFilter filter, AuditRepository.Cursor after, int size, Caller caller) {
        requireAdmin(caller);
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        List<AuditEntry> found = entries.page(filter, after, limit + 1);
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        List<AuditEntry> shown = found.subList(0, limit);
        AuditEntry last = shown.get(limit - 1);
        return new Page(List.copyOf(shown), new AuditRepository.Cursor(last.getOccurredAt(), last.getId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions(Caller caller) {
        requireAdmin(caller);
        return entries.actions();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> objectTypes(Caller caller) {
        requireAdmin(caller);
        return entries.objectTypes();
    }

    /** Refuses anyone but an admin (before a streamed answer starts). */
    public void mayRead(Caller caller) {
        requireAdmin(caller);
    }

    /**
     * Hands every matching entry, newest first, to {@code sink}, reading a bounded batch at a time (the log may be large),
     * and records the export. Returns how many entries were exported.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long export(AuditFilter filter, Caller caller, Consumer<AuditEntry> sink) {
        String admin = requireAdmin(caller);
        auditLog.recordSeparately(admin, "AUDITLOG_GEEXPORTEERD", "AuditLog", null, AuditEntry.Result.SUCCESS, caller.origin(),
                describe(filter));
        long count = 0;
        AuditRepository.Cursor after = null;
        while (true) {
            List<AuditEntry> batch = entries.page(filter, after, EXPORT_BATCH);
            batch.forEach(sink);
            count += batch.size();
            if (batch.size() < EXPORT_BATCH) {
                return count;
            }
            AuditEntry last = batch.get(batch.size() - 1);
            after = new AuditRepository.Cursor(last.getOccurredAt(), last.getId());
        }
    }

    static String describe(AuditFilter f) {
        return "van=" + f.from() + ", tot=" + f.until() + ", actor=" + f.actor() + ", actie=" + f.action() + ", objecttype="
                + f.objectType() + ", object=" + f.objectId();
    }

    private String requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.audit.adminsOnly"));
        }
        return username(caller);
    }

    private String username(Caller caller) {
        return people.username(caller);
    }
}
