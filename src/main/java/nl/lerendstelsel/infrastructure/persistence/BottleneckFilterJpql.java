package nl.lerendstelsel.infrastructure.persistence;

import jakarta.persistence.Query;
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
        return conditions(f).where();
    }

    /** Binds the parameters of {@link #where(BottleneckFilter)} in {@code query}. */
    static void bind(Query query, BottleneckFilter f) {
        conditions(f).bindTo(query);
    }

    private static JpqlConditions conditions(BottleneckFilter f) {
        JpqlConditions conditions = new JpqlConditions()
                .given(f.level(), "b.level = :level", "level")
                .given(f.status(), "b.status = :status", "status")
                .given(f.resolution(), "b.resolutionCategory = :resolution", "resolution")
                .given(f.themeCode(), "b.themeCode = :theme", "theme")
                .given(f.gemeenteCode(), "b.gemeenteCode = :gemeente", "gemeente")
                .given(f.regionCode(), "b.gemeente.region.code = :region", "region")
                .given(f.reporterSubject(), "b.reporter.subject = :reporter", "reporter")
                .given(f.targetGroup(), ":targetGroup MEMBER OF b.targetGroups", "targetGroup")
                .given(f.tag() == null ? null : f.tag().strip().toLowerCase(Locale.ROOT), ":tag MEMBER OF b.tags", "tag")
                .given(f.copId(), "b.communityId = :cop", "cop");
        boolean scoped = f.scopeRegions() != null && !f.scopeRegions().isEmpty();
        if (f.handledCops() != null) {
            String outsideCops = scoped ? "(b.communityId IS NULL AND b.gemeente.region.code IN :scopeRegions)" : "b.communityId IS NULL";
            conditions.add(f.handledCops().isEmpty() ? outsideCops : "(" + outsideCops + " OR b.communityId IN :handledCops)");
            if (!f.handledCops().isEmpty()) {
                conditions.bind("handledCops", f.handledCops());
            }
        } else if (scoped) {
            conditions.add("b.gemeente.region.code IN :scopeRegions");
        }
        if (scoped) {
            conditions.bind("scopeRegions", f.scopeRegions());
        }
        conditions.given(f.overdueOn(), "b.dueDate < :overdueOn", "overdueOn");
        if (f.proposedOnly()) {
            conditions.add("b.proposed = :proposed").bind("proposed", Boolean.TRUE);
        }
        if (f.openOnly()) {
            conditions.add("b.status NOT IN :closedStatuses").bind("closedStatuses", List.of(Status.OPGELOST, Status.GESLOTEN));
        }
        Viewer viewer = f.viewer();
        if (viewer != null && !viewer.handler()) {
            // Viewer.maySee as JPQL: keep the two in step (BottleneckApiIT checks find and list agree, per account).
            // On the knelpunt's own columns where the viewer's profile is known: no join with user_profile per row.
            conditions.add("(b.restricted = :unrestricted OR "
                    + (viewer.profileId() != null ? "b.reporterId = :viewerId" : "b.reporter.subject = :viewerSubject")
                    + " OR b.organisationCode = :viewerOrganisation"
                    + (viewer.ministry() ? " OR b.level = :systemLevel" : "") + ")");
            conditions.bind("unrestricted", Boolean.FALSE);
            if (viewer.profileId() != null) {
                conditions.bind("viewerId", viewer.profileId());
            } else {
                conditions.bind("viewerSubject", viewer.subject() == null ? "" : viewer.subject());
            }
            conditions.bind("viewerOrganisation", viewer.organisationCode() == null ? "" : viewer.organisationCode());
            if (viewer.ministry()) {
                conditions.bind("systemLevel", Level.SYSTEM);
            }
        }
        return conditions.given(f.supportingOrganisation(),
                "EXISTS (SELECT s FROM Support s WHERE s.bottleneck = b AND s.organisation.code = :supporter)", "supporter");
    }
}
