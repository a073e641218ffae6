package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.ModerationService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.FlagReason;
import nl.lerendstelsel.domain.model.community.PostRevision;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import nl.lerendstelsel.interfaces.web.Shown;

/**
 * A discussion: a page of posts with "nieuw" markers, the reply form, editing and deleting one's own posts (deleting
 * asks first), flagging others' posts, following, and pinning or locking for facilitators.
 */
@Named("thread")
@RequestScoped
public class ThreadPage {

    @Inject
    OutcomeService outcomeService;

    @Inject
    DiscussionService service;

    @Inject
    DiscussionQueries discussionQueries;

    @Inject
    ModerationService moderation;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private int page;
    private Long editing;
    private Long flagging;
    private Long deleting;
    private final Shown<DiscussionQueries.PostPage> result = new Shown<>("thread.missing", "thread.membersOnly");
    private CommunityService.Access access;

    private String replyText;
    private String editText;
    private FlagReason flagReason;
    private String flagNote;

    /**
     * Which post is being edited, flagged or deleted, and the thread itself, travel with the forms (plain hidden fields),
     * read here before the page decides which forms exist on a postback (view parameters reach the bean only after that).
     */
    @jakarta.annotation.PostConstruct
    void restoreOpenForm() {
        editing = RequestParameters.number("bewerk");
        flagging = RequestParameters.number("meld");
        deleting = RequestParameters.number("verwijder");
        if (id == null) {
            id = RequestParameters.number("id");
        }
        Long shown = RequestParameters.number("pagina");
        if (shown != null) {
            page = shown.intValue();
        }
    }


    public DiscussionQueries.PostPage getResult() {
        return result.get(id, this::read);
    }

    private DiscussionQueries.PostPage read() {
        return discussionQueries.read(id, page, currentUser.caller().orElseThrow());
    }

    /** Why the thread is not shown (message key), or null. */
    public String getProblem() {
        return result.problem(id, this::read);
    }

    public DiscussionThread getThread() {
        return getResult() == null ? null : getResult().thread();
    }

    public boolean isFacilitator() {
        if (access == null && getThread() != null) {
            access = communities.access(getThread().getCommunity(), currentUser.caller().orElseThrow());
        }
        return access != null && access.facilitator();
    }

    /** The page number shown (the last page when none was asked for), so a postback acts on the same posts. */
    public int getShownPage() {
        return getResult() == null ? 0 : getResult().page();
    }

    public long getPageCount() {
        return getResult() == null ? 1 : Math.max(1, (getResult().total() + getResult().pageSize() - 1) / getResult().pageSize());
    }

    public boolean isCanReply() {
        return getThread() != null && (!getThread().isLocked() || isFacilitator());
    }

    public String reply() {
        if (feedback.run(() -> service.reply(id, DiscussionService.Body.markup(replyText), caller()), "thread.replied",
                Map.of("tekst", "reageren:tekst"), "reageren:tekst")) {
            replyText = null;
            page = 0;
        }
        result.reset();
        return null;
    }

    public String startEdit(long postId) {
        editing = postId;
        editText = service.post(postId).getBody();
        return null;
    }

    public String saveEdit() {
        if (feedback.run(() -> service.edit(editing, DiscussionService.Body.markup(editText), null, caller()), "thread.edited",
                Map.of("tekst", "bericht-bewerken:tekst"), "bericht-bewerken:tekst")) {
            editing = null;
        }
        result.reset();
        return null;
    }

    public String cancel() {
        editing = null;
        flagging = null;
        deleting = null;
        return null;
    }

    public String askDelete(long postId) {
        deleting = postId;
        return null;
    }

    public String delete() {
        feedback.run(() -> service.delete(deleting, caller()), "thread.deleted", Map.of(), null);
        deleting = null;
        result.reset();
        return null;
    }

    public String startFlag(long postId) {
        flagging = postId;
        return null;
    }

    public String flag() {
        if (feedback.run(() -> moderation.flag(flagging, flagReason, flagNote, caller()), "thread.flagged",
                Map.of("reden", "melden:reden", "toelichting", "melden:toelichting"), "melden:reden")) {
            flagging = null;
            flagNote = null;
        }
        result.reset();
        return null;
    }

    public String follow(boolean follow) {
        return switchThread(() -> service.follow(id, follow, caller()), follow ? "thread.following" : "thread.unfollowed");
    }

    public String pin(boolean pinned) {
        return switchThread(() -> service.pin(id, pinned, caller()), pinned ? "thread.pinnedDone" : "thread.unpinnedDone");
    }

    public String lock(boolean locked) {
        return switchThread(() -> service.lock(id, locked, caller()), locked ? "thread.lockedDone" : "thread.unlockedDone");
    }

    /** Turns a switch of the whole thread (following, pinned, locked) and shows the thread as it is now. */
    private String switchThread(Feedback.Action action, String doneKey) {
        feedback.run(action, doneKey, Map.of(), null);
        result.reset();
        return null;
    }

    public List<PostRevision> revisions(long postId) {
        return discussionQueries.revisions(postId, caller());
    }

    public FlagReason[] getFlagReasons() {
        return FlagReason.values();
    }

    private nl.lerendstelsel.application.Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Long getEditing() {
        return editing;
    }

    public void setEditing(Long editing) {
        this.editing = editing;
    }

    public void setFlagging(Long flagging) {
        this.flagging = flagging;
    }

    public void setDeleting(Long deleting) {
        this.deleting = deleting;
    }

    public Long getFlagging() {
        return flagging;
    }

    public Long getDeleting() {
        return deleting;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public FlagReason getFlagReason() {
        return flagReason;
    }

    public void setFlagReason(FlagReason flagReason) {
        this.flagReason = flagReason;
    }

    public String getFlagNote() {
        return flagNote;
    }

    public void setFlagNote(String flagNote) {
        this.flagNote = flagNote;
    }

    private List<nl.lerendstelsel.domain.model.community.Outcome> outcomes;

    /** The outcomes recorded from this discussion that the reader may see. */
    public List<nl.lerendstelsel.domain.model.community.Outcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = getThread() == null ? List.of()
                    : outcomeService.outcomesFrom(getThread().getCommunity().getId(), null, id, currentUser.caller().orElseThrow());
        }
        return outcomes;
    }
}
