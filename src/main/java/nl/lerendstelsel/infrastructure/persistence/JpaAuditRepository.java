package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.from() != null) {
            where.append(" AND a.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            where.append(" AND a.occurredAt < :until");
            parameters.put("until", filter.until());
        }
        if (filter.actor() != null) {
            where.append(" AND a.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.append(" AND a.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.objectType() != null) {
            where.append(" AND a.objectType = :objectType");
            parameters.put("objectType", filter.objectType());
        }
        if (filter.objectId() != null) {
            where.append(" AND a.objectId LIKE :objectId ESCAPE '!'");
            parameters.put("objectId", filter.objectId().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (after != null) {
            where.append(" AND (a.occurredAt < :afterTime OR (a.occurredAt = :afterTime AND a.id < :afterId))");
            parameters.put("afterTime", after.occurredAt());
            parameters.put("afterId", after.id());
        }
        TypedQuery<AuditEntry> query = em.createQuery("SELECT a FROM AuditEntry a" + where
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
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
