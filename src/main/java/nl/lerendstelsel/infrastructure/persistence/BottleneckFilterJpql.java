package nl.lerendstelsel.infrastructure.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;

/**
 * A {@link BottleneckFilter} and {@link BottleneckSort} as JPQL over the alias {@code b}: the conditions, their bound
 * parameters and the order. The knelpunt lists, the queue and the monitoring counts share it, so a filter means the
 * same everywhere.
 */
final class BottleneckFilterJpql {

    private BottleneckFilterJpql() {
    }

    /**
     * Fixed JPQL per sort order; the id last makes paging stable. A null due day sorts last (CASE, portable). The
     * queue order tests the assignee through an explicit outer join: a path {@code b.assignee} in ORDER BY would
     * become an inner join and drop every unassigned knelpunt.
     */
    static String orderBy(BottleneckSort sort) {
        return switch (sort) {
            case CHANGED_DESC -> "b.changedAt DESC, b.id DESC";
            case CHANGED_ASC -> "b.changedAt ASC, b.id ASC";
            case REPORTED_DESC -> "b.reportedAt DESC, b.id DESC";
            case REPORTED_ASC -> "b.reportedAt ASC, b.id ASC";
            case DUE_ASC -> "CASE WHEN b.dueDate IS NULL THEN 1 ELSE 0 END, b.dueDate ASC, b.id ASC";
            case DUE_DESC -> "CASE WHEN b.dueDate IS NULL THEN 1 ELSE 0 END, b.dueDate DESC, b.id DESC";
            case QUEUE -> "CASE WHEN handler.id IS NULL THEN 0 ELSE 1 END, CASE WHEN b.dueDate IS NULL THEN 1 ELSE 0 END,"
                    + " b.dueDate ASC, b.reportedAt ASC, b.id ASC";
        };
    }

    /**
     * The conditions of a filter as JPQL; every value is a bound parameter, never concatenated text (booleans too:
     * EclipseLink writes the literals TRUE/FALSE as 1/0, which Derby refuses to compare with a BOOLEAN column).
     */
    static String where(BottleneckFilter f) {
        List<String> conditions = new ArrayList<>();
        if (f.level() != null) {
            conditions.add("b.level = :level");
        }
        if (f.status() != null) {
            conditions.add("b.status = :status");
        }
        if (f.resolution() != null) {
            conditions.add("b.resolutionCategory = :resolution");
        }
        if (f.themeCode() != null) {
            conditions.add("b.themeCode = :theme");
        }
        if (f.gemeenteCode() != null) {
            conditions.add("b.gemeenteCode = :gemeente");
        }
        if (f.regionCode() != null) {
            conditions.add("b.gemeente.region.code = :region");
        }
        if (f.reporterSubject() != null) {
            conditions.add("b.reporter.subject = :reporter");
        }
        if (f.targetGroup() != null) {
            conditions.add(":targetGroup MEMBER OF b.targetGroups");
        }
        if (f.tag() != null) {
            conditions.add(":tag MEMBER OF b.tags");
        }
        if (f.copId() != null) {
            conditions.add("b.communityId = :cop");
        }
        boolean scoped = f.scopeRegions() != null && !f.scopeRegions().isEmpty();
        if (f.handledCops() != null) {
            String outsideCops = scoped ? "(b.communityId IS NULL AND b.gemeente.region.code IN :scopeRegions)" : "b.communityId IS NULL";
            conditions.add(f.handledCops().isEmpty() ? outsideCops : "(" + outsideCops + " OR b.communityId IN :handledCops)");
        } else if (scoped) {
            conditions.add("b.gemeente.region.code IN :scopeRegions");
        }
        if (f.overdueOn() != null) {
            conditions.add("b.dueDate < :overdueOn");
        }
        if (f.proposedOnly()) {
            conditions.add("b.proposed = :proposed");
        }
        if (f.openOnly()) {
            conditions.add("b.status NOT IN :closedStatuses");
        }
        if (f.viewer() != null && !f.viewer().handler()) {
            // Viewer.maySee as JPQL: keep the two in step (BottleneckApiIT checks find and list agree, per account).
            // On the knelpunt's own columns where the viewer's profile is known: no join with user_profile per row.
            conditions.add("(b.restricted = :unrestricted OR "
                    + (f.viewer().profileId() != null ? "b.reporterId = :viewerId" : "b.reporter.subject = :viewerSubject")
                    + " OR b.organisationCode = :viewerOrganisation"
                    + (f.viewer().ministry() ? " OR b.level = :systemLevel" : "") + ")");
        }
        if (f.supportingOrganisation() != null) {
            conditions.add("EXISTS (SELECT s FROM Support s WHERE s.bottleneck = b AND s.organisation.code = :supporter)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static void bind(Query query, BottleneckFilter f) {
        if (f.level() != null) {
            query.setParameter("level", f.level());
        }
        if (f.status() != null) {
            query.setParameter("status", f.status());
        }
        if (f.resolution() != null) {
            query.setParameter("resolution", f.resolution());
        }
        if (f.themeCode() != null) {
            query.setParameter("theme", f.themeCode());
        }
        if (f.gemeenteCode() != null) {
            query.setParameter("gemeente", f.gemeenteCode());
        }
        if (f.regionCode() != null) {
            query.setParameter("region", f.regionCode());
        }
        if (f.reporterSubject() != null) {
            query.setParameter("reporter", f.reporterSubject());
        }
        if (f.targetGroup() != null) {
            query.setParameter("targetGroup", f.targetGroup());
        }
        if (f.tag() != null) {
            query.setParameter("tag", f.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (f.copId() != null) {
            query.setParameter("cop", f.copId());
        }
        if (f.scopeRegions() != null && !f.scopeRegions().isEmpty()) {
            query.setParameter("scopeRegions", f.scopeRegions());
        }
        if (f.handledCops() != null && !f.handledCops().isEmpty()) {
            query.setParameter("handledCops", f.handledCops());
        }
        if (f.overdueOn() != null) {
            query.setParameter("overdueOn", f.overdueOn());
        }
        if (f.openOnly()) {
            query.setParameter("closedStatuses", List.of(Status.OPGELOST, Status.GESLOTEN));
        }
        if (f.proposedOnly()) {
            query.setParameter("proposed", Boolean.TRUE);
        }
        if (f.viewer() != null && !f.viewer().handler()) {
            query.setParameter("unrestricted", Boolean.FALSE);
            if (f.viewer().profileId() != null) {
                query.setParameter("viewerId", f.viewer().profileId());
            } else {
                query.setParameter("viewerSubject", f.viewer().subject() == null ? "" : f.viewer().subject());
            }
            query.setParameter("viewerOrganisation", f.viewer().organisationCode() == null ? "" : f.viewer().organisationCode());
            if (f.viewer().ministry()) {
                query.setParameter("systemLevel", Level.SYSTEM);
            }
        }
        if (f.supportingOrganisation() != null) {
            query.setParameter("supporter", f.supportingOrganisation());
        }
    }
}
