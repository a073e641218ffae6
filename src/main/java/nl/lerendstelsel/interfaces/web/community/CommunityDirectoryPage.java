package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/** The directory of CoPs with filters by theme and region, the caller's standing in each, and their invitations. */
@Named("copDirectory")
@RequestScoped
public class CommunityDirectoryPage {

    @Inject
    CommunityService service;

    @Inject
    MembershipService memberships;

    @Inject
    OutcomeService outcomes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private String theme;
    private String region;
    private List<CommunityRepository.Listing> listings;
    private Map<Long, Membership> mine;

    /** The filters travel with the form too, so a postback acts on the same list the person saw (see RequestParameters). */
    @jakarta.annotation.PostConstruct
    void readFilters() {
        theme = RequestParameters.text("thema");
        region = RequestParameters.text("regio");
    }

    public List<CommunityRepository.Listing> getListings() {
        if (listings == null) {
            listings = service.directory(theme, region);
        }
        return listings;
    }

    /** The caller's membership of a CoP, if any (any status). */
    public Optional<Membership> membership(Long copId) {
        if (mine == null) {
            mine = memberships.membershipsOf(currentUser.caller().orElseThrow());
        }
        return Optional.ofNullable(mine.get(copId));
    }

    /** The message key for the caller's standing: member, facilitator, request pending, invited; empty when none. */
    public String standing(Long copId) {
        return membership(copId).map(m -> switch (m.getStatus()) {
            case ACTIEF -> m.isFacilitator() ? "cop.standing.facilitator" : "cop.standing.member";
            case AANGEVRAAGD -> "cop.standing.requested";
            case UITGENODIGD -> "cop.standing.invited";
            default -> "";
        }).orElse("");
    }

    /** Whether the join button shows: not a member, no pending request, and the mode lets them (or they are invited). */
    public boolean canJoin(CommunityRepository.Listing listing) {
        MembershipStatus status = membership(listing.community().getId()).map(Membership::getStatus).orElse(null);
        if (status == MembershipStatus.UITGENODIGD) {
            return true;
        }
        return status != MembershipStatus.ACTIEF && status != MembershipStatus.AANGEVRAAGD
                && listing.community().getMembershipMode() != nl.lerendstelsel.domain.model.community.MembershipMode.OP_UITNODIGING;
    }

    /** The join button's label: join, request, or accept the invitation. */
    public String joinKey(CommunityRepository.Listing listing) {
        MembershipStatus status = membership(listing.community().getId()).map(Membership::getStatus).orElse(null);
        if (status == MembershipStatus.UITGENODIGD) {
            return "cop.acceptInvitation";
        }
        return listing.community().getMembershipMode() == nl.lerendstelsel.domain.model.community.MembershipMode.OPEN
                && status != MembershipStatus.VERWIJDERD ? "cop.join" : "cop.request";
    }

    public void join(long copId) {
        feedback.run(() -> {
            Membership m = memberships.join(copId, currentUser.caller().orElseThrow());
            jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
            context.addMessage(null, new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                    Messages.format(context, m.isActive() ? "cop.joined" : "cop.requested", m.getCommunity().getName()), null));
        }, null, Map.of(), null);
        listings = null;
        mine = null;
    }

    public List<Membership> getInvitations() {
        return memberships.invitations(currentUser.caller().orElseThrow());
    }

    public List<Outcome> getSharedOutcomes() {
        return outcomes.sharedOutcomes(1, 5);
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
