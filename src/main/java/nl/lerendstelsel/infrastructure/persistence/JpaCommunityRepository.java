package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Flag;
import nl.lerendstelsel.domain.model.community.MemberRole;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.community.OutcomeRevision;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.domain.model.community.PostRevision;
import nl.lerendstelsel.domain.model.community.Rsvp;

/**
 * CoPs in JPA. Followers and read marks are two-column rows without behaviour, written with plain SQL; everything else
 * is mapped. Every query binds its parameters.
 */
@ApplicationScoped
public class JpaCommunityRepository extends JpaRepositoryBase implements CommunityRepository {

    @Override
    public Optional<Community> find(Long id) {
        return byKey(Community.class, id);
    }

    @Override
    public Optional<Community> findByName(String name) {
        return em.createQuery("SELECT c FROM Community c WHERE LOWER(c.name) = :n", Community.class)
                .setParameter("n", name.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<Listing> directory(String themeCode, String regionCode) {
        StringBuilder jpql = new StringBuilder("SELECT c, (SELECT COUNT(m) FROM Membership m WHERE m.community = c AND m.status = :active)"
                + " FROM Community c WHERE 1 = 1");
        if (themeCode != null) {
            jpql.append(" AND EXISTS (SELECT t FROM Community c2 JOIN c2.themes t WHERE c2 = c AND t.code = :theme)");
        }
        if (regionCode != null) {
            jpql.append(" AND (c.national = :yes OR EXISTS (SELECT r FROM Community c3 JOIN c3.regions r WHERE c3 = c AND r.code = :region))");
        }
        jpql.append(" ORDER BY c.name");
        var query = em.createQuery(jpql.toString(), Object[].class).setParameter("active", MembershipStatus.ACTIEF);
        if (themeCode != null) {
            query.setParameter("theme", themeCode);
        }
        if (regionCode != null) {
            query.setParameter("region", regionCode).setParameter("yes", true);
        }
        return query.getResultList().stream().map(row -> new Listing((Community) row[0], ((Number) row[1]).longValue())).toList();
    }

    @Override
    public Optional<Membership> membership(Long communityId, Long userId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.community.id = :c AND m.person.id = :u", Membership.class)
                .setParameter("c", communityId).setParameter("u", userId).getResultStream().findFirst();
    }

    @Override
    public List<Membership> memberships(Long communityId, MembershipStatus status) {
        return em.createQuery("SELECT m FROM Membership m JOIN m.person p WHERE m.community.id = :c AND m.status = :s"
                        + " ORDER BY CASE WHEN m.role = :facilitator THEN 0 ELSE 1 END, p.displayName", Membership.class)
                .setParameter("c", communityId).setParameter("s", status).setParameter("facilitator", MemberRole.FACILITATOR)
                .getResultList();
    }

    @Override
    public long activeMemberCount(Long communityId) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.community.id = :c AND m.status = :s", Long.class)
                .setParameter("c", communityId).setParameter("s", MembershipStatus.ACTIEF).getSingleResult();
    }

    @Override
    public int otherFacilitators(Long communityId, Long exceptUserId) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.community.id = :c AND m.status = :s"
                        + " AND m.role = :r AND m.person.id <> :u", Long.class)
                .setParameter("c", communityId).setParameter("s", MembershipStatus.ACTIEF)
                .setParameter("r", MemberRole.FACILITATOR).setParameter("u", exceptUserId).getSingleResult().intValue();
    }

    @Override
    public Set<Long> communitiesOf(Long userId, boolean facilitatorOnly) {
        String jpql = "SELECT m.community.id FROM Membership m WHERE m.person.id = :u AND m.status = :s"
                + (facilitatorOnly ? " AND m.role = :r" : "");
        var query = em.createQuery(jpql, Long.class).setParameter("u", userId).setParameter("s", MembershipStatus.ACTIEF);
        if (facilitatorOnly) {
            query.setParameter("r", MemberRole.FACILITATOR);
        }
        return new HashSet<>(query.getResultList());
    }

    @Override
    public List<Membership> membershipsOf(Long userId, MembershipStatus status) {
        var query = em.createQuery("SELECT m FROM Membership m JOIN FETCH m.community WHERE m.person.id = :u"
                + (status == null ? "" : " AND m.status = :s") + " ORDER BY m.changedAt DESC", Membership.class)
                .setParameter("u", userId);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultList();
    }

    @Override
    public Optional<DiscussionThread> findThread(Long id) {
        return byKey(DiscussionThread.class, id);
    }

    @Override
    public List<DiscussionThread> threads(Long communityId, int offset, int limit) {
        return em.createQuery("SELECT t FROM DiscussionThread t WHERE t.community.id = :c"
                        + " ORDER BY t.pinned DESC, t.lastPostAt DESC, t.id DESC", DiscussionThread.class)
                .setParameter("c", communityId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long threadCount(Long communityId) {
        return em.createQuery("SELECT COUNT(t) FROM DiscussionThread t WHERE t.community.id = :c", Long.class)
                .setParameter("c", communityId).getSingleResult();
    }

    @Override
    public List<Post> findPosts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.thread t JOIN FETCH t.community WHERE p.id IN :ids", Post.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<Post> findPost(Long id) {
        return byKey(Post.class, id);
    }

    @Override
    public List<Post> posts(Long threadId, int offset, int limit) {
        return em.createQuery("SELECT p FROM Post p WHERE p.thread.id = :t ORDER BY p.createdAt, p.id", Post.class)
                .setParameter("t", threadId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long postCount(Long threadId) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.thread.id = :t", Long.class)
                .setParameter("t", threadId).getSingleResult();
    }

    @Override
    public List<PostRevision> revisions(Long postId) {
        return em.createQuery("SELECT r FROM PostRevision r WHERE r.post.id = :p ORDER BY r.writtenAt, r.id", PostRevision.class)
                .setParameter("p", postId).getResultList();
    }

    @Override
    public void deleteRevisions(Long postId) {
        em.createQuery("DELETE FROM PostRevision r WHERE r.post.id = :p").setParameter("p", postId).executeUpdate();
    }

    @Override
    public Map<Long, Instant> readMarks(Long userId, Collection<Long> threadIds) {
        Map<Long, Instant> marks = new HashMap<>();
        if (threadIds.isEmpty()) {
            return marks;
        }
        var query = em.createNativeQuery(inQuery(threadIds.size()));
        query.setParameter(1, userId);
        int i = 2;
        for (Long id : threadIds) {
            query.setParameter(i++, id);
        }
        for (Object row : query.getResultList()) {
            Object[] cols = (Object[]) row;
            marks.put(((Number) cols[0]).longValue(), ((Timestamp) cols[1]).toInstant());
        }
        return marks;
    }

    private static String inQuery(int size) {
        StringBuilder sql = new StringBuilder("SELECT thread_id, read_at FROM cop_thread_read WHERE user_id = ?1 AND thread_id IN (");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "" : ",").append('?').append(i + 2);
        }
        return sql.append(')').toString();
    }

    @Override
    public void markRead(Long threadId, Long userId, Instant when) {
        int updated = em.createNativeQuery("UPDATE cop_thread_read SET read_at = ?1 WHERE thread_id = ?2 AND user_id = ?3")
                .setParameter(1, Timestamp.from(when)).setParameter(2, threadId).setParameter(3, userId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO cop_thread_read (thread_id, user_id, read_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, threadId).setParameter(2, userId).setParameter(3, Timestamp.from(when)).executeUpdate();
        }
    }

    @Override
    public void follow(Long threadId, Long userId, Instant since) {
        if (!isFollowing(threadId, userId)) {
            em.createNativeQuery("INSERT INTO cop_thread_follower (thread_id, user_id, since) VALUES (?1, ?2, ?3)")
                    .setParameter(1, threadId).setParameter(2, userId).setParameter(3, Timestamp.from(since)).executeUpdate();
        }
    }

    @Override
    public void unfollow(Long threadId, Long userId) {
        em.createNativeQuery("DELETE FROM cop_thread_follower WHERE thread_id = ?1 AND user_id = ?2")
                .setParameter(1, threadId).setParameter(2, userId).executeUpdate();
    }

    @Override
    public void unfollowAll(Long communityId, Long userId) {
        em.createNativeQuery("DELETE FROM cop_thread_follower WHERE user_id = ?1"
                        + " AND thread_id IN (SELECT t.id FROM cop_thread t WHERE t.cop_id = ?2)")
                .setParameter(1, userId).setParameter(2, communityId).executeUpdate();
    }

    @Override
    public boolean isFollowing(Long threadId, Long userId) {
        return !em.createNativeQuery("SELECT 1 FROM cop_thread_follower WHERE thread_id = ?1 AND user_id = ?2")
                .setParameter(1, threadId).setParameter(2, userId).getResultList().isEmpty();
    }

    @Override
    public Set<Long> threadFollowers(Long threadId) {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT user_id FROM cop_thread_follower WHERE thread_id = ?1")
                .setParameter(1, threadId).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    @Override
    public boolean hasFlagged(Long postId, Long userId) {
        return !em.createQuery("SELECT f.id FROM Flag f WHERE f.post.id = :p AND f.flagger.id = :u", Long.class)
                .setParameter("p", postId).setParameter("u", userId).getResultList().isEmpty();
    }

    @Override
    public List<Flag> openFlags(Long postId) {
        return em.createQuery("SELECT f FROM Flag f WHERE f.post.id = :p AND f.resolvedAt IS NULL ORDER BY f.createdAt", Flag.class)
                .setParameter("p", postId).getResultList();
    }

    @Override
    public List<Post> reviewQueue(Collection<Long> communityIds) {
        if (communityIds != null && communityIds.isEmpty()) {
            return List.of();
        }
        String jpql = "SELECT p FROM Post p WHERE p.openFlags > 0"
                + (communityIds == null ? "" : " AND p.thread.community.id IN :c")
                + " ORDER BY p.id";
        var query = em.createQuery(jpql, Post.class);
        if (communityIds != null) {
            query.setParameter("c", communityIds);
        }
        return query.setMaxResults(500).getResultList();
    }

    @Override
    public Optional<Meeting> findMeeting(Long id) {
        return byKey(Meeting.class, id);
    }

    @Override
    public List<Meeting> meetings(Long communityId, Instant from, boolean upcoming, int limit) {
        String jpql = upcoming
                ? "SELECT m FROM Meeting m WHERE m.community.id = :c AND m.endsAt >= :t AND m.cancelledAt IS NULL ORDER BY m.startsAt"
                : "SELECT m FROM Meeting m WHERE m.community.id = :c AND m.endsAt < :t ORDER BY m.startsAt DESC";
        return em.createQuery(jpql, Meeting.class).setParameter("c", communityId).setParameter("t", from)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Rsvp> rsvps(Long meetingId) {
        return em.createQuery("SELECT r FROM Rsvp r JOIN r.person p WHERE r.meetingId = :m ORDER BY r.answer, p.displayName", Rsvp.class)
                .setParameter("m", meetingId).getResultList();
    }

    @Override
    public Optional<Rsvp> rsvp(Long meetingId, Long userId) {
        return Optional.ofNullable(em.find(Rsvp.class, new Rsvp.Key(meetingId, userId)));
    }

    @Override
    public Optional<Outcome> findOutcome(Long id) {
        return byKey(Outcome.class, id);
    }

    @Override
    public List<Outcome> outcomes(Long communityId) {
        return em.createQuery("SELECT o FROM Outcome o WHERE o.community.id = :c ORDER BY o.createdAt DESC, o.id DESC", Outcome.class)
                .setParameter("c", communityId).getResultList();
    }

    @Override
    public List<Outcome> sharedOutcomes(String themeCode, OutcomeKind kind, int offset, int limit) {
        return shared("SELECT o", " ORDER BY o.sharedAt DESC, o.id DESC", Outcome.class, themeCode, kind)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long sharedOutcomeCount(String themeCode, OutcomeKind kind) {
        return shared("SELECT COUNT(o)", "", Long.class, themeCode, kind).getSingleResult();
    }

    /** The query {@code select} over shared outcomes, of one theme and kind when given, then {@code order}. */
    private <T> jakarta.persistence.TypedQuery<T> shared(String select, String order, Class<T> type, String themeCode, OutcomeKind kind) {
        String jpql = select + " FROM Outcome o WHERE o.shared = :yes"
                + (themeCode == null ? "" : " AND EXISTS (SELECT t FROM Outcome x JOIN x.themes t WHERE x = o AND t.code = :theme)")
                + (kind == null ? "" : " AND o.kind = :kind") + order;
        jakarta.persistence.TypedQuery<T> query = em.createQuery(jpql, type).setParameter("yes", true);
        if (themeCode != null) {
            query.setParameter("theme", themeCode);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query;
    }

    @Override
    public Set<Long> sharedOutcomeIds(Collection<Long> ids) {
        return new HashSet<>(em.createQuery("SELECT o.id FROM Outcome o WHERE o.shared = :yes AND o.id IN :ids", Long.class)
                .setParameter("yes", true).setParameter("ids", ids).getResultList());
    }

    @Override
    public List<OutcomeRevision> outcomeRevisions(Long outcomeId) {
        return em.createQuery("SELECT r FROM OutcomeRevision r WHERE r.outcome.id = :o ORDER BY r.writtenAt, r.id", OutcomeRevision.class)
                .setParameter("o", outcomeId).getResultList();
    }

    @Override
    public Set<Long> memberIdsOfThemes(Collection<String> themeCodes) {
        if (themeCodes.isEmpty()) {
            return Set.of();
        }
        return new java.util.TreeSet<>(em.createQuery("SELECT DISTINCT m.person.id FROM Membership m, Community c JOIN c.themes t "
                        + "WHERE m.community = c AND m.status = :active AND t.code IN :themes", Long.class)
                .setParameter("active", MembershipStatus.ACTIEF).setParameter("themes", themeCodes).getResultList());
    }
}
