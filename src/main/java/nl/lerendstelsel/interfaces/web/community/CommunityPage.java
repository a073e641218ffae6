package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import nl.lerendstelsel.interfaces.web.Shown;

/**
 * A CoP's page: what it is about, the caller's membership and what they can do about it, and for members the upcoming
 * meetings, recent discussions (with a form to start one), its knelpunten board, outcomes and members. What facilitators
 * do about members is {@link CommunityMembersForm}.
 */
@Named("cop")
@RequestScoped
public class CommunityPage {

    @Inject
    CommunityService service;

    @Inject
    MembershipService memberships;

    @Inject
    DiscussionService discussions;

    @Inject
    DiscussionQueries discussionQueries;

    @Inject
    MeetingService meetings;

    @Inject
    OutcomeService outcomeService;

    @Inject
    BottleneckQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private final Shown<Community> community = new Shown<>("cop.missing", "cop.missing");
    private CommunityService.Access access;

    private String threadTitle;
    private String threadText;
    private boolean confirmLeave;


    /**
     * The page's {@code id} also travels with every form as a plain field, read here before the page decides which
     * forms and buttons exist on a postback (view parameters reach the bean only after that).
     */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
    }

    public Community getCommunity() {
        return community.get(id, () -> service.load(id));
    }

    public CommunityService.Access getAccess() {
        if (access == null && getCommunity() != null) {
            access = service.access(getCommunity(), currentUser.caller().orElseThrow());
        }
        return access;
    }

    public boolean isMember() {
        return getAccess() != null && getAccess().member();
    }

    public boolean isFacilitator() {
        return getAccess() != null && getAccess().facilitator();
    }

    public MembershipStatus getMyStatus() {
        return getAccess() == null ? null : getAccess().status().orElse(null);
    }

    /** The join button: not a member, no pending request, and the mode allows it or there is an invitation. */
    public boolean isCanJoin() {
        MembershipStatus status = getMyStatus();
        if (getCommunity() == null || status == MembershipStatus.ACTIEF || status == MembershipStatus.AANGEVRAAGD) {
            return false;
        }
        return status == MembershipStatus.UITGENODIGD || getCommunity().getMembershipMode() != MembershipMode.OP_UITNODIGING;
    }

    public String getJoinKey() {
        MembershipStatus status = getMyStatus();
        if (status == MembershipStatus.UITGENODIGD) {
            return "cop.acceptInvitation";
        }
        return getCommunity().getMembershipMode() == MembershipMode.OPEN && status != MembershipStatus.VERWIJDERD
                ? "cop.join" : "cop.request";
    }

    public String join() {
        feedback.run(() -> {
            Membership m = memberships.join(id, caller());
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(context, m.isActive() ? "cop.joined" : "cop.requested", m.getCommunity().getName()), null));
        }, null, Map.of(), null);
        reset();
        return null;
    }

    public String declineInvitation() {
        feedback.run(() -> memberships.declineInvitation(id, caller()), "cop.invitationDeclined", Map.of(), null);
        reset();
        return null;
    }

    /** Leaving is confirmed first: this shows the question, {@link #leave()} does it. */
    public String askLeave() {
        confirmLeave = true;
        return null;
    }

    public String leave() {
        feedback.run(() -> memberships.leave(id, caller()), "cop.left", Map.of(), null);
        confirmLeave = false;
        reset();
        return null;
    }

    public String cancelLeave() {
        confirmLeave = false;
        return null;
    }

    private List<Membership> members;
    private BottleneckQueries.Page board;

    public List<Membership> getMembers() {
        if (members == null) {
            members = getCommunity() == null ? List.of() : service.members(id);
        }
        return members;
    }

    public List<Membership> getFacilitators() {
        return getMembers().stream().filter(Membership::isFacilitator).toList();
    }

    // Read once per request: a page evaluates each of these several times (rendered="…", then the list itself).
    private List<Meeting> upcoming;
    private List<Meeting> past;
    private List<Outcome> outcomes;

    private DiscussionQueries.ThreadPage threads;

    public List<DiscussionQueries.ThreadListing> getThreads() {
        return threadPage() == null ? List.of() : threadPage().items();
    }

    public long getThreadCount() {
        return threadPage() == null ? 0 : threadPage().total();
    }

    private DiscussionQueries.ThreadPage threadPage() {
        if (threads == null && isMember()) {
            threads = discussionQueries.threads(id, 1, caller());
        }
        return threads;
    }

    public String startThread() {
        DiscussionThread[] started = new DiscussionThread[1];
        if (feedback.run(() -> started[0] = discussions.start(id, threadTitle, DiscussionService.Body.markup(threadText), caller()),
                null, Map.of("titel", "discussie:titel", "tekst", "discussie:tekst"), null)) {
            return "/app/cops/draad.xhtml?faces-redirect=true&id=" + started[0].getId();
        }
        return null;
    }

    public List<Meeting> getUpcoming() {
        if (upcoming == null) {
            upcoming = isMember() ? meetings.meetings(id, true, caller()) : List.of();
        }
        return upcoming;
    }

    public List<Meeting> getPast() {
        if (past == null) {
            past = isMember() ? meetings.meetings(id, false, caller()).stream().limit(5).toList() : List.of();
        }
        return past;
    }

    public List<Outcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = getCommunity() == null ? List.of() : outcomeService.outcomes(id, caller());
        }
        return outcomes;
    }

    /** The CoP's knelpunten board: the newest 20 the viewer may see. */
    public BottleneckQueries.Page getBottlenecks() {
        if (board == null) {
            board = queries.list(BottleneckFilter.ofCommunity(id, queries.viewer(caller())), BottleneckSort.CHANGED_DESC, 1, 20);
        }
        return board;
    }

    /** The latest feedback on a knelpunt of the board, shown to the CoP. */
    public String feedbackOf(Bottleneck b) {
        return b.getResolution();
    }

    private nl.lerendstelsel.application.Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    /** Forgets what was read, so the page shows the state after an act. */
    public void reset() {
        community.reset();
        access = null;
        threads = null;
        members = null;
        board = null;
        upcoming = null;
        past = null;
        outcomes = null;
    }

    public boolean isMissing() {
        return getCommunity() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getThreadTitle() {
        return threadTitle;
    }

    public void setThreadTitle(String threadTitle) {
        this.threadTitle = threadTitle;
    }

    public String getThreadText() {
        return threadText;
    }

    public void setThreadText(String threadText) {
        this.threadText = threadText;
    }

    public boolean isConfirmLeave() {
        return confirmLeave;
    }
}
