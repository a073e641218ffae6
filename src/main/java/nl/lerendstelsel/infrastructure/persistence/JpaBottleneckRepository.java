package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckTerm;
import nl.lerendstelsel.domain.model.bottleneck.Comment;
import nl.lerendstelsel.domain.model.bottleneck.Follower;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.queries.FetchGroup;

@ApplicationScoped
public class JpaBottleneckRepository extends JpaRepositoryBase implements BottleneckRepository {

    @Inject
    ReferenceCounters referenceCounters;

    @Override
    public Optional<Bottleneck> findById(Long id) {
        return byKey(Bottleneck.class, id);
    }

    @Override
    public Optional<Bottleneck> findByReference(String reference) {
        return em.createQuery("SELECT b FROM Bottleneck b WHERE b.reference = :reference", Bottleneck.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    /**
     * The same predicate as the lists ({@link #where}, which {@code BottleneckApiIT} keeps in step with
     * {@code Viewer.maySee}), on the knelpunt's own columns: reads the references, not the knelpunten with their
     * reporter, gemeente and organisation (the search page checked up to 60 hits by loading each one).
     */
    @Override
    public Set<String> visibleReferences(Collection<String> references, Viewer viewer) {
        if (references.isEmpty()) {
            return Set.of();
        }
        BottleneckFilter filter = BottleneckFilter.visibleTo(viewer);
        String where = BottleneckFilterJpql.where(filter);
        TypedQuery<String> query = em.createQuery("SELECT b.reference FROM Bottleneck b" + where
                + (where.isEmpty() ? " WHERE " : " AND ") + "b.reference IN :references", String.class);
        BottleneckFilterJpql.bind(query, filter);
        return new HashSet<>(query.setParameter("references", references).getResultList());
    }

    @Override
    public void add(Bottleneck bottleneck) {
        em.persist(bottleneck);
    }

    /**
     * Two steps. First only the ids of the page, in order: the database sorts narrow rows of the knelpunt table alone
     * instead of joining reporter and assignee to every visible knelpunt and sorting those wide rows (the load benchmark
     * measured seconds per page at 10,000 knelpunten). Then the page's knelpunten by id, whole, with reporter and handler
     * (the API shows them); their tags come in one statement for the whole page (SessionCustomizations.batchFetching).
     */
    @Override
    public List<Bottleneck> page(BottleneckFilter filter, BottleneckSort sort, int offset, int limit) {
        List<Long> pageIds = idQuery(filter, sort).setFirstResult(offset).setMaxResults(limit).getResultList();
        return inOrder(pageIds, em.createQuery("SELECT b FROM Bottleneck b JOIN FETCH b.reporter LEFT JOIN FETCH b.assignee"
                + " WHERE b.id IN :ids", Bottleneck.class));
    }

    @Override
    public List<Long> ids(BottleneckFilter filter, BottleneckSort sort, int limit) {
        return idQuery(filter, sort).setMaxResults(limit).getResultList();
    }

    private TypedQuery<Long> idQuery(BottleneckFilter filter, BottleneckSort sort) {
        TypedQuery<Long> ids = em.createQuery("SELECT b.id FROM Bottleneck b" + (sort == BottleneckSort.QUEUE ? " LEFT JOIN b.assignee handler" : "")
                + BottleneckFilterJpql.where(filter) + " ORDER BY " + BottleneckFilterJpql.orderBy(sort), Long.class);
        BottleneckFilterJpql.bind(ids, filter);
        return ids;
    }

    /**
     * The columns a row of the list pages shows, and nothing else: no reporter, handler, organisation, tags or long
     * texts (an EclipseLink fetch group; the theme and gemeente come joined, SessionCustomizations). Reading the whole
     * knelpunt joined four more tables and three text columns for every row (measured: the statement took a quarter of
     * the list page's CPU time, 2026-11-27).
     */
    static final List<String> ROW_ATTRIBUTES = List.of("reference", "title", "theme", "gemeente", "level", "status",
            "dueDate", "pausedRemaining", "waitingUntil", "proposed", "restricted", "changedAt");

    @Override
    public List<Bottleneck> rows(List<Long> ids) {
        FetchGroup row = new FetchGroup("row");
        ROW_ATTRIBUTES.forEach(row::addAttribute);
        return inOrder(ids, em.createQuery("SELECT b FROM Bottleneck b WHERE b.id IN :ids", Bottleneck.class)
                .setHint(QueryHints.FETCH_GROUP, row));
    }

    /** The knelpunten with these ids, read with one query, in the order of the ids. */
    private static List<Bottleneck> inOrder(List<Long> ids, TypedQuery<Bottleneck> query) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Bottleneck> byId = new HashMap<>();
        query.setParameter("ids", ids).getResultList().forEach(b -> byId.put(b.getId(), b));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public long count(BottleneckFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(b) FROM Bottleneck b" + BottleneckFilterJpql.where(filter), Long.class);
        BottleneckFilterJpql.bind(query, filter);
        return query.getSingleResult();
    }

    @Override
    public List<String> dueWithoutReminder(LocalDate from, LocalDate to, String kind, int max) {
        var query = em.createQuery("SELECT b.reference FROM Bottleneck b WHERE b.dueDate IS NOT NULL AND b.dueDate <= :to"
                        + (from == null ? "" : " AND b.dueDate >= :from")
                        + " AND NOT EXISTS (SELECT r FROM SentReminder r WHERE r.subjectRef = b.reference AND r.kind = :kind"
                        + " AND r.dueOn = b.dueDate) ORDER BY b.dueDate, b.id", String.class)
                .setParameter("to", to).setParameter("kind", kind).setMaxResults(max);
        if (from != null) {
            query.setParameter("from", from);
        }
        return query.getResultList();
    }

    @Override
    public List<String> waitExpiredOn(LocalDate today) {
        return em.createQuery("SELECT b.reference FROM Bottleneck b WHERE b.status = :waiting AND b.waitingUntil <= :today"
                        + " ORDER BY b.waitingUntil, b.id", String.class)
                .setParameter("waiting", Status.WACHT_OP_INFORMATIE).setParameter("today", today).getResultList();
    }

    @Override
    public void add(Support support) {
        em.persist(support);
    }

    /**
     * A row lock held until commit, taken with an update that changes nothing, then the latest state read. Not
     * {@code em.lock(PESSIMISTIC_WRITE)}: its select-for-update would join the reference data (SessionCustomizations),
     * and Derby refuses FOR UPDATE on a join.
     */
    @Override
    public void lockForUpdate(Bottleneck bottleneck) {
        em.createNativeQuery("UPDATE bottleneck SET version = version WHERE id = ?").setParameter(1, bottleneck.getId()).executeUpdate();
        em.refresh(bottleneck);
    }

    @Override
    public boolean isSupportedBy(Bottleneck bottleneck, String organisationCode) {
        return em.createQuery("SELECT COUNT(s) FROM Support s WHERE s.bottleneck = :b AND s.organisation.code = :org", Long.class)
                .setParameter("b", bottleneck).setParameter("org", organisationCode).getSingleResult() > 0;
    }

    @Override
    public List<Support> supports(Bottleneck bottleneck) {
        return em.createQuery("SELECT s FROM Support s JOIN FETCH s.supporter WHERE s.bottleneck = :b ORDER BY s.supportedAt, s.id",
                        Support.class)
                .setParameter("b", bottleneck).getResultList();
    }

    /** Two queries whatever the number of supports (the second returns at most one row per gemeente); the knelpunt's own gemeente and region count too. */
    @Override
    public long[] supportCounts(Bottleneck bottleneck) {
        long organisations = em.createQuery("SELECT COUNT(DISTINCT s.organisation.code) FROM Support s WHERE s.bottleneck = :b", Long.class)
                .setParameter("b", bottleneck).getSingleResult();
        List<Object[]> places = em.createQuery("SELECT DISTINCT g.code, g.region.code FROM Support s JOIN s.gemeente g WHERE s.bottleneck = :b",
                        Object[].class)
                .setParameter("b", bottleneck).getResultList();
        Set<Object> gemeenten = new HashSet<>();
        Set<Object> regions = new HashSet<>();
        gemeenten.add(bottleneck.getGemeente().getCode());
        regions.add(bottleneck.getGemeente().getRegion().getCode());
        for (Object[] place : places) {
            gemeenten.add(place[0]);
            regions.add(place[1]);
        }
        return new long[] {organisations, gemeenten.size(), regions.size()};
    }

    /**
     * Plain SQL that Derby and PostgreSQL both accept. The UPDATE takes the row lock, so concurrent callers
     * queue and each reads its own value. The first number of a year inserts the row; two first callers in
     * the same instant make one of the two transactions fail on the primary key (it can simply be retried).
     */
    @Override
    public long nextReferenceNumber(String kind, int year) {
        int updated = em.createNativeQuery(
                        "UPDATE reference_counter SET last_value = last_value + 1 WHERE kind = ? AND counter_year = ?")
                .setParameter(1, kind).setParameter(2, year)
                .executeUpdate();
        if (updated == 0) {
            // The year's first number: the row is created in a transaction of its own, so that two first reports at the
            // same moment do not both insert it (one would fail on the key); then counted as any other (quality bar R4).
            referenceCounters.create(kind, year);
            em.createNativeQuery("UPDATE reference_counter SET last_value = last_value + 1 WHERE kind = ? AND counter_year = ?")
                    .setParameter(1, kind).setParameter(2, year)
                    .executeUpdate();
        }
        Object value = em.createNativeQuery("SELECT last_value FROM reference_counter WHERE kind = ? AND counter_year = ?")
                .setParameter(1, kind).setParameter(2, year)
                .getSingleResult();
        return ((Number) value).longValue();
    }

    @Override
    public void add(Comment comment) {
        em.persist(comment);
    }

    @Override
    public List<Comment> comments(Bottleneck bottleneck, int offset, int limit) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.bottleneck = :b ORDER BY c.createdAt, c.id", Comment.class)
                .setParameter("b", bottleneck).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long commentCount(Bottleneck bottleneck) {
        return em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.bottleneck = :b", Long.class)
                .setParameter("b", bottleneck).getSingleResult();
    }

    @Override
    public boolean isFollowing(Bottleneck bottleneck, Long userId) {
        return em.find(Follower.class, new Follower.Key(bottleneck.getId(), userId)) != null;
    }

    /**
     * In the caller's transaction: the knelpunt may be new in it (a split, a merge), so a separate transaction would wait
     * for this one's uncommitted row. Callers where two requests of one person may race (comments) take the knelpunt's
     * row lock first ({@link #lockForUpdate}), so the second finds the first one's row (quality bar R4).
     */
    @Override
    public void follow(Bottleneck bottleneck, Long userId, Instant since) {
        if (!isFollowing(bottleneck, userId)) {
            em.persist(new Follower(bottleneck.getId(), userId, since));
        }
    }

    @Override
    public void unfollow(Bottleneck bottleneck, Long userId) {
        Follower follower = em.find(Follower.class, new Follower.Key(bottleneck.getId(), userId));
        if (follower != null) {
            em.remove(follower);
        }
    }

    /** Three small queries on indexed columns, whatever the number of supporters and followers. */
    @Override
    public Set<Long> audience(Bottleneck bottleneck) {
        Set<Long> ids = new HashSet<>();
        ids.add(bottleneck.getReporter().getId());
        ids.addAll(em.createQuery("SELECT s.supporter.id FROM Support s WHERE s.bottleneck = :b", Long.class)
                .setParameter("b", bottleneck).getResultList());
        ids.addAll(em.createQuery("SELECT f.userId FROM Follower f WHERE f.bottleneckId = :b", Long.class)
                .setParameter("b", bottleneck.getId()).getResultList());
        return ids;
    }

    @Override
    public void replaceTerms(Bottleneck bottleneck, Map<String, Integer> terms) {
        em.createQuery("DELETE FROM BottleneckTerm t WHERE t.bottleneckId = :b").setParameter("b", bottleneck.getId()).executeUpdate();
        terms.forEach((term, weight) -> em.persist(new BottleneckTerm(bottleneck.getId(), term, weight)));
    }

    @Override
    public List<Map.Entry<Bottleneck, Long>> similar(Set<String> terms, Collection<String> references, int limit) {
        if (terms.isEmpty() || references.isEmpty()) {
            return List.of();
        }
        List<Long> ids = em.createQuery("SELECT b.id FROM Bottleneck b WHERE b.reference IN :references AND b.mergedInto IS NULL", Long.class)
                .setParameter("references", references).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // The candidates' own terms, by primary key, summed here: a term filter in SQL could tempt the optimiser to
        // read every row of a common term through the term index.
        Map<Long, Long> scores = new HashMap<>();
        em.createQuery("SELECT t.bottleneckId, t.term, t.weight FROM BottleneckTerm t WHERE t.bottleneckId IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .filter(r -> terms.contains((String) r[1]))
                .forEach(r -> scores.merge(((Number) r[0]).longValue(), ((Number) r[2]).longValue(), Long::sum));
        List<Long> best = scores.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
        if (best.isEmpty()) {
            return List.of();
        }
        // As list rows: a suggestion shows reference, title, level and status (and the visibility check reads the mark).
        return rows(best).stream().map(b -> Map.entry(b, scores.get(b.getId()))).toList();
    }

    @Override
    public void moveSupport(Support support, Bottleneck to) {
        support.moveTo(to);
    }

    @Override
    public void remove(Support support) {
        em.remove(support);
    }

    @Override
    public int moveFollowers(Bottleneck from, Bottleneck to, Instant since) {
        int moved = 0;
        for (Long userId : em.createQuery("SELECT f.userId FROM Follower f WHERE f.bottleneckId = :b", Long.class)
                .setParameter("b", from.getId()).getResultList()) {
            if (!isFollowing(to, userId)) {
                em.persist(new Follower(to.getId(), userId, since));
                moved++;
            }
        }
        em.createQuery("DELETE FROM Follower f WHERE f.bottleneckId = :b").setParameter("b", from.getId()).executeUpdate();
        return moved;
    }
}
