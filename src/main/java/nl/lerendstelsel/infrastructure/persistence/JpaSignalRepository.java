package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.signal.Evidence;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalRepository;
import nl.lerendstelsel.domain.model.signal.SignalStatus;

@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

    private static final List<SignalStatus> WITH_MINISTRY =
            List.of(SignalStatus.INGEDIEND, SignalStatus.ONTVANGEN, SignalStatus.IN_BEHANDELING, SignalStatus.VRAGEN);

    @PersistenceContext(unitName = "lerend-stelsel")
    private EntityManager em;

    @Inject
    BottleneckRepository bottlenecks;

    @Override
    public void add(Signal signal) {
        em.persist(signal);
    }

    @Override
    public void remove(Signal signal) {
        signal.getHistory().forEach(em::remove);
        em.remove(signal);
    }

    @Override
    public Optional<Signal> findByReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Signal s WHERE s.reference = :r", Signal.class).setParameter("r", reference)
                .getResultStream().findFirst();
    }

    @Override
    public List<Signal> list(Filter filter, int offset, int limit) {
        return query("SELECT s", filter, " ORDER BY s.changedAt DESC, s.id DESC", Signal.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        return query("SELECT COUNT(s)", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> result) {
        JpqlConditions conditions = new JpqlConditions();
        if (!filter.includeConcepts()) {
            conditions.add("s.status <> :concept").bind("concept", SignalStatus.CONCEPT);
        }
        conditions.given(filter.status(), "s.status = :status", "status");
        if (filter.overdueOn() != null) {
            conditions.add("((s.status = :submitted AND s.acknowledgeDue < :today)"
                    + " OR (s.status IN :withMinistry AND s.answerDue < :today))")
                    .bind("submitted", SignalStatus.INGEDIEND).bind("withMinistry", WITH_MINISTRY).bind("today", filter.overdueOn());
        }
        conditions.given(filter.ownerId(), "s.owner.id = :owner", "owner")
                .given(filter.authorId(), "s.author.id = :author", "author");
        return conditions.bindTo(em.createQuery(select + " FROM Signal s" + conditions.where() + order, result));
    }

    @Override
    public Map<Long, Long> knelpuntCounts(Collection<Long> signalIds) {
        return counts(signalIds, "SELECT s.id, COUNT(b) FROM Signal s JOIN s.bottlenecks b WHERE s.id IN :ids GROUP BY s.id",
                query -> query);
    }

    @Override
    public Map<Long, Long> interimCounts(Collection<Long> signalIds) {
        return counts(signalIds, "SELECT e.signal.id, COUNT(e) FROM SignalEvent e WHERE e.signal.id IN :ids AND e.action = :interim"
                + " GROUP BY e.signal.id", query -> query.setParameter("interim", SignalAction.TUSSENBERICHT.name()));
    }

    /**
     * A number per id, from a query of (id, count) rows over {@code ids} (bound as {@code :ids}; {@code bind} binds the
     * rest), in one query; ids without a row are left out.
     */
    private Map<Long, Long> counts(Collection<Long> ids, String jpql, UnaryOperator<TypedQuery<Object[]>> bind) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        bind.apply(em.createQuery(jpql, Object[].class).setParameter("ids", ids)).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<Signal> signalsOf(Bottleneck bottleneck) {
        return em.createQuery("SELECT s FROM Signal s JOIN s.bottlenecks b WHERE b.id = :b ORDER BY s.createdAt DESC", Signal.class)
                .setParameter("b", bottleneck.getId()).getResultList();
    }

    @Override
    public java.util.Set<Long> inOpenSignals(Collection<Long> bottleneckIds) {
        if (bottleneckIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("SELECT DISTINCT b.id FROM Signal s JOIN s.bottlenecks b"
                        + " WHERE b.id IN :ids AND s.status NOT IN :answered", Long.class)
                .setParameter("ids", bottleneckIds).setParameter("answered", List.of(SignalStatus.BEANTWOORD, SignalStatus.GESLOTEN,
                        SignalStatus.INGETROKKEN))
                .getResultList());
    }

    @Override
    public Map<Long, Long> supportCounts(Collection<Long> bottleneckIds) {
        return counts(bottleneckIds, "SELECT s.bottleneck.id, COUNT(DISTINCT s.organisation.code) FROM Support s"
                + " WHERE s.bottleneck.id IN :ids GROUP BY s.bottleneck.id", query -> query);
    }

    @Override
    public Map<Long, Evidence.Item> evidenceItems(Signal signal) {
        List<Object[]> rows = em.createQuery("SELECT b.id, o.name, g.name, r.name, t.nameNl, b.reportedAt FROM Signal s"
                        + " JOIN s.bottlenecks b JOIN b.organisation o JOIN b.gemeente g LEFT JOIN g.region r JOIN b.theme t"
                        + " WHERE s.id = :s", Object[].class)
                .setParameter("s", signal.getId()).getResultList();
        Map<Long, List<Evidence.Place>> supports = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("SELECT sp.bottleneck.id, o.name, g.name, r.name FROM Support sp JOIN sp.organisation o"
                            + " JOIN sp.gemeente g LEFT JOIN g.region r WHERE sp.bottleneck.id IN"
                            + " (SELECT b.id FROM Signal s JOIN s.bottlenecks b WHERE s.id = :s)", Object[].class)
                    .setParameter("s", signal.getId()).getResultList()
                    .forEach(row -> supports.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                            .add(new Evidence.Place((String) row[1], (String) row[2], (String) row[3])));
        }
        Map<Long, Evidence.Item> items = new LinkedHashMap<>();
        for (Object[] row : rows) {
            items.put((Long) row[0], new Evidence.Item((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    ((java.time.Instant) row[5]).atZone(DutchTime.ZONE).toLocalDate(), supports.getOrDefault((Long) row[0], List.of())));
        }
        return items;
    }

    @Override
    public List<Signal> submittedBetween(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT s FROM Signal s WHERE s.status <> :concept AND s.submittedOn BETWEEN :from AND :to"
                        + " ORDER BY s.submittedOn, s.reference", Signal.class)
                .setParameter("concept", SignalStatus.CONCEPT).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Map<Long, List<String>> themes(Collection<Long> signalIds) {
        Map<Long, TreeSet<String>> themes = new LinkedHashMap<>();
        if (!signalIds.isEmpty()) {
            em.createQuery("SELECT DISTINCT s.id, t.nameNl FROM Signal s JOIN s.bottlenecks b JOIN b.theme t WHERE s.id IN :ids",
                            Object[].class)
                    .setParameter("ids", signalIds).getResultList()
                    .forEach(row -> themes.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]));
        }
        Map<Long, List<String>> result = new HashMap<>();
        themes.forEach((id, names) -> result.put(id, List.copyOf(names)));
        return result;
    }

    @Override
    public List<Map.Entry<String, Bottleneck>> knelpuntenOf(Collection<Long> signalIds) {
        if (signalIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s.reference, b FROM Signal s JOIN s.bottlenecks b WHERE s.id IN :ids"
                        + " ORDER BY s.reference, b.reference", Object[].class)
                .setParameter("ids", signalIds).getResultList().stream()
                .map(row -> Map.entry((String) row[0], (Bottleneck) row[1])).toList();
    }

    @Override
    public long nextReferenceNumber(int year) {
        return bottlenecks.nextReferenceNumber("SIG", year);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<String> dueWithoutReminder(boolean answer, Collection<SignalStatus> statuses, LocalDate from, LocalDate to,
                                           String kind, int max) {
        String day = answer ? "s.answerDue" : "s.acknowledgeDue";
        var query = em.createQuery("SELECT s.reference FROM Signal s WHERE s.status IN :statuses AND " + day + " <= :to"
                        + (from == null ? "" : " AND " + day + " >= :from")
                        + " AND NOT EXISTS (SELECT r FROM SentReminder r WHERE r.subjectRef = s.reference AND r.kind = :kind"
                        + " AND r.dueOn = " + day + ") ORDER BY " + day + ", s.id", String.class)
                .setParameter("statuses", statuses).setParameter("to", to).setParameter("kind", kind).setMaxResults(max);
        if (from != null) {
            query.setParameter("from", from);
        }
        return query.getResultList();
    }
}
