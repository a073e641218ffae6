package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.Viewers;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipAct;
import nl.lerendstelsel.domain.model.community.MembershipException;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Membership of CoPs, following {@link nl.lerendstelsel.domain.model.community.MembershipRules}: an admin appoints
 * facilitators; people join, ask, accept or decline invitations and leave; a CoP's facilitators decide on requests,
 * invite and remove. Every act is audited and the person concerned is told; whose membership ends follows none of the
 * CoP's discussions any more. Who may act is {@link CommunityService#access}'s answer.
 */
@ApplicationScoped
public class MembershipService {

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityService cops;

    @Inject
    Profiles people;

    @Inject
    Viewers viewers;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    /** An admin appoints someone with the {@code facilitator} role as facilitator of a CoP, or relieves them. */
    @Transactional
    public Membership appoint(Long id, String username, boolean facilitator, Caller caller) {
        cops.requireAdmin(caller);
        Community community = cops.load(id);
        UserProfile admin = people.of(caller);
        UserProfile person = cops.userNamed(username);
        if (facilitator && !person.getRoles().contains(Role.FACILITATOR)) {
            throw InvalidInputException.of("gebruikersnaam",
                    Message.of("input.cop.notFacilitatorRole", person.getDisplayName()));
        }
        Membership membership = communities.membership(id, person.getId()).orElseGet(() -> {
            Membership created = new Membership(community, person);
            communities.add(created);
            return created;
        });
        if (!facilitator && membership.isFacilitator() && communities.otherFacilitators(id, person.getId()) == 0) {
            throw new NotPossibleException(Message.of("refusal.cop.lastFacilitator"));
        }
        membership.appoint(facilitator, admin, clock.instant());
        cops.audit(admin, facilitator ? "COP_FACILITATOR_AANGEWEZEN" : "COP_FACILITATOR_ONTHEVEN", community, caller, username);
        notifications.tell(List.of(person.getId()), NotificationKind.LIDMAATSCHAP, community.getReference(),
                Message.of(facilitator ? "notification.cop.facilitator" : "notification.cop.facilitatorNoMore", community.getName()),
                null, admin.getId());
        return membership;
    }

    /** Joins an open CoP, asks to join one "op aanvraag", or accepts an invitation. */
    @Transactional
    public Membership join(Long id, Caller caller) {
        Community community = cops.load(id);
        UserProfile person = people.of(caller);
        Membership membership = communities.membership(id, person.getId()).orElse(null);
        boolean fresh = membership == null;
        if (fresh) {
            membership = new Membership(community, person);
        }
        MembershipStatus status = apply(membership, MembershipAct.AANMELDEN, community, person, null);
        if (fresh) {
            communities.add(membership);
        }
        cops.audit(person, status == MembershipStatus.AANGEVRAAGD ? "COP_LIDMAATSCHAP_AANGEVRAAGD" : "COP_LID_GEWORDEN",
                community, caller, null);
        if (status == MembershipStatus.AANGEVRAAGD) {
            notifications.tell(communities.facilitatorIds(id), NotificationKind.LIDMAATSCHAP, community.getReference(),
                    Message.of("notification.cop.membershipRequested", person.getDisplayName(), community.getName()),
                    Message.of("notification.cop.membershipRequested.text"), person.getId());
        }
        return membership;
    }

    @Transactional
    public Membership leave(Long id, Caller caller) {
        return selfAct(id, MembershipAct.VERLATEN, "COP_VERLATEN", caller);
    }

    @Transactional
    public Membership declineInvitation(Long id, Caller caller) {
        return selfAct(id, MembershipAct.UITNODIGING_AFSLAAN, "COP_UITNODIGING_AFGESLAGEN", caller);
    }

    private Membership selfAct(Long id, MembershipAct act, String action, Caller caller) {
        Community community = cops.load(id);
        UserProfile person = people.of(caller);
        Membership membership = communities.membership(id, person.getId())
                .orElseThrow(() -> new NotPossibleException(act == MembershipAct.VERLATEN
                        ? Message.of("refusal.cop.youAreNotAMember") : Message.of("refusal.cop.noPendingInvitation")));
        apply(membership, act, community, person, null);
        endFollowsUnlessMember(membership, community, person);
        cops.audit(person, action, community, caller, null);
        return membership;
    }

    /** Someone whose membership ended follows none of the CoP's discussions any more: they may no longer read them. */
    private void endFollowsUnlessMember(Membership membership, Community community, UserProfile person) {
        if (!membership.isActive()) {
            communities.unfollowAll(community.getId(), person.getId());
        }
    }

    /** A facilitator approves or declines (with a reason the person sees) a request to join. */
    @Transactional
    public Membership decide(Long id, String username, boolean approve, String reason, Caller caller) {
        return facilitatorAct(id, username, approve ? MembershipAct.GOEDKEUREN : MembershipAct.AFWIJZEN, reason, caller);
    }

    @Transactional
    public Membership invite(Long id, String username, Caller caller) {
        return facilitatorAct(id, username, MembershipAct.UITNODIGEN, null, caller);
    }

    /** A facilitator removes a member, with a reason the person sees. */
    @Transactional
    public Membership remove(Long id, String username, String reason, Caller caller) {
        return facilitatorAct(id, username, MembershipAct.VERWIJDEREN, reason, caller);
    }

    private Membership facilitatorAct(Long id, String username, MembershipAct act, String reason, Caller caller) {
        Community community = cops.load(id);
        CommunityService.Access access = cops.requireFacilitator(community, caller, Message.of("access.cop.decideMembers"));
        String why = null;
        if (act.needsReason()) {
            why = InputChecks.reason(reason, 1, CommunityService.REASON_MAX);
        }
        UserProfile person = cops.userNamed(username);
        Membership membership = communities.membership(id, person.getId()).orElse(null);
        boolean fresh = membership == null;
        if (fresh) {
            membership = new Membership(community, person);
        }
        apply(membership, act, community, access.person(), why);
        if (fresh) {
            communities.add(membership);
        } else {
            endFollowsUnlessMember(membership, community, person);
        }
        cops.audit(access.person(), "COP_LIDMAATSCHAP_" + act.name(), community, caller, username);
        notifications.tell(List.of(person.getId()), NotificationKind.LIDMAATSCHAP, community.getReference(),
                switch (act) {
                    case GOEDKEUREN -> Message.of("notification.cop.membershipApproved", community.getName());
                    case AFWIJZEN -> Message.of("notification.cop.membershipDeclined", community.getName());
                    case UITNODIGEN -> Message.of("notification.cop.invited", community.getName());
                    case VERWIJDEREN -> Message.of("notification.cop.removed", community.getName());
                    default -> Message.verbatim(community.getName());
                }, Message.verbatim(why), access.person().getId());
        return membership;
    }

    private MembershipStatus apply(Membership membership, MembershipAct act, Community community, UserProfile actor,
                                   String reason) {
        int others = communities.otherFacilitators(community.getId(), membership.getPerson().getId());
        try {
            return membership.apply(act, community.getMembershipMode(), others, actor, reason, clock.instant());
        } catch (MembershipException e) {
            throw new NotPossibleException(e);
        }
    }

    /** Pending requests and invitations, for the CoP's facilitators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> pending(Long id, MembershipStatus status, Caller caller) {
        cops.requireFacilitator(cops.load(id), caller, Message.of("access.cop.seeRequests"));
        return communities.memberships(id, status);
    }

    /** The caller's memberships of any status, per CoP id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Membership> membershipsOf(Caller caller) {
        Map<Long, Membership> result = new java.util.HashMap<>();
        Long person = viewers.of(caller).profileId();
        if (person != null) {
            communities.membershipsOf(person, null).forEach(m -> result.put(m.getCommunity().getId(), m));
        }
        return result;
    }

    /** The caller's pending invitations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> invitations(Caller caller) {
        Long person = viewers.of(caller).profileId();
        return person == null ? List.of() : communities.membershipsOf(person, MembershipStatus.UITGENODIGD);
    }
}
