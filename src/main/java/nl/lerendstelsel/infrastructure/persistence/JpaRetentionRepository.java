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
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.retention.RetentionKind;
import nl.lerendstelsel.domain.model.retention.RetentionRepository;

/**
 * Anonymisation in SQL, one knelpunt per call: the entities map the authors as fields that never change (a reporter
 * stays the reporter), so this is the one place that rewrites them. The knelpunt's row is claimed first with a
 * conditional UPDATE (and its version raised), so two nodes never both anonymise it and a handler who acts meanwhile
 * gets the usual conflict instead of a lost update. The other kinds ({@link RetentionKind}) work the same way: each item
 * is claimed by a conditional UPDATE that repeats the rule of {@code RetentionPeriods}, so a second node or run skips it.
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

    private static final String ADMIN = "(',' || %s.roles || ',') LIKE '%%,admin,%%'";

    private static final String POSTS_DUE = " FROM cop_post p, cop_thread t WHERE t.id = p.thread_id AND p.erased_at IS NULL"
            + " AND t.last_post_at < ?1";
    private static final String SIGNALS_DUE = " FROM szw_signal s WHERE s.texts_erased_at IS NULL"
            + " AND s.status IN ('GESLOTEN', 'INGETROKKEN') AND s.closed_at < ?1";
    private static final String NOTIFICATIONS_DUE = " FROM notification n WHERE n.created_at < ?1";
    private static final String QUESTIONS_DUE = " FROM qa_question q WHERE q.erased_at IS NULL AND q.status <> 'BEANTWOORD'"
            + " AND q.created_at < ?1";
    /** Not the neutral profile, not one already anonymised, and an admin only while another admin's profile remains. */
    private static final String PROFILES_DUE = " FROM user_profile u WHERE u.id > 0 AND u.anonymised_at IS NULL AND u.last_sign_in < ?1"
            + " AND (NOT " + ADMIN.formatted("u") + " OR EXISTS (SELECT 1 FROM user_profile o WHERE o.id > 0 AND o.id <> u.id"
            + " AND o.anonymised_at IS NULL AND " + ADMIN.formatted("o") + "))";

    private static String due(RetentionKind kind) {
        return switch (kind) {
            case BERICHTEN -> POSTS_DUE;
            case SIGNALEN -> SIGNALS_DUE;
            case MELDINGEN -> NOTIFICATIONS_DUE;
            case VRAGEN -> QUESTIONS_DUE;
            case PROFIELEN -> PROFILES_DUE;
            case KNELPUNTEN -> throw new IllegalArgumentException("Knelpunten are due by day: countDue(LocalDate)");
        };
    }

    private static String order(RetentionKind kind) {
        return switch (kind) {
            case BERICHTEN -> "p.id ORDER BY t.last_post_at, p.id";
            case SIGNALEN -> "s.id ORDER BY s.closed_at, s.id";
            case MELDINGEN -> "n.id ORDER BY n.created_at, n.id";
            case VRAGEN -> "q.id ORDER BY q.created_at, q.id";
            case PROFIELEN -> "u.id ORDER BY u.last_sign_in, u.id";
            case KNELPUNTEN -> throw new IllegalArgumentException("Knelpunten are due by day: dueIds(LocalDate, int)");
        };
    }

    @Override
    public long countDue(RetentionKind kind, Instant before) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + due(kind)).setParameter(1, Timestamp.from(before)).getSingleResult())
                .longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> dueIds(RetentionKind kind, Instant before, int max) {
        String[] select = order(kind).split(" ORDER BY ");
        List<Object> ids = em.createNativeQuery("SELECT " + select[0] + due(kind) + " ORDER BY " + select[1])
                .setParameter(1, Timestamp.from(before)).setMaxResults(max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Optional<Erased> erase(RetentionKind kind, long id, Instant before, Instant now) {
        return switch (kind) {
            case BERICHTEN -> erasePost(id, before, now);
            case SIGNALEN -> eraseSignal(id, before, now);
            case VRAGEN -> eraseQuestion(id, before, now);
            case PROFIELEN -> anonymiseProfile(id, before, now);
            case KNELPUNTEN, MELDINGEN -> throw new IllegalArgumentException(kind + " is not erased one by one here");
        };
    }

    @Override
    public int deleteNotifications(Instant before, int max) {
        List<Long> ids = dueIds(RetentionKind.MELDINGEN, before, max);
        if (ids.isEmpty()) {
            return 0;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 2);
        }
        Query delete = em.createNativeQuery("DELETE FROM notification WHERE created_at < ?1 AND id IN (" + in + ")")
                .setParameter(1, Timestamp.from(before));
        for (int i = 0; i < ids.size(); i++) {
            delete.setParameter(i + 2, ids.get(i));
        }
        return delete.executeUpdate();
    }

    /**
     * A post of a discussion without activity: text and earlier versions erased, author detached, flag notes cleared; the
     * audit log keeps who wrote it and when (by profile id). The discussion's last post also detaches its starter, followers
     * and read marks.
     */
    @SuppressWarnings("unchecked")
    private Optional<Erased> erasePost(long id, Instant before, Instant now) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.author_id, p.created_at, p.thread_id FROM cop_post p WHERE p.id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        int claimed = claim("UPDATE cop_post SET erased_at = ?2, body = '', body_html = '', author_id = ?3,"
                        + " status = 'VERWIJDERD', status_reason = NULL, open_flags = 0, version = version + 1"
                        + " WHERE id = ?1 AND erased_at IS NULL AND thread_id IN (SELECT t.id FROM cop_thread t WHERE t.last_post_at < ?4)",
                id, now, before);
        if (claimed == 0) {
            return Optional.empty();
        }
        long thread = ((Number) row[2]).longValue();
        int revisions = em.createNativeQuery("DELETE FROM cop_post_revision WHERE post_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE cop_post_flag SET note = NULL WHERE post_id = ?1").setParameter(1, id).executeUpdate();
        long left = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cop_post WHERE thread_id = ?1 AND erased_at IS NULL")
                .setParameter(1, thread).getSingleResult()).longValue();
        if (left == 0) {
            update("UPDATE cop_thread SET author_id = ?2, version = version + 1 WHERE id = ?1", thread);
            em.createNativeQuery("DELETE FROM cop_thread_follower WHERE thread_id = ?1").setParameter(1, thread).executeUpdate();
            em.createNativeQuery("DELETE FROM cop_thread_read WHERE thread_id = ?1").setParameter(1, thread).executeUpdate();
        }
        return Optional.of(new Erased("Post", String.valueOf(id), 1, "auteur=profiel " + row[0] + ", geschreven=" + instant(row[1])
                + ", discussie=" + thread + ", eerdere versies=" + revisions));
    }

    /** A closed or withdrawn signal: every free text and person erased; reference, title, kind, decision, dates and links stay. */
    private Optional<Erased> eraseSignal(long id, Instant before, Instant now) {
        int claimed = claim("UPDATE szw_signal SET texts_erased_at = ?2, problem = '', analysis = '', response = NULL,"
                        + " proposal_text = NULL, followup_change = NULL, followup_realised_note = NULL, author_id = ?3,"
                        + " owner_id = NULL, version = version + 1"
                        + " WHERE id = ?1 AND texts_erased_at IS NULL AND status IN ('GESLOTEN', 'INGETROKKEN') AND closed_at < ?4",
                id, now, before);
        if (claimed == 0) {
            return Optional.empty();
        }
        update("UPDATE szw_signal SET responder_id = ?2 WHERE id = ?1 AND responder_id IS NOT NULL", id);
        update("UPDATE szw_signal_event SET actor_id = ?2 WHERE signal_id = ?1 AND actor_id IS NOT NULL", id);
        int events = em.createNativeQuery("UPDATE szw_signal_event SET event_text = NULL WHERE signal_id = ?1").setParameter(1, id)
                .executeUpdate();
        int messages = update("UPDATE szw_signal_message SET body = '', author_id = ?2 WHERE signal_id = ?1", id);
        int progress = update("UPDATE szw_signal_progress SET body = '', author_id = ?2 WHERE signal_id = ?1", id);
        String reference = (String) em.createNativeQuery("SELECT reference FROM szw_signal WHERE id = ?1").setParameter(1, id)
                .getSingleResult();
        return Optional.of(new Erased("Signal", reference, 1, "historie=" + events + ", verduidelijkingen=" + messages
                + ", voortgang=" + progress));
    }

    /** A question never answered: the asker's text and link erased, a new one declined; theme and date stay for the counts. */
    private Optional<Erased> eraseQuestion(long id, Instant before, Instant now) {
        int claimed = claim("UPDATE qa_question SET erased_at = ?2, text = '', asked_by = ?3, reason = NULL,"
                        + " status = 'AFGEWEZEN', version = version + 1"
                        + " WHERE id = ?1 AND erased_at IS NULL AND status <> 'BEANTWOORD' AND created_at < ?4",
                id, now, before);
        return claimed == 0 ? Optional.empty() : Optional.of(new Erased("Question", String.valueOf(id), 1, null));
    }

    /**
     * A profile without a sign-in: name, user name, e-mail and Keycloak subject replaced (a later sign-in makes a new
     * profile), organisation and roles kept for the statistics, follows, preferences and own notifications removed; its
     * audit entries get the pseudonym instead of the user name, and no address.
     */
    private Optional<Erased> anonymiseProfile(long id, Instant before, Instant now) {
        List<?> names = em.createNativeQuery("SELECT username FROM user_profile WHERE id = ?1").setParameter(1, id).getResultList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String username = (String) names.get(0);
        String pseudonym = AuditEntry.pseudonym(id);
        int claimed = em.createNativeQuery("UPDATE user_profile SET anonymised_at = ?2, subject = ?3, username = ?4,"
                        + " display_name = 'Voormalig deelnemer', email = NULL, active = FALSE, version = version + 1 WHERE id = ?1"
                        + " AND id IN (SELECT u.id" + PROFILES_DUE.replace("?1", "?5") + ")")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).setParameter(3, "urn:lerendstelsel:geanonimiseerd:" + id)
                .setParameter(4, pseudonym).setParameter(5, Timestamp.from(before)).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        em.createNativeQuery("DELETE FROM notification WHERE recipient_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM notification_preference WHERE user_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM bottleneck_follower WHERE user_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM cop_thread_follower WHERE user_id = ?1").setParameter(1, id).executeUpdate();
        long sameName = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM user_profile WHERE username = ?1 AND anonymised_at IS NULL")
                .setParameter(1, username).getSingleResult()).longValue();
        int audit = sameName > 0 ? 0 : em.createNativeQuery("UPDATE audit_entry SET actor = ?1, origin = NULL WHERE actor = ?2")
                .setParameter(1, pseudonym).setParameter(2, username).executeUpdate();
        return Optional.of(new Erased("UserProfile", pseudonym, 1, "auditregels=" + audit));
    }

    /**
     * Runs a claiming UPDATE: {@code ?1} the item's id, {@code ?2} now (the erased-at moment), {@code ?3} the neutral
     * profile, {@code ?4} the due-before instant; returns 1 when the item was still due, else 0.
     */
    private int claim(String sql, long id, Instant now, Instant before) {
        return em.createNativeQuery(sql).setParameter(1, id).setParameter(2, Timestamp.from(now)).setParameter(3, FORMER_PARTICIPANT)
                .setParameter(4, Timestamp.from(before)).executeUpdate();
    }

    private static String instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant().toString() : String.valueOf(value);
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
