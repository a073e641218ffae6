package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.domain.model.community.PostRevision;
import nl.lerendstelsel.domain.model.community.PostStatus;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Reading a CoP's discussions, for its members (and admins): the threads with what is unread, a page of a thread (which
 * marks it read), the earlier texts of a post (for its facilitators), and which posts a search may show. Writing is {@link DiscussionService}.
 */
@ApplicationScoped
public class DiscussionQueries {

    public static final int PAGE_SIZE = 20;

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityService communityService;

    @Inject
    DiscussionService discussions;

    /** A thread in a list, with whether the reader has unread posts in it. */
    public record ThreadListing(DiscussionThread thread, boolean unread) {
    }

    /** A page of threads of a CoP. */
    public record ThreadPage(List<ThreadListing> items, long total, int page, int pageSize) {
    }

    /**
     * A page of a thread as the reader sees it: each post with whether it is new to them (written after their previous
     * visit), and whether they follow the thread.
     */
    public record PostPage(DiscussionThread thread, List<PostView> items, long total, int page, int pageSize,
                           boolean following) {
    }

    /** A post for a reader: {@code html} is what they see (empty when not shown to them); {@code isNew} since their last visit. */
    public record PostView(Post post, String html, boolean isNew, boolean mine) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ThreadPage threads(Long communityId, int page, Caller caller) {
        return threads(communityId, page, PAGE_SIZE, caller);
    }

    /** A page of {@code pageSize} threads (1 to 100). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ThreadPage threads(Long communityId, int page, int pageSize, Caller caller) {
        CommunityService.Access access = discussions.readable(communityService.load(communityId), caller);
        int number = Math.max(1, page);
        int size = Math.max(1, Math.min(pageSize, 100));
        List<DiscussionThread> threads = communities.threads(communityId, (number - 1) * size, size);
        Map<Long, Instant> read = communities.readMarks(access.person().getId(), threads.stream().map(DiscussionThread::getId).toList());
        List<ThreadListing> items = threads.stream().map(t -> new ThreadListing(t,
                !read.containsKey(t.getId()) || t.getLastPostAt().isAfter(read.get(t.getId())))).toList();
        return new ThreadPage(items, communities.threadCount(communityId), number, size);
    }

    /**
     * A page of a thread for a member; reading it marks the thread read for them (the markers on this page still show
     * what was new). Hidden, removed and deleted posts keep their place with an explanation instead of their text; the
     * author still sees their own hidden post and why.
     */
    @Transactional
    public PostPage read(Long threadId, int page, Caller caller) {
        return read(threadId, page, PAGE_SIZE, caller);
    }

    /** A page of {@code pageSize} posts (1 to 100); page 0 or less: the last page. */
    @Transactional
    public PostPage read(Long threadId, int page, int pageSize, Caller caller) {
        DiscussionThread thread = discussions.thread(threadId);
        CommunityService.Access access = discussions.readable(thread.getCommunity(), caller);
        Long me = access.person().getId();
        int size = Math.max(1, Math.min(pageSize, 100));
        long total = communities.postCount(threadId);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int number = page <= 0 ? pages : Math.min(page, pages);
        Instant lastRead = communities.readMarks(me, List.of(threadId)).get(threadId);
        List<PostView> items = new ArrayList<>();
        for (Post post : communities.posts(threadId, (number - 1) * size, size)) {
            boolean mine = post.getAuthor().getId().equals(me);
            boolean visible = post.isShown() || mine && !post.isDeleted() && post.getStatus() != PostStatus.VERWIJDERD
                    || access.facilitator() && !post.isDeleted() && post.getStatus() != PostStatus.VERWIJDERD;
            items.add(new PostView(post, visible ? post.getBodyHtml() : "",
                    !mine && (lastRead == null || post.getCreatedAt().isAfter(lastRead)), mine));
        }
        if (number == pages) {
            communities.markRead(threadId, me, communityService.now());
        }
        return new PostPage(thread, items, total, number, size, communities.isFollowing(threadId, me));
    }

    /**
     * The earlier texts of a post, for the CoP's facilitators (and admins) only: members see that a post was edited, not
     * what it said before. A deleted or removed post has none (its texts are erased).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostRevision> revisions(Long postId, Caller caller) {
        Post post = discussions.post(postId);
        communityService.requireFacilitator(post.getThread().getCommunity(), caller,
                Message.of("access.discussion.revisionsFacilitatorsOnly"));
        if (post.isDeleted() || post.getStatus() == PostStatus.VERWIJDERD) {
            return List.of();
        }
        return communities.revisions(postId);
    }

    /**
     * Of these posts, the ids of those {@code caller} may read — shown (not removed or hidden) in a CoP they are an
     * active member of, or any CoP for an admin — in two reads for all of them (search results).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> readableAmong(Collection<Long> ids, Caller caller) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        boolean admin = caller.has(Role.ADMIN);
        Set<Long> memberOf = admin ? Set.of() : communityService.communitiesOf(caller, false);
        Set<Long> readable = new HashSet<>();
        for (Post post : communities.findPosts(ids)) {
            if (post.isShown() && (admin || memberOf.contains(post.getThread().getCommunity().getId()))) {
                readable.add(post.getId());
            }
        }
        return readable;
    }
}
