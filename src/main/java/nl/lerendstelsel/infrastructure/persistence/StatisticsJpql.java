package nl.lerendstelsel.infrastructure.persistence;

import jakarta.persistence.Query;
import java.time.LocalDate;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;

/**
 * What the dashboard's queries share ({@link JpaStatisticsRepository}, {@link JpaLevelHistory}): the conditions of a
 * knelpunt query over the alias {@code b} (the list filter, so the dashboard counts exactly what the lists show, plus a
 * period) and the scope of a signal query over the alias {@code s}.
 */
final class StatisticsJpql {

    private StatisticsJpql() {
    }

    /** The conditions of one knelpunt query: the list filter plus the period on {@code dateField} and the CoP scope. */
    record Conditions(BottleneckFilter base, String dateField, StatisticsFilter filter) {

        String where() {
            String where = BottleneckFilterJpql.where(base);
            // the facilitator's scope (their queue's) is the list filter's own: handledCops and scopeRegions
            StringBuilder more = new StringBuilder(dateField == null ? "" : "b." + dateField + " BETWEEN :from AND :to");
            if (more.isEmpty()) {
                return where;
            }
            return where.isEmpty() ? " WHERE " + more : where + " AND " + more;
        }

        void bind(Query query) {
            BottleneckFilterJpql.bind(query, base);
            if (dateField != null) {
                query.setParameter("from", filter.from()).setParameter("to", filter.to());
            }
        }
    }

    static Conditions inPeriod(StatisticsFilter filter, Viewer viewer) {
        return new Conditions(base(filter, viewer, null, false), "reportedOn", filter);
    }

    static BottleneckFilter base(StatisticsFilter filter, Viewer viewer, LocalDate overdueOn, boolean openOnly) {
        return new BottleneckFilter(null, null, filter.themeCode(), null, filter.regionCode(), null, null, overdueOn, false, openOnly,
                viewer, null, null, filter.cops(), filter.cops() == null ? null : filter.scopeRegions());
    }

    /** Theme, region and CoP scope for signals: a signal counts when one of its knelpunten matches. */
    static JpqlConditions signalScope(StatisticsFilter filter, StringBuilder jpql) {
        JpqlConditions conditions = new JpqlConditions()
                .given(filter.themeCode(), "k.theme.code = :theme", "theme")
                .given(filter.regionCode(), "k.gemeente.region.code = :region", "region");
        if (filter.cops() != null) {
            // the facilitator's queue: outside any CoP (in their regions, when they have any) or in a CoP they facilitate
            String outside = filter.scopeRegions().isEmpty() ? "k.communityId IS NULL"
                    : "(k.communityId IS NULL AND k.gemeente.region.code IN :scopeRegions)";
            conditions.add(filter.cops().isEmpty() ? outside : "(" + outside + " OR k.communityId IN :cops)");
            if (!filter.cops().isEmpty()) {
                conditions.bind("cops", filter.cops());
            }
            if (!filter.scopeRegions().isEmpty()) {
                conditions.bind("scopeRegions", filter.scopeRegions());
            }
        }
        if (!conditions.isEmpty()) {
            jpql.append(" AND EXISTS (SELECT x FROM Signal x JOIN x.bottlenecks k WHERE x = s AND ")
                    .append(conditions.joined()).append(")");
        }
        return conditions;
    }

}
