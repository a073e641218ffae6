package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Mentions;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.domain.model.community.PostRevision;
import nl.lerendstelsel.domain.model.community.PostStatus;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.text.HtmlSanitizer;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.text.PostBody;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Discussions in a CoP. Members read and write; facilitators pin and lock; authors edit (earlier text kept, for the
 * facilitators) and delete (the text erased, a placeholder kept) their own posts. Every post passes the allow-list sanitiser and the personal-data guard before it is stored.
 * Writing follows the thread; followers hear of new posts, mentioned members of the mention. Reading is
 * {@link DiscussionQueries}.
 */
@ApplicationScoped
public class DiscussionService {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 10_000;

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityService communityService;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    @Inject
    jakarta.enterprise.event.Event<nl.lerendstelsel.domain.model.search.ContentChanged> contentChanges;

    private void indexed(Post post) {
        contentChanges.fire(new nl.lerendstelsel.domain.model.search.ContentChanged(
                nl.lerendstelsel.domain.model.search.ContentChanged.Kind.BERICHT, post.getId()));
    }

    /** The body as the client sent it: the forms' light markup, or HTML (API); exactly one. */
    public record Body(String text, String html) {

        public static Body markup(String text) {
            return new Body(text, null);
        }

        PostBody toPostBody() {
            return html != null && !html.isBlank() ? PostBody.fromHtml(html) : PostBody.fromMarkup(text);
        }
    }

    @Transactional
    public DiscussionThread start(Long communityId, String title, Body body, Caller caller) {
        Community community = communityService.load(communityId);
        CommunityService.Access access = readable(community, caller);
        FieldErrors errors = new FieldErrors();
        String checkedTitle = InputChecks.required(errors, "titel", title, TITLE_MIN, TITLE_MAX);
        PostBody content = checked(body, errors);
        InputChecks.rejectPersonalData("titel", checkedTitle);
        Instant now = communityService.now();
        DiscussionThread thread = new DiscussionThread(community, checkedTitle, access.person(), now);
        communities.add(thread);
        communities.flush();
        Post post = new Post(thread, access.person(), content, now);
        communities.add(post);
        thread.posted(now);
        communities.follow(thread.getId(), access.person().getId(), now);
        communities.markRead(thread.getId(), access.person().getId(), now);
        auditLog.success(access.person(), "COP_DISCUSSIE_GESTART", "Thread", thread.getId(), caller, null);
        communities.flush();
        indexed(post);
        mention(community, thread, content, access.person());
        return thread;
    }

    @Transactional
    public Post reply(Long threadId, Body body, Caller caller) {
        DiscussionThread thread = thread(threadId);
        CommunityService.Access access = readable(thread.getCommunity(), caller);
        if (thread.isLocked() && !access.facilitator()) {
            throw new NotPossibleException(Message.of("refusal.discussion.locked"));
        }
        FieldErrors errors = new FieldErrors();
        PostBody content = checked(body, errors);
        Instant now = communityService.now();
        Post post = new Post(thread, access.person(), content, now);
        communities.add(post);
        thread.posted(now);
        communities.flush();
        Set<Long> mentioned = mention(thread.getCommunity(), thread, content, access.person());
        Set<Long> followers = new LinkedHashSet<>(communities.threadFollowers(thread.getId()));
        followers.removeAll(mentioned);
        // only who may read the thread now: its CoP's current members (a membership that ends also ends its follows;
        // this covers follows from before that rule too)
        followers.retainAll(new java.util.HashSet<>(communityService.memberIds(thread.getCommunity().getId())));
        notifications.tell(followers, NotificationKind.DISCUSSIE, thread.getReference(),
                Message.of("notification.discussion.newPost", access.person().getDisplayName(), thread.getTitle()),
                Message.verbatim(content.visibleText()), access.person().getId());
        communities.follow(thread.getId(), access.person().getId(), now);
        communities.markRead(thread.getId(), access.person().getId(), now);
        auditLog.success(access.person(), "COP_BERICHT_GEPLAATST", "Post", post.getId(), caller, null);
        indexed(post);
        return post;
    }

    /** The author changes their post; the earlier text is kept and the post shows "bewerkt". */
    @Transactional
    public Post edit(Long postId, Body body, Long expectedVersion, Caller caller) {
        Post post = post(postId);
        CommunityService.Access access = readable(post.getThread().getCommunity(), caller);
        ownLivePost(post, access);
        if (expectedVersion != null && expectedVersion != post.getVersion()) {
            throw new ConcurrentChangeException("bericht " + postId, post.getVersion());
        }
        PostBody content = checked(body, new FieldErrors());
        if (content.html().equals(post.getBodyHtml()) && content.source().equals(post.getBody())) {
            return post;
        }
        PostRevision earlier = post.edit(content, communityService.now());
        communities.add(earlier);
        auditLog.success(access.person(), "COP_BERICHT_BEWERKT", "Post", post.getId(), caller, null);
        indexed(post);
        return post;
    }

    /**
     * The author deletes their post: its text and earlier texts are erased and a placeholder stays in the thread; the
     * audit log keeps who deleted it and when, not the text.
     */
    @Transactional
    public Post delete(Long postId, Caller caller) {
        Post post = post(postId);
        CommunityService.Access access = readable(post.getThread().getCommunity(), caller);
        ownLivePost(post, access);
        erase(post, () -> post.delete(communityService.now()));
        auditLog.success(access.person(), "COP_BERICHT_VERWIJDERD_DOOR_AUTEUR", "Post", post.getId(), caller, null);
        indexed(post);
        return post;
    }

    /**
     * Erases a post's text by {@code deleting} it: its earlier texts go, and the notifications that quoted it (new post,
     * mention) keep their title only.
     */
    void erase(Post post, Runnable deleting) {
        Set<String> texts = new HashSet<>();
        texts.add(HtmlSanitizer.visibleText(post.getBodyHtml()));
        communities.revisions(post.getId()).forEach(r -> texts.add(HtmlSanitizer.visibleText(r.getBodyHtml())));
        deleting.run();
        communities.deleteRevisions(post.getId());
        notifications.eraseQuotes(post.getThread().getReference(), List.of(NotificationKind.DISCUSSIE, NotificationKind.VERMELDING),
                texts);
    }

    private static void ownLivePost(Post post, CommunityService.Access access) {
        if (!post.getAuthor().getId().equals(access.person().getId())) {
            throw new AccessDeniedException(Message.of("access.discussion.ownPostsOnly"));
        }
        if (post.isDeleted() || post.getStatus() == PostStatus.VERWIJDERD) {
            throw new NotPossibleException(Message.of("refusal.discussion.postDeleted"));
        }
    }

    @Transactional
    public DiscussionThread pin(Long threadId, boolean pinned, Caller caller) {
        return facilitatorSetting(threadId, caller, pinned ? "COP_DISCUSSIE_VASTGEZET" : "COP_DISCUSSIE_LOSGEMAAKT",
                t -> t.setPinned(pinned));
    }

    @Transactional
    public DiscussionThread lock(Long threadId, boolean locked, Caller caller) {
        return facilitatorSetting(threadId, caller, locked ? "COP_DISCUSSIE_GESLOTEN" : "COP_DISCUSSIE_HEROPEND",
                t -> t.setLocked(locked));
    }

    private DiscussionThread facilitatorSetting(Long threadId, Caller caller, String action,
                                                java.util.function.Consumer<DiscussionThread> change) {
        DiscussionThread thread = thread(threadId);
        CommunityService.Access access = communityService.requireFacilitator(thread.getCommunity(), caller,
                Message.of("access.cop.facilitatorsOnly"));
        change.accept(thread);
        auditLog.success(access.person(), action, "Thread", thread.getId(), caller, null);
        return thread;
    }

    @Transactional
    public void follow(Long threadId, boolean follow, Caller caller) {
        DiscussionThread thread = thread(threadId);
        CommunityService.Access access = readable(thread.getCommunity(), caller);
        if (follow) {
            communities.follow(threadId, access.person().getId(), communityService.now());
        } else {
            communities.unfollow(threadId, access.person().getId());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DiscussionThread thread(Long id) {
        return communities.findThread(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.discussion", String.valueOf(id))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Post post(Long id) {
        return communities.findPost(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.post", String.valueOf(id))));
    }

    /** Members (and admins) read a CoP's discussions; others are told the CoP's content is for members. */
    CommunityService.Access readable(Community community, Caller caller) {
        return communityService.requireMember(community, caller);
    }


    private PostBody checked(Body body, FieldErrors errors) {
        PostBody content = body == null ? PostBody.fromMarkup("") : body.toPostBody();
        if (content.isBlank()) {
            errors.put("tekst", Message.of("input.discussion.textRequired"));
        } else if (content.source().length() > BODY_MAX) {
            errors.put("tekst", Message.of("input.maxLength", BODY_MAX));
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("tekst", content.visibleText());
        return content;
    }

    /** Notifies the active members mentioned in {@code content} (not the author); returns their ids. */
    private Set<Long> mention(Community community, DiscussionThread thread, PostBody content, UserProfile author) {
        Set<String> names = Mentions.in(content.visibleText());
        Set<Long> ids = new LinkedHashSet<>();
        if (names.isEmpty()) {
            return ids;
        }
        for (var membership : communities.memberships(community.getId(), nl.lerendstelsel.domain.model.community.MembershipStatus.ACTIEF)) {
            UserProfile person = membership.getPerson();
            if (person.getUsername() != null && names.contains(person.getUsername().toLowerCase(java.util.Locale.ROOT))) {
                ids.add(person.getId());
            }
        }
        notifications.tell(ids, NotificationKind.VERMELDING, thread.getReference(),
                Message.of("notification.discussion.mentioned", author.getDisplayName(), thread.getTitle()),
                Message.verbatim(content.visibleText()), author.getId());
        return ids;
    }
}
