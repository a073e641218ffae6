package nl.lerendstelsel.domain.model.audit;

import java.time.Instant;
import java.util.List;

/** Reading the audit log. There is no way to change or delete an entry; adding is {@code AuditLog}'s. */
public interface AuditRepository {

    /** Where a page of the log, newest first, ended: the next page starts after this entry. */
    record Cursor(Instant occurredAt, long id) {
    }

    /** At most {@code max} entries matching {@code filter}, newest first, after {@code after} (null: from the newest). */
    List<AuditEntry> page(AuditFilter filter, Cursor after, int max);

    /** The actions that occur in the log, for a filter's choices. */
    List<String> actions();

    /** The object types that occur in the log, for a filter's choices. */
    List<String> objectTypes();
}
