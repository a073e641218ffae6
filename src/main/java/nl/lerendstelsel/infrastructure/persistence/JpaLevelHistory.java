package nl.lerendstelsel.infrastructure.persistence;

import static nl.lerendstelsel.infrastructure.persistence.StatisticsJpql.base;
import static nl.lerendstelsel.infrastructure.persistence.StatisticsJpql.signalScope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.statistics.LevelChange;
import nl.lerendstelsel.domain.model.statistics.LevelHistory;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.infrastructure.persistence.StatisticsJpql.Conditions;

/**
 * The time per level's queries in JPQL, for knelpunten and for signals, each returning plain columns. The
 * knelpunt queries take the dashboard's filter ({@link StatisticsJpql.Conditions}) and keep the lines of knelpunten with
 * a phase ending in the period: a line that changes the level or finishes, then, on the knelpunt itself or, for lines moved
 * to the survivor of a merge, on the duplicate they were written for.
 */
@ApplicationScoped
public class JpaLevelHistory extends JpaRepositoryBase implements LevelHistory {

    private static final List<Status> FINISHED = List.of(Status.OPGELOST, Status.GESLOTEN);

    /** A line that ends a phase, over the alias {@code x}. */
    private static final String ENDS = "x.occurredAt >= :start AND x.occurredAt < :end AND (x.fromLevel <> x.toLevel"
            + " OR (x.toStatus IN :finished AND x.fromStatus NOT IN :finished))";

    @Override
    public List<Line> levelChanges(StatisticsFilter filter, Viewer viewer) {
        // Two joins rather than "IN (subquery)": Derby evaluated such a subquery again for every history line, which made
        // the dashboard's time per level grow with the square of the history (issue 29, at the reference volume). The first
        // finds the lines by the knelpunt that ended a phase, the second the lines moved to a survivor by the duplicate that
        // ended one; a line found twice, or through two ending lines, counts once.
        Map<Long, Object[]> lines = new HashMap<>();
        for (String link : List.of("y = b", "e.originReference = y.reference")) {
            for (Object[] row : lines(filter, viewer, link)) {
                lines.putIfAbsent((Long) row[0], row);
            }
        }
        return lines.values().stream()
                .sorted(Comparator.comparing((Object[] row) -> (Instant) row[4]).thenComparing(row -> (Long) row[0]))
                .map(row -> new Line(row[2] == null ? (String) row[1] : (String) row[2], new LevelChange(day((Instant) row[4]),
                        (Level) row[5], (Status) row[6], (Level) row[7], (Status) row[8], (String) row[3])))
                .toList();
    }

    /** The lines that change the level or finish, of knelpunten in the filter, linked by {@code link} to an ending line x of y. */
    private List<Object[]> lines(StatisticsFilter filter, Viewer viewer, String link) {
        Conditions conditions = new Conditions(base(filter, viewer, null, false), null, filter);
        String where = conditions.where();
        TypedQuery<Object[]> query = em.createQuery("SELECT e.id, b.reference, e.originReference, b.themeCode, e.occurredAt,"
                + " e.fromLevel, e.fromStatus, e.toLevel, e.toStatus FROM BottleneckEvent e JOIN e.bottleneck b,"
                + " BottleneckEvent x JOIN x.bottleneck y" + where + (where.isEmpty() ? " WHERE " : " AND ")
                + "(e.fromLevel IS NULL OR e.fromLevel <> e.toLevel OR e.toStatus IN :finished OR e.fromStatus IN :finished)"
                + " AND " + link + " AND " + ENDS, Object[].class);
        conditions.bind(query);
        query.setParameter("finished", FINISHED).setParameter("start", start(filter)).setParameter("end", end(filter));
        return query.getResultList();
    }

    @Override
    public List<SignalDays> signalDays(StatisticsFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT s.reference, t.themeCode, s.submittedOn, s.acknowledgedAt, s.answeredAt"
                + " FROM Signal s JOIN s.bottlenecks t WHERE s.status <> :concept AND s.submittedOn IS NOT NULL"
                + " AND ((s.acknowledgedAt >= :start AND s.acknowledgedAt < :end) OR (s.answeredAt >= :start AND s.answeredAt < :end))");
        JpqlConditions scope = signalScope(filter, jpql);
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" ORDER BY s.reference").toString(), Object[].class)
                .setParameter("concept", SignalStatus.CONCEPT).setParameter("start", start(filter)).setParameter("end", end(filter));
        scope.bindTo(query);
        Map<String, Object[]> signals = new LinkedHashMap<>();
        Map<String, Set<String>> themes = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            signals.putIfAbsent((String) row[0], row);
            themes.computeIfAbsent((String) row[0], s -> new HashSet<>()).add((String) row[1]);
        }
        return signals.values().stream().map(row -> new SignalDays((String) row[0], (LocalDate) row[2], inPeriod((Instant) row[3], filter),
                inPeriod((Instant) row[4], filter), themes.get((String) row[0]))).toList();
    }

    private static LocalDate inPeriod(Instant moment, StatisticsFilter filter) {
        if (moment == null) {
            return null;
        }
        LocalDate day = day(moment);
        return day.isBefore(filter.from()) || day.isAfter(filter.to()) ? null : day;
    }

    private static LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, DutchTime.ZONE);
    }

    private static Instant start(StatisticsFilter filter) {
        return filter.from().atStartOfDay(DutchTime.ZONE).toInstant();
    }

    private static Instant end(StatisticsFilter filter) {
        return filter.to().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }
}
