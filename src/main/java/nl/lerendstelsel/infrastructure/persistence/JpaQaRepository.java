package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.qa.Feedback;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.qa.QaRepository;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.qa.VersionStatus;

@ApplicationScoped
public class JpaQaRepository extends JpaRepositoryBase implements QaRepository {

    @Override
    public Optional<QaEntry> findEntry(Long id) {
        return byKey(QaEntry.class, id);
    }

    @Override
    public Optional<QaVersion> findVersion(Long id) {
        return byKey(QaVersion.class, id);
    }

    @Override
    public List<QaVersion> versions(Long entryId) {
        return em.createQuery("SELECT v FROM QaVersion v WHERE v.entry.id = :e ORDER BY v.number DESC", QaVersion.class)
                .setParameter("e", entryId).getResultList();
    }

    @Override
    public Optional<QaVersion> openVersion(Long entryId) {
        return em.createQuery("SELECT v FROM QaVersion v WHERE v.entry.id = :e AND v.status IN :open ORDER BY v.number DESC", QaVersion.class)
                .setParameter("e", entryId).setParameter("open", List.of(VersionStatus.CONCEPT, VersionStatus.TER_REVIEW))
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Set<Long> publishedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT e.id FROM QaEntry e WHERE e.id IN :ids AND e.current IS NOT NULL", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    @Override
    public List<QaEntry> published(String themeCode, int offset, int limit) {
        TypedQuery<QaEntry> query = em.createQuery("SELECT e FROM QaEntry e JOIN e.current v WHERE "
                + (themeCode == null ? "1 = 1" : "e.theme.code = :t") + " ORDER BY v.question", QaEntry.class);
        if (themeCode != null) {
            query.setParameter("t", themeCode);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long publishedCount(String themeCode) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM QaEntry e WHERE e.current IS NOT NULL"
                + (themeCode == null ? "" : " AND e.theme.code = :t"), Long.class);
        if (themeCode != null) {
            query.setParameter("t", themeCode);
        }
        return query.getSingleResult();
    }

    @Override
    public Map<String, Long> publishedPerTheme() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.theme.code, COUNT(e) FROM QaEntry e WHERE e.current IS NOT NULL GROUP BY e.theme.code",
                Object[].class).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<QaVersion> withStatus(VersionStatus status, int limit) {
        return em.createQuery("SELECT v FROM QaVersion v WHERE v.status = :s ORDER BY v.createdAt", QaVersion.class)
                .setParameter("s", status).setMaxResults(limit).getResultList();
    }

    @Override
    public List<QaVersion> recentlyPublished(String themeCode, java.time.LocalDate today, int limit) {
        TypedQuery<QaVersion> query = em.createQuery("SELECT v FROM QaEntry e JOIN e.current v WHERE v.status = :published"
                + " AND (v.validUntil IS NULL OR v.validUntil >= :today)"
                + (themeCode == null ? "" : " AND e.theme.code = :t") + " ORDER BY v.publishedAt DESC", QaVersion.class)
                .setParameter("published", VersionStatus.GEPUBLICEERD).setParameter("today", today);
        if (themeCode != null) {
            query.setParameter("t", themeCode);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, long[]> feedbackCounts(List<Long> entryIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (entryIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT f.entryId, f.useful, COUNT(f) FROM Feedback f WHERE f.entryId IN :ids"
                + " GROUP BY f.entryId, f.useful", Object[].class).setParameter("ids", entryIds).getResultList()) {
            long[] pair = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            pair[Boolean.TRUE.equals(row[1]) ? 0 : 1] = ((Number) row[2]).longValue();
        }
        return counts;
    }

    @Override
    public List<Feedback> feedback(Long entryId, int limit) {
        return em.createQuery("SELECT f FROM Feedback f WHERE f.entryId = :e ORDER BY f.createdAt DESC", Feedback.class)
                .setParameter("e", entryId).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Question> findQuestion(Long id) {
        return byKey(Question.class, id);
    }

    @Override
    public List<Question> questions(QuestionStatus status, int offset, int limit) {
        return em.createQuery("SELECT q FROM Question q WHERE q.status = :s ORDER BY q.createdAt", Question.class)
                .setParameter("s", status).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Question> questionsOf(Long userId) {
        return em.createQuery("SELECT q FROM Question q WHERE q.askedBy.id = :u ORDER BY q.createdAt DESC", Question.class)
                .setParameter("u", userId).getResultList();
    }

    @Override
    public List<Question> questionsAnsweredBy(Long entryId) {
        return em.createQuery("SELECT q FROM Question q WHERE q.entry.id = :e AND q.status = :s ORDER BY q.id", Question.class)
                .setParameter("e", entryId).setParameter("s", QuestionStatus.BEANTWOORD).getResultList();
    }

    @Override
    public List<Long> bottlenecksOf(Long entryId) {
        return em.createNativeQuery("SELECT bottleneck_id FROM qa_entry_bottleneck WHERE entry_id = ?1").setParameter(1, entryId)
                .getResultList().stream().map(o -> ((Number) o).longValue()).toList();
    }

    @Override
    public List<Long> entriesOf(Long bottleneckId) {
        return em.createNativeQuery("SELECT entry_id FROM qa_entry_bottleneck WHERE bottleneck_id = ?1").setParameter(1, bottleneckId)
                .getResultList().stream().map(o -> ((Number) o).longValue()).toList();
    }

    @Override
    public void link(Long entryId, Long bottleneckId) {
        if (!entriesOf(bottleneckId).contains(entryId)) {
            em.createNativeQuery("INSERT INTO qa_entry_bottleneck (entry_id, bottleneck_id) VALUES (?1, ?2)")
                    .setParameter(1, entryId).setParameter(2, bottleneckId).executeUpdate();
        }
    }

    @Override
    public List<QaEntry> expiringBetween(java.time.LocalDate from, java.time.LocalDate to, int max) {
        return em.createQuery("SELECT e FROM QaEntry e JOIN e.current v WHERE v.validUntil >= :from AND v.validUntil <= :to"
                        + " ORDER BY v.validUntil, e.id", QaEntry.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }

    @Override
    public List<QaEntry> expiredBefore(java.time.LocalDate day, int max) {
        return em.createQuery("SELECT e FROM QaEntry e JOIN e.current v WHERE v.validUntil < :day ORDER BY v.validUntil, e.id", QaEntry.class)
                .setParameter("day", day).setMaxResults(max).getResultList();
    }
}
