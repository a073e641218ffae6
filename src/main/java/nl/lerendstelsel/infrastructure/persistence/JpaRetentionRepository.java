package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.retention.RetentionRepository;

/**
 * Anonymisation in SQL, one knelpunt per call: the entities map the authors as fields that never change (a reporter
 * stays the reporter), so this is the one place that rewrites them. The knelpunt's row is claimed first with a
 * conditional UPDATE (and its version raised), so two nodes never both anonymise it and a handler who acts meanwhile
 * gets the usual conflict instead of a lost update.
 */
@ApplicationScoped
public class JpaRetentionRepository extends JpaRepositoryBase implements RetentionRepository {

    /** The neutral "Voormalig deelnemer" profile of migration V17. */
    public static final long FORMER_PARTICIPANT = -1L;

    private static final String DUE = " FROM bottleneck b WHERE b.anonymised_at IS NULL AND b.status_code IN ('OPGELOST', 'GESLOTEN')"
            + " AND b.finished_on <= ?1";

    @Override
    public long countDue(LocalDate cutoff) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + DUE).setParameter(1, Date.valueOf(cutoff)).getSingleResult()).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Candidate> due(LocalDate cutoff, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, b.reference, b.title, b.finished_on, b.status_code,"
                        + " (SELECT COUNT(*) FROM bottleneck_comment c WHERE c.bottleneck_id = b.id),"
                        + " (SELECT COUNT(*) FROM attachment a WHERE a.bottleneck_id = b.id),"
                        + " (SELECT COUNT(*) FROM bottleneck_support s WHERE s.bottleneck_id = b.id),"
                        + " (SELECT COUNT(*) FROM bottleneck_follower f WHERE f.bottleneck_id = b.id)"
                        + DUE + " ORDER BY b.finished_on, b.id")
                .setParameter(1, Date.valueOf(cutoff)).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new Candidate(((Number) r[0]).longValue(), (String) r[1], (String) r[2], toDate(r[3]), (String) r[4],
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), ((Number) r[8]).longValue())).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> dueIds(LocalDate cutoff, int max) {
        List<Object> ids = em.createNativeQuery("SELECT b.id" + DUE + " ORDER BY b.finished_on, b.id")
                .setParameter(1, Date.valueOf(cutoff)).setMaxResults(max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Optional<Anonymised> anonymise(long id, LocalDate cutoff, Instant now) {
        Set<Long> people = new HashSet<>();
        people.addAll(ids("SELECT reporter_id FROM bottleneck WHERE id = ?1 UNION SELECT assignee_id FROM bottleneck WHERE id = ?1", id));
        int claimed = em.createNativeQuery("UPDATE bottleneck SET anonymised_at = ?2, reporter_id = ?3, assignee_id = NULL,"
                        + " version = version + 1 WHERE id = ?1 AND anonymised_at IS NULL AND status_code IN ('OPGELOST', 'GESLOTEN')"
                        + " AND finished_on <= ?4")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).setParameter(3, FORMER_PARTICIPANT)
                .setParameter(4, Date.valueOf(cutoff)).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        String reference = (String) em.createNativeQuery("SELECT reference FROM bottleneck WHERE id = ?1").setParameter(1, id)
                .getSingleResult();
        people.addAll(ids("SELECT author_id FROM bottleneck_comment WHERE bottleneck_id = ?1", id));
        people.addAll(ids("SELECT supporter_id FROM bottleneck_support WHERE bottleneck_id = ?1", id));
        people.addAll(ids("SELECT actor_id FROM bottleneck_event WHERE bottleneck_id = ?1", id));
        people.addAll(ids("SELECT uploader_id FROM attachment WHERE bottleneck_id = ?1", id));
        people.addAll(ids("SELECT user_id FROM bottleneck_follower WHERE bottleneck_id = ?1", id));
        people.remove(null);
        people.remove(FORMER_PARTICIPANT);
        int comments = update("UPDATE bottleneck_comment SET author_id = ?2 WHERE bottleneck_id = ?1", id);
        int supports = update("UPDATE bottleneck_support SET supporter_id = ?2, note = NULL WHERE bottleneck_id = ?1", id);
        update("UPDATE bottleneck_event SET actor_id = ?2 WHERE bottleneck_id = ?1 AND actor_id IS NOT NULL", id);
        em.createNativeQuery("DELETE FROM attachment_content WHERE attachment_id IN (SELECT a.id FROM attachment a WHERE a.bottleneck_id = ?1)")
                .setParameter(1, id).executeUpdate();
        int attachments = em.createNativeQuery("DELETE FROM attachment WHERE bottleneck_id = ?1").setParameter(1, id).executeUpdate();
        int followers = em.createNativeQuery("DELETE FROM bottleneck_follower WHERE bottleneck_id = ?1").setParameter(1, id).executeUpdate();
        return Optional.of(new Anonymised(reference, people.size(), comments, attachments, supports, followers));
    }

    private int update(String sql, long id) {
        return em.createNativeQuery(sql).setParameter(1, id).setParameter(2, FORMER_PARTICIPANT).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, long id) {
        Query query = em.createNativeQuery(sql).setParameter(1, id);
        return ((List<Object>) query.getResultList()).stream().map(v -> v == null ? null : ((Number) v).longValue()).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : null;
    }
}
