package nl.lerendstelsel.domain.model.community;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Storage of CoPs and everything in them. Lists are paged where they grow without bound. */
public interface CommunityRepository {

    /** The posts with these ids with their discussion and CoP, in one read. */
    List<Post> findPosts(Collection<Long> ids);

    /** One row of the directory: the CoP and how many active members it has. */
    record Listing(Community community, long members) {
    }

    void add(Object entity);

    /** Writes pending changes now (ids assigned, constraints checked). */
    void flush();

    Optional<Community> find(Long id);

    Optional<Community> findByName(String name);

    /** CoPs, optionally only those with a theme and/or covering a region (national CoPs cover every region), by name. */
    List<Listing> directory(String themeCode, String regionCode);

    // membership

    Optional<Membership> membership(Long communityId, Long userId);

    /** Memberships with {@code status} in a CoP, facilitators first, then by name. */
    List<Membership> memberships(Long communityId, MembershipStatus status);

    /** The ids of the active facilitators of a CoP, in the order of {@link #memberships}. */
    default List<Long> facilitatorIds(Long communityId) {
        return memberships(communityId, MembershipStatus.ACTIEF).stream().filter(Membership::isFacilitator)
                .map(m -> m.getPerson().getId()).toList();
    }

    long activeMemberCount(Long communityId);

    /** Active facilitators of a CoP other than {@code exceptUserId}. */
    int otherFacilitators(Long communityId, Long exceptUserId);

    /** The ids of the CoPs where the person is an active member (facilitators included) / an active facilitator. */
    Set<Long> communitiesOf(Long userId, boolean facilitatorOnly);

    /** The person's memberships with {@code status} (e.g. pending invitations; {@code null}: all), with their CoPs. */
    List<Membership> membershipsOf(Long userId, MembershipStatus status);

    // discussions

    Optional<DiscussionThread> findThread(Long id);

    /** Threads of a CoP: pinned first, then most recent activity. */
    List<DiscussionThread> threads(Long communityId, int offset, int limit);

    long threadCount(Long communityId);

    Optional<Post> findPost(Long id);

    /** Posts of a thread, oldest first. */
    List<Post> posts(Long threadId, int offset, int limit);

    long postCount(Long threadId);

    /** Earlier texts of a post, oldest first. */
    List<PostRevision> revisions(Long postId);

    /** Erases the earlier texts of a post (deleted or removed). */
    void deleteRevisions(Long postId);

    /** When the person last read each of the threads (absent: never). */
    Map<Long, Instant> readMarks(Long userId, Collection<Long> threadIds);

    void markRead(Long threadId, Long userId, Instant when);

    void follow(Long threadId, Long userId, Instant since);

    void unfollow(Long threadId, Long userId);

    /** Ends every follow of a person in a CoP's discussions (their membership ended). */
    void unfollowAll(Long communityId, Long userId);

    boolean isFollowing(Long threadId, Long userId);

    Set<Long> threadFollowers(Long threadId);

    // moderation

    boolean hasFlagged(Long postId, Long userId);

    List<Flag> openFlags(Long postId);

    /** Posts with open flags in the given CoPs ({@code null}: all CoPs), oldest flagged first. */
    List<Post> reviewQueue(Collection<Long> communityIds);

    // meetings and outcomes

    Optional<Meeting> findMeeting(Long id);

    /**
     * A CoP's meetings: upcoming, not ending before {@code from} and not cancelled (ascending), or past, ended before it,
     * cancelled or not (descending).
     */
    List<Meeting> meetings(Long communityId, Instant from, boolean upcoming, int limit);

    List<Rsvp> rsvps(Long meetingId);

    Optional<Rsvp> rsvp(Long meetingId, Long userId);

    Optional<Outcome> findOutcome(Long id);

    List<Outcome> outcomes(Long communityId);

    /**
     * Shared outcomes of every CoP, most recently shared first; of one theme and of one kind when given ({@code null}:
     * any).
     */
    List<Outcome> sharedOutcomes(String themeCode, OutcomeKind kind, int offset, int limit);

    /** How many outcomes {@link #sharedOutcomes} would give over all pages. */
    long sharedOutcomeCount(String themeCode, OutcomeKind kind);

    /** Of these outcome ids, the shared ones. */
    Set<Long> sharedOutcomeIds(Collection<Long> ids);

    /** The earlier versions of an outcome, oldest first. */
    List<OutcomeRevision> outcomeRevisions(Long outcomeId);

    /** The active members of the CoPs filed under one of these themes: who follows a theme. */
    Set<Long> memberIdsOfThemes(Collection<String> themeCodes);
}
