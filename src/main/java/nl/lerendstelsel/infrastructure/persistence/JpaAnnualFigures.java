package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.statistics.AnnualFigures;
import nl.lerendstelsel.domain.model.statistics.Count;

/** {@link AnnualFigures} in JPQL: grouped counts, computed by the database, a handful of queries whatever the volume. */
@ApplicationScoped
public class JpaAnnualFigures extends JpaRepositoryBase implements AnnualFigures {

    @Override
    public List<CopActivity> copActivity(LocalDate from, LocalDate to) {
        Instant start = start(from);
        Instant end = start(to.plusDays(1));
        Map<Long, Long> members = perCop(em.createQuery("SELECT m.community.id, COUNT(m) FROM Membership m WHERE m.status = :active"
                + " AND m.changedAt < :end GROUP BY m.community.id", Object[].class)
                .setParameter("active", MembershipStatus.ACTIEF).setParameter("end", end));
        Map<Long, Long> posts = perCop(between(em.createQuery("SELECT p.thread.community.id, COUNT(p) FROM Post p"
                + " WHERE p.createdAt >= :start AND p.createdAt < :end GROUP BY p.thread.community.id", Object[].class), start, end));
        Map<Long, Long> meetings = perCop(between(em.createQuery("SELECT m.community.id, COUNT(m) FROM Meeting m WHERE m.cancelledAt IS NULL"
                + " AND m.startsAt >= :start AND m.startsAt < :end GROUP BY m.community.id", Object[].class), start, end));
        Map<Long, Long> outcomes = perCop(between(em.createQuery("SELECT o.community.id, COUNT(o) FROM Outcome o WHERE o.shared = TRUE"
                + " AND o.sharedAt >= :start AND o.sharedAt < :end GROUP BY o.community.id", Object[].class), start, end));
        return em.createQuery("SELECT c.id, c.name FROM Community c", Object[].class).getResultList().stream().map(row -> {
            long id = ((Number) row[0]).longValue();
            return new CopActivity(id, (String) row[1], members.getOrDefault(id, 0L), posts.getOrDefault(id, 0L),
                    meetings.getOrDefault(id, 0L), outcomes.getOrDefault(id, 0L));
        }).sorted(Comparator.comparing(CopActivity::name).thenComparingLong(CopActivity::id)).toList();
    }

    @Override
    public List<Count> sharedOutcomes(LocalDate from, LocalDate to) {
        return between(em.createQuery("SELECT o.kind, COUNT(o) FROM Outcome o WHERE o.shared = TRUE AND o.sharedAt >= :start"
                + " AND o.sharedAt < :end GROUP BY o.kind", Object[].class), start(from), start(to.plusDays(1))).getResultList().stream()
                .map(row -> new Count(row[0].toString(), row[0].toString(), ((Number) row[1]).longValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::code)).toList();
    }

    @Override
    public QaFigures qa(LocalDate from, LocalDate to) {
        Instant start = start(from);
        Instant end = start(to.plusDays(1));
        long published = count("SELECT COUNT(v) FROM QaVersion v WHERE v.publishedAt >= :start AND v.publishedAt < :end", start, end);
        long first = count("SELECT COUNT(v) FROM QaVersion v WHERE v.number = 1 AND v.publishedAt >= :start AND v.publishedAt < :end",
                start, end);
        long asked = count("SELECT COUNT(q) FROM Question q WHERE q.createdAt >= :start AND q.createdAt < :end", start, end);
        long useful = count("SELECT COUNT(f) FROM Feedback f WHERE f.useful = TRUE AND f.createdAt >= :start AND f.createdAt < :end",
                start, end);
        long notUseful = count("SELECT COUNT(f) FROM Feedback f WHERE f.useful = FALSE AND f.createdAt >= :start AND f.createdAt < :end",
                start, end);
        List<Count> byTheme = between(em.createQuery("SELECT t.code, t.nameNl, COUNT(v) FROM QaVersion v JOIN v.entry e JOIN e.theme t"
                + " WHERE v.publishedAt >= :start AND v.publishedAt < :end GROUP BY t.code, t.nameNl", Object[].class), start, end)
                .getResultList().stream().map(row -> new Count((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label)).toList();
        return new QaFigures(published, first, asked, useful, notUseful, byTheme);
    }

    private long count(String jpql, Instant start, Instant end) {
        return em.createQuery(jpql, Long.class).setParameter("start", start).setParameter("end", end).getSingleResult();
    }

    private static <T> TypedQuery<T> between(TypedQuery<T> query, Instant start, Instant end) {
        return query.setParameter("start", start).setParameter("end", end);
    }

    private static Map<Long, Long> perCop(TypedQuery<Object[]> query) {
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(DutchTime.ZONE).toInstant();
    }
}
