package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.domain.model.audit.AuditRepository;

/**
 * Keyset paging over the audit log, newest first: each page continues after the last entry of the one before (time,
 * then id), so page 1,000 costs what page 1 costs, however big the log grows (quality bar P6).
 */
@ApplicationScoped
public class JpaAuditRepository extends JpaRepositoryBase implements AuditRepository {

    @Override
    public List<AuditEntry> page(AuditFilter filter, Cursor after, int max) {
        JpqlConditions where = new JpqlConditions()
                .given(filter.from(), "a.occurredAt >= :from", "from")
                .given(filter.until(), "a.occurredAt < :until", "until")
                .given(filter.actor(), "a.actor = :actor", "actor")
                .given(filter.action(), "a.action = :action", "action")
                .given(filter.objectType(), "a.objectType = :objectType", "objectType")
                .given(startingWith(filter.objectId()), "a.objectId LIKE :objectId ESCAPE '!'", "objectId");
        if (after != null) {
            where.add("(a.occurredAt < :afterTime OR (a.occurredAt = :afterTime AND a.id < :afterId))")
                    .bind("afterTime", after.occurredAt()).bind("afterId", after.id());
        }
        return where.bindTo(em.createQuery("SELECT a FROM AuditEntry a" + where.where()
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)).setMaxResults(max).getResultList();
    }

    /** The LIKE pattern (escape character {@code !}) of the texts that start with {@code prefix}; null for null. */
    private static String startingWith(String prefix) {
        return prefix == null ? null : prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @Override
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT a.action FROM AuditEntry a ORDER BY a.action", String.class).getResultList();
    }

    @Override
    public List<String> objectTypes() {
        return em.createQuery("SELECT DISTINCT a.objectType FROM AuditEntry a ORDER BY a.objectType", String.class).getResultList();
    }
}
