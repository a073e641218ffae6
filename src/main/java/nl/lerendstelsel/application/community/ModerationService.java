package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Flag;
import nl.lerendstelsel.domain.model.community.FlagPolicy;
import nl.lerendstelsel.domain.model.community.FlagReason;
import nl.lerendstelsel.domain.model.community.FlagResolution;
import nl.lerendstelsel.domain.model.community.ModerationAct;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.domain.model.community.PostStatus;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Flags and the review queue. Any member flags a post once; at the threshold of open flags it is hidden pending review.
 * A facilitator moderates only the CoPs they facilitate (admins all): the check is here, in the service, for every
 * act, whatever the client. Every act is audited; the CoP's facilitators are told of every flag (and when a post is
 * held for their review), the author when their post is hidden or removed, and why.
 */
@ApplicationScoped
public class ModerationService {

    static final int NOTE_MAX = 1_000;

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityService communityService;

    @Inject
    DiscussionService discussions;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    @Inject
    jakarta.enterprise.event.Event<nl.lerendstelsel.domain.model.search.ContentChanged> contentChanges;

    @Inject
    SettingsService settings;

    /** A flagged post with its open flags, as the review queue shows it. */
    public record Review(Post post, List<Flag> flags) {
    }

    FlagPolicy policy() {
        return new FlagPolicy(settings.current().days(nl.lerendstelsel.domain.model.settings.Setting.FLAG_THRESHOLD));
    }

    @Transactional
    public Flag flag(Long postId, FlagReason reason, String note, Caller caller) {
        Post post = discussions.post(postId);
        CommunityService.Access access = discussions.readable(post.getThread().getCommunity(), caller);
        if (post.getAuthor().getId().equals(access.person().getId())) {
            throw new NotPossibleException(Message.of("refusal.moderation.ownPost"));
        }
        if (post.isDeleted() || post.getStatus() == PostStatus.VERWIJDERD || post.getStatus() == PostStatus.VERBORGEN) {
            throw new NotPossibleException(Message.of("refusal.moderation.alreadyGone"));
        }
        if (communities.hasFlagged(postId, access.person().getId())) {
            throw new NotPossibleException(Message.of("refusal.moderation.alreadyFlagged"));
        }
        FieldErrors errors = new FieldErrors();
        if (reason == null) {
            errors.put("reden", Message.of("input.moderation.reason"));
        }
        String checkedNote = InputChecks.optional(errors, "toelichting", note, NOTE_MAX);
        if (reason == FlagReason.ANDERS && checkedNote == null) {
            errors.put("toelichting", Message.of("input.moderation.explainOther"));
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("toelichting", checkedNote);
        Instant now = communityService.now();
        Flag flag = new Flag(post, access.person(), reason, checkedNote, now);
        communities.add(flag);
        PostStatus before = post.getStatus();
        post.flagged(policy().threshold());
        communities.flush();
        auditLog.record(access.person().getUsername(), "COP_BERICHT_GEMELD", "Post", String.valueOf(postId),
                AuditEntry.Result.SUCCESS, caller.origin(), reason.name());
        contentChanges.fire(new nl.lerendstelsel.domain.model.search.ContentChanged(
                nl.lerendstelsel.domain.model.search.ContentChanged.Kind.BERICHT, postId));
        boolean held = before != post.getStatus();
        if (held) {
            auditLog.record("systeem", "COP_BERICHT_IN_BEOORDELING", "Post", String.valueOf(postId), AuditEntry.Result.SUCCESS,
                    caller.origin(), post.getOpenFlags() + " meldingen");
        }
        DiscussionThread thread = post.getThread();
        Message why = Message.of("notification.moderation.reason." + reason.name());
        notifications.tell(communityService.facilitatorIds(thread.getCommunity().getId()), NotificationKind.BEOORDELING,
                thread.getReference(), held
                        ? Message.of("notification.moderation.held", String.valueOf(post.getOpenFlags()), thread.getTitle(),
                                thread.getCommunity().getName())
                        : Message.of("notification.moderation.flagged", thread.getTitle(), thread.getCommunity().getName()),
                checkedNote == null ? Message.of("notification.moderation.flagged.text", why)
                        : Message.of("notification.moderation.flagged.note", why, checkedNote),
                access.person().getId());
        return flag;
    }

    /** The review queue: flagged posts of the CoPs the caller facilitates (every CoP for admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> queue(Caller caller) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.FACILITATOR)) {
            throw new AccessDeniedException(Message.of("access.moderation.facilitatorsAndAdmins"));
        }
        List<Post> posts = communities.reviewQueue(caller.has(Role.ADMIN) ? null : communityService.communitiesOf(caller, true));
        return posts.stream().map(p -> new Review(p, communities.openFlags(p.getId()))).toList();
    }

    /** The queue of one CoP, for its facilitators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> queue(Long communityId, Caller caller) {
        requireFacilitator(communityId, caller);
        return communities.reviewQueue(List.of(communityId)).stream()
                .map(p -> new Review(p, communities.openFlags(p.getId()))).toList();
    }

    /**
     * A facilitator's decision on a flagged post. {@code flagId} names the flag for {@link ModerationAct#MELDING_AFWIJZEN};
     * hiding and removing need a reason, which the author sees.
     */
    @Transactional
    public Post moderate(Long postId, ModerationAct act, Long flagId, String reason, Caller caller) {
        Post post = discussions.post(postId);
        CommunityService.Access access = requireFacilitator(post.getThread().getCommunity().getId(), caller);
        if (act == null) {
            throw InvalidInputException.of("besluit", Message.of("input.moderation.decision"));
        }
        if ((act == ModerationAct.GOEDKEUREN || act == ModerationAct.VERBERGEN)
                && (post.isDeleted() || post.getStatus() == PostStatus.VERWIJDERD)) {
            throw new NotPossibleException(Message.of("refusal.discussion.postDeleted")); // its text is gone: nothing to show
        }
        String why = null;
        if (act.needsReason()) {
            why = InputChecks.reason(reason, 1, CommunityService.REASON_MAX);
        }
        Instant now = communityService.now();
        List<Flag> open = communities.openFlags(postId);
        if (act == ModerationAct.MELDING_AFWIJZEN) {
            Flag flag = open.stream().filter(f -> f.getId().equals(flagId)).findFirst()
                    .orElseThrow(() -> new NotPossibleException(Message.of("refusal.moderation.flagGone")));
            flag.resolve(FlagResolution.AFGEWEZEN, access.person(), now);
        } else {
            FlagResolution resolution = switch (act) {
                case GOEDKEUREN -> FlagResolution.GOEDGEKEURD;
                case VERBERGEN -> FlagResolution.VERBORGEN;
                default -> FlagResolution.VERWIJDERD;
            };
            open.forEach(f -> f.resolve(resolution, access.person(), now));
        }
        if (act == ModerationAct.VERWIJDEREN) {
            String reasonGiven = why;
            discussions.erase(post, () -> post.moderate(act, reasonGiven, policy().threshold())); // removing erases the text
        } else {
            post.moderate(act, why, policy().threshold());
        }
        contentChanges.fire(new nl.lerendstelsel.domain.model.search.ContentChanged(
                nl.lerendstelsel.domain.model.search.ContentChanged.Kind.BERICHT, postId));
        auditLog.record(access.person().getUsername(), "COP_MODERATIE_" + act.name(), "Post", String.valueOf(postId),
                AuditEntry.Result.SUCCESS, caller.origin(), why);
        if (act == ModerationAct.VERBERGEN || act == ModerationAct.VERWIJDEREN) {
            notifications.tell(List.of(post.getAuthor().getId()), NotificationKind.MODERATIE, post.getThread().getReference(),
                    Message.of(act == ModerationAct.VERBERGEN ? "notification.moderation.hidden" : "notification.moderation.removed",
                            post.getThread().getTitle()), Message.of("notification.reason", why), access.person().getId());
        }
        return post;
    }

    private CommunityService.Access requireFacilitator(Long communityId, Caller caller) {
        return communityService.requireFacilitator(communityService.load(communityId), caller,
                Message.of("access.moderation.ownCops"));
    }
}
