package nl.lerendstelsel.infrastructure.persistence;

import static nl.lerendstelsel.infrastructure.persistence.StatisticsJpql.base;
import static nl.lerendstelsel.infrastructure.persistence.StatisticsJpql.inPeriod;
import static nl.lerendstelsel.infrastructure.persistence.StatisticsJpql.signalScope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.MonthSpread;
import nl.lerendstelsel.domain.model.statistics.SignalSpread;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.statistics.StatisticsRepository;
import nl.lerendstelsel.infrastructure.persistence.StatisticsJpql.Conditions;

/**
 * The dashboard's grouped queries in JPQL. The filter on theme, region and visibility is the knelpunten list's own
 * ({@link JpaBottleneckRepository#where}), so the dashboard counts exactly what the lists show; the period and the CoP
 * scope are added here. Grouping happens in the database; only grouped rows come back.
 */
@ApplicationScoped
public class JpaStatisticsRepository extends JpaRepositoryBase implements StatisticsRepository {

    /** The code of the signals that received an interim answer and no decision yet, among the counts by decision. */
    private static final String INTERIM = SignalAction.TUSSENBERICHT.name();

    private static final List<SignalStatus> WITH_MINISTRY =
            List.of(SignalStatus.INGEDIEND, SignalStatus.ONTVANGEN, SignalStatus.IN_BEHANDELING, SignalStatus.VRAGEN);

    @Override
    public List<Cell> reported(StatisticsFilter filter, Viewer viewer) {
        Conditions conditions = inPeriod(filter, viewer);
        TypedQuery<Object[]> query = em.createQuery("SELECT b.status, b.level, b.themeCode, b.gemeenteCode, COUNT(b) FROM Bottleneck b"
                + conditions.where() + " GROUP BY b.status, b.level, b.themeCode, b.gemeenteCode", Object[].class);
        conditions.bind(query);
        return query.getResultList().stream().map(row -> new Cell((Status) row[0], (Level) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).longValue())).toList();
    }

    @Override
    public Map<LocalDate, Long> reportedPerDay(StatisticsFilter filter, Viewer viewer) {
        Conditions conditions = inPeriod(filter, viewer);
        TypedQuery<Object[]> query = em.createQuery("SELECT b.reportedOn, COUNT(b) FROM Bottleneck b" + conditions.where()
                + " GROUP BY b.reportedOn", Object[].class);
        conditions.bind(query);
        Map<LocalDate, Long> days = new TreeMap<>();
        query.getResultList().forEach(row -> days.put((LocalDate) row[0], ((Number) row[1]).longValue()));
        return days;
    }

    @Override
    public List<Finished> finished(StatisticsFilter filter, Viewer viewer) {
        Conditions conditions = new Conditions(base(filter, viewer, null, false), "finishedOn", filter);
        TypedQuery<Object[]> query = em.createQuery("SELECT b.level, b.status, b.resolutionCategory, b.reportedOn, b.finishedOn,"
                + " COUNT(b) FROM Bottleneck b" + conditions.where()
                + " GROUP BY b.level, b.status, b.resolutionCategory, b.reportedOn, b.finishedOn", Object[].class);
        conditions.bind(query);
        return query.getResultList().stream().filter(row -> row[3] != null)
                .map(row -> new Finished((Level) row[0], (Status) row[1], (Resolution) row[2], (LocalDate) row[3],
                        (LocalDate) row[4], ((Number) row[5]).longValue())).toList();
    }

    @Override
    public List<MonthSpread.DayCount> reportedPerDay(StatisticsFilter filter, Viewer viewer, Grouping by) {
        Conditions conditions = inPeriod(filter, viewer);
        String key = switch (by) {
            case THEME -> "b.themeCode";
            case LEVEL -> "b.level";
            case REGION -> "kr.code";
        };
        TypedQuery<Object[]> query = em.createQuery("SELECT b.reportedOn, " + key + ", COUNT(b) FROM Bottleneck b"
                + (by == Grouping.REGION ? " LEFT JOIN b.gemeente kg LEFT JOIN kg.region kr" : "") + conditions.where()
                + " GROUP BY b.reportedOn, " + key, Object[].class);
        conditions.bind(query);
        return query.getResultList().stream().map(row -> new MonthSpread.DayCount((LocalDate) row[0],
                row[1] instanceof Level level ? level.name() : (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    @Override
    public List<SignalSpread.KeyedCount> signalsPer(StatisticsFilter filter, Grouping by) {
        if (by == Grouping.LEVEL) {
            throw new IllegalArgumentException("Signals are not counted per level");
        }
        String key = by == Grouping.THEME ? "t.themeCode" : "kr.code";
        StringBuilder jpql = new StringBuilder("SELECT " + key + ", s.decision, COUNT(DISTINCT s.id) FROM Signal s JOIN s.bottlenecks t"
                + " LEFT JOIN t.gemeente kg LEFT JOIN kg.region kr WHERE s.status <> :concept AND s.submittedOn BETWEEN :from AND :to");
        // under the theme and region of the filter only, not under those of the signal's other knelpunten
        if (filter.themeCode() != null) {
            jpql.append(" AND t.themeCode = :theme");
        }
        if (filter.regionCode() != null) {
            jpql.append(" AND kr.code = :region");
        }
        JpqlConditions scope = signalScope(filter, jpql);
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" GROUP BY ").append(key).append(", s.decision").toString(), Object[].class)
                .setParameter("concept", SignalStatus.CONCEPT).setParameter("from", filter.from()).setParameter("to", filter.to());
        scope.bindTo(query);
        return query.getResultList().stream().map(row -> new SignalSpread.KeyedCount((String) row[0], (Decision) row[1],
                ((Number) row[2]).longValue())).toList();
    }

    @Override
    public List<Bottleneck> overdue(StatisticsFilter filter, Viewer viewer, LocalDate today, int limit) {
        Conditions conditions = new Conditions(base(filter, viewer, today, true), null, filter);
        TypedQuery<Bottleneck> query = em.createQuery("SELECT b FROM Bottleneck b" + conditions.where()
                + " ORDER BY b.dueDate, b.reference", Bottleneck.class);
        conditions.bind(query);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public long overdueCount(StatisticsFilter filter, Viewer viewer, LocalDate today) {
        Conditions conditions = new Conditions(base(filter, viewer, today, true), null, filter);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(b) FROM Bottleneck b" + conditions.where(), Long.class);
        conditions.bind(query);
        return query.getSingleResult();
    }

    @Override
    public List<Map.Entry<Bottleneck, Long>> mostSupported(StatisticsFilter filter, Viewer viewer, int limit) {
        Conditions conditions = new Conditions(base(filter, viewer, null, true), null, filter);
        TypedQuery<Object[]> query = em.createQuery("SELECT b.id, COUNT(DISTINCT s.organisation.code) FROM Support s JOIN s.bottleneck b"
                + conditions.where() + " GROUP BY b.id ORDER BY COUNT(DISTINCT s.organisation.code) DESC, b.id", Object[].class);
        conditions.bind(query);
        Map<Long, Long> counts = new LinkedHashMap<>();
        query.setMaxResults(limit).getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, Bottleneck> loaded = new HashMap<>();
        em.createQuery("SELECT b FROM Bottleneck b WHERE b.id IN :ids", Bottleneck.class).setParameter("ids", counts.keySet())
                .getResultList().forEach(b -> loaded.put(b.getId(), b));
        return counts.entrySet().stream().filter(e -> loaded.containsKey(e.getKey()))
                .map(e -> Map.entry(loaded.get(e.getKey()), e.getValue())).toList();
    }

    @Override
    public List<Count> signals(StatisticsFilter filter, boolean decision) {
        String key = decision ? "s.decision" : "s.status";
        StringBuilder jpql = new StringBuilder("SELECT " + key + ", COUNT(s) FROM Signal s WHERE s.status <> :concept"
                + " AND s.submittedOn BETWEEN :from AND :to");
        if (decision) {
            jpql.append(" AND s.decision IS NOT NULL");
        }
        JpqlConditions scope = signalScope(filter, jpql);
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" GROUP BY ").append(key).toString(), Object[].class)
                .setParameter("concept", SignalStatus.CONCEPT).setParameter("from", filter.from()).setParameter("to", filter.to());
        scope.bindTo(query);
        Function<Object, Count> count = decision
                ? value -> new Count(((Decision) value).name(), ((Decision) value).dutch(), 0)
                : value -> new Count(((SignalStatus) value).name(), ((SignalStatus) value).dutch(), 0);
        List<Count> counts = new ArrayList<>(query.getResultList().stream().map(row -> {
            Count c = count.apply(row[0]);
            return new Count(c.code(), c.label(), ((Number) row[1]).longValue());
        }).toList());
        if (decision) {
            long interim = interimOnly(filter);
            if (interim > 0) {
                counts.add(new Count(INTERIM, "tussenbericht, nog geen besluit", interim));
            }
        }
        return List.copyOf(counts);
    }

    /** Signals submitted in the period that received an interim answer and no decision yet. */
    private long interimOnly(StatisticsFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT COUNT(s) FROM Signal s WHERE s.status <> :concept"
                + " AND s.submittedOn BETWEEN :from AND :to AND s.decision IS NULL"
                + " AND EXISTS (SELECT e FROM SignalEvent e WHERE e.signal = s AND e.action = :interim)");
        JpqlConditions scope = signalScope(filter, jpql);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class).setParameter("concept", SignalStatus.CONCEPT)
                .setParameter("from", filter.from()).setParameter("to", filter.to()).setParameter("interim", INTERIM);
        scope.bindTo(query);
        return query.getSingleResult();
    }

    @Override
    public List<Count> followUp(StatisticsFilter filter, LocalDate today) {
        String base = "SELECT COUNT(s) FROM Signal s WHERE s.status <> :concept AND s.submittedOn BETWEEN :from AND :to"
                + " AND s.followUp.expected IS NOT NULL AND ";
        return List.of(
                new Count("GEREALISEERD", "gerealiseerd", followUpCount(base + "s.followUp.realisedAt IS NOT NULL", filter, null)),
                new Count("TE_LAAT", "over de verwachte datum", followUpCount(base + "s.followUp.realisedAt IS NULL"
                        + " AND s.followUp.expected < :today", filter, today)),
                new Count("LOPEND", "lopend", followUpCount(base + "s.followUp.realisedAt IS NULL AND s.followUp.expected >= :today",
                        filter, today)));
    }

    private long followUpCount(String query, StatisticsFilter filter, LocalDate today) {
        StringBuilder jpql = new StringBuilder(query);
        JpqlConditions scope = signalScope(filter, jpql);
        TypedQuery<Long> typed = em.createQuery(jpql.toString(), Long.class).setParameter("concept", SignalStatus.CONCEPT)
                .setParameter("from", filter.from()).setParameter("to", filter.to());
        if (today != null) {
            typed.setParameter("today", today);
        }
        scope.bindTo(typed);
        return typed.getSingleResult();
    }

    @Override
    public List<Signal> overdueSignals(StatisticsFilter filter, LocalDate today, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM Signal s WHERE ((s.status = :submitted AND s.acknowledgeDue < :today)"
                + " OR (s.status IN :withMinistry AND s.answerDue < :today))");
        JpqlConditions scope = signalScope(filter, jpql);
        TypedQuery<Signal> query = em.createQuery(jpql.append(" ORDER BY s.answerDue, s.reference").toString(), Signal.class)
                .setParameter("submitted", SignalStatus.INGEDIEND).setParameter("withMinistry", WITH_MINISTRY)
                .setParameter("today", today);
        scope.bindTo(query);
        return query.setMaxResults(limit).getResultList();
    }

    /** The code under which the knelpunten without a target group are counted. */
    static final String NO_TARGET_GROUP = "GEEN";

    @Override
    public List<Count> byTargetGroup(StatisticsFilter filter, Viewer viewer) {
        Conditions conditions = inPeriod(filter, viewer);
        TypedQuery<Object[]> query = em.createQuery("SELECT g, COUNT(b) FROM Bottleneck b JOIN b.targetGroups g" + conditions.where()
                + " GROUP BY g", Object[].class);
        conditions.bind(query);
        List<Count> counts = new ArrayList<>();
        query.getResultList().forEach(row -> counts.add(new Count(((TargetGroup) row[0]).name(), ((TargetGroup) row[0]).dutch(),
                ((Number) row[1]).longValue())));
        String where = conditions.where();
        TypedQuery<Long> none = em.createQuery("SELECT COUNT(b) FROM Bottleneck b" + where + (where.isEmpty() ? " WHERE " : " AND ")
                + "b.targetGroups IS EMPTY", Long.class);
        conditions.bind(none);
        counts.add(new Count(NO_TARGET_GROUP, "geen doelgroep genoemd", none.getSingleResult()));
        return List.copyOf(counts);
    }

    @Override
    public List<Open> openPerGemeente(Viewer viewer, LocalDate today) {
        StatisticsFilter any = new StatisticsFilter(today, today, null, null, null);
        Conditions open = new Conditions(base(any, viewer, null, true), null, any);
        TypedQuery<Object[]> query = em.createQuery("SELECT b.gemeenteCode, b.level, COUNT(b) FROM Bottleneck b" + open.where()
                + " GROUP BY b.gemeenteCode, b.level", Object[].class);
        open.bind(query);
        Conditions overdue = new Conditions(base(any, viewer, today, true), null, any);
        TypedQuery<Object[]> late = em.createQuery("SELECT b.gemeenteCode, b.level, COUNT(b) FROM Bottleneck b" + overdue.where()
                + " GROUP BY b.gemeenteCode, b.level", Object[].class);
        overdue.bind(late);
        Map<String, Long> overdueCounts = new HashMap<>();
        late.getResultList().forEach(row -> overdueCounts.put(row[0] + "|" + row[1], ((Number) row[2]).longValue()));
        return query.getResultList().stream().map(row -> new Open((String) row[0], (Level) row[1], ((Number) row[2]).longValue(),
                overdueCounts.getOrDefault(row[0] + "|" + row[1], 0L))).toList();
    }

    @Override
    public List<FinishedIn> finishedPerGemeente(Viewer viewer, LocalDate from, LocalDate to) {
        StatisticsFilter period = new StatisticsFilter(from, to, null, null, null);
        Conditions conditions = new Conditions(base(period, viewer, null, false), "finishedOn", period);
        TypedQuery<Object[]> query = em.createQuery("SELECT b.gemeenteCode, b.status, b.resolutionCategory, b.reportedOn, b.finishedOn,"
                + " COUNT(b) FROM Bottleneck b" + conditions.where()
                + " GROUP BY b.gemeenteCode, b.status, b.resolutionCategory, b.reportedOn, b.finishedOn", Object[].class);
        conditions.bind(query);
        return query.getResultList().stream().filter(row -> row[3] != null)
                .map(row -> new FinishedIn((String) row[0], (Status) row[1], (Resolution) row[2], (LocalDate) row[3],
                        (LocalDate) row[4], ((Number) row[5]).longValue())).toList();
    }

    @Override
    public List<ExportRow> exportPage(StatisticsFilter filter, Viewer viewer, long afterId, int size) {
        Conditions conditions = inPeriod(filter, viewer);
        String where = conditions.where();
        TypedQuery<Object[]> query = em.createQuery("SELECT b.id, b.reference, b.title, b.reportedOn, b.themeCode, b.gemeenteCode,"
                + " b.organisationCode, b.level, b.status, b.resolutionCategory, b.finishedOn, b.dueDate, b.restricted, b.estimatedScale,"
                + " b.communityId FROM Bottleneck b" + where + (where.isEmpty() ? " WHERE " : " AND ") + "b.id > :after ORDER BY b.id",
                Object[].class);
        conditions.bind(query);
        List<Object[]> rows = query.setParameter("after", afterId).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TargetGroup>> groups = new HashMap<>();
        em.createQuery("SELECT b.id, g FROM Bottleneck b JOIN b.targetGroups g WHERE b.id IN :ids", Object[].class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList()).getResultList()
                .forEach(row -> groups.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((TargetGroup) row[1]));
        return rows.stream().map(row -> new ExportRow((Long) row[0], (String) row[1], (String) row[2], (LocalDate) row[3],
                (String) row[4], (String) row[5], (String) row[6], (Level) row[7], (Status) row[8], (Resolution) row[9],
                (LocalDate) row[10], (LocalDate) row[11], Boolean.TRUE.equals(row[12]), (EstimatedScale) row[13], (Long) row[14],
                groups.getOrDefault((Long) row[0], List.of()).stream().sorted().toList())).toList();
    }
}
