package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;

/**
 * What a CoP's facilitators do about its members on the CoP's page ({@link CommunityPage}): decide on requests to join
 * (a reason for a refusal), invite people and remove a member (with a reason). The membership rules are {@link
 * MembershipService}'s; a refusal shows at its field.
 */
@Named("copMembers")
@RequestScoped
public class CommunityMembersForm {

    @Inject
    CommunityPage page;

    @Inject
    MembershipService memberships;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private String inviteUsername;
    private String decisionReason;
    private String removeUsername;
    private String removeReason;

    // Read once per request: the page evaluates each of these several times (rendered="…", then the list itself).
    private List<Membership> requests;
    private List<Membership> invited;

    public List<Membership> getRequests() {
        if (requests == null) {
            requests = page.isFacilitator() ? memberships.pending(page.getId(), MembershipStatus.AANGEVRAAGD, caller()) : List.of();
        }
        return requests;
    }

    public List<Membership> getInvited() {
        if (invited == null) {
            invited = page.isFacilitator() ? memberships.pending(page.getId(), MembershipStatus.UITGENODIGD, caller()) : List.of();
        }
        return invited;
    }

    public String approve(String username) {
        feedback.run(() -> memberships.decide(page.getId(), username, true, null, caller()), "cop.requestApproved", Map.of(), null);
        reset();
        return null;
    }

    public String decline(String username) {
        feedback.run(() -> memberships.decide(page.getId(), username, false, decisionReason, caller()), "cop.requestDeclined",
                Map.of("reden", "aanvragen:reden"), null);
        reset();
        return null;
    }

    public String invite() {
        if (feedback.run(() -> memberships.invite(page.getId(), inviteUsername, caller()), "cop.invited",
                Map.of("gebruikersnaam", "uitnodigen:gebruikersnaam"), "uitnodigen:gebruikersnaam")) {
            inviteUsername = null;
        }
        reset();
        return null;
    }

    public String remove() {
        if (feedback.run(() -> memberships.remove(page.getId(), removeUsername, removeReason, caller()), "cop.removed",
                Map.of("gebruikersnaam", "verwijderen:lid", "reden", "verwijderen:reden"), "verwijderen:lid")) {
            removeUsername = null;
            removeReason = null;
        }
        reset();
        return null;
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    private void reset() {
        requests = null;
        invited = null;
        page.reset();
    }

    public String getInviteUsername() {
        return inviteUsername;
    }

    public void setInviteUsername(String inviteUsername) {
        this.inviteUsername = inviteUsername;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public String getRemoveUsername() {
        return removeUsername;
    }

    public void setRemoveUsername(String removeUsername) {
        this.removeUsername = removeUsername;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }
}
