package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.Viewers;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipAct;
import nl.lerendstelsel.domain.model.community.MembershipException;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * CoPs and membership. Admins create CoPs and appoint facilitators; facilitators describe their CoP and decide on
 * membership; people join, ask, accept invitations and leave following {@link nl.lerendstelsel.domain.model.community.MembershipRules}.
 * Every act is audited; the person concerned is notified. Who may do what in a CoP is decided by {@link #access}, the
 * one place the other CoP services ask.
 */
@ApplicationScoped
public class CommunityService {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 5_000;
    static final int REASON_MAX = 1_000;

    @Inject
    CommunityRepository communities;

    @Inject
    UserProfileRepository profiles;

    @Inject
    Profiles people;

    @Inject
    Viewers viewers;

    @Inject
    ThemeRepository themes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /**
     * What the caller is in a CoP. A member is an active member or an admin; a facilitator of this CoP holds the
     * {@code facilitator} role and an active facilitator membership here — or is an admin. Facilitating one CoP gives
     * nothing in another.
     */
    public record Access(UserProfile person, Membership membership, boolean admin, boolean facilitator) {

        public boolean member() {
            return admin || membership != null && membership.isActive();
        }

        public Optional<MembershipStatus> status() {
            return Optional.ofNullable(membership).map(Membership::getStatus);
        }
    }

    /** What an admin or facilitator fills in for a CoP; no regions means national. */
    public record CommunityInput(String name, String description, MembershipMode mode, List<String> themeCodes,
                                 List<String> regionCodes) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Access access(Community community, Caller caller) {
        UserProfile person = people.of(caller);
        Membership membership = communities.membership(community.getId(), person.getId()).orElse(null);
        boolean admin = caller.has(Role.ADMIN);
        boolean facilitator = admin || caller.has(Role.FACILITATOR) && membership != null && membership.isFacilitator();
        return new Access(person, membership, admin, facilitator);
    }

    /** The caller's access when they facilitate this CoP (or are an admin); otherwise access denied with {@code refusal}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Access requireFacilitator(Community community, Caller caller, Message refusal) {
        Access access = access(community, caller);
        if (!access.facilitator()) {
            throw new AccessDeniedException(refusal);
        }
        return access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Access access(Long communityId, Caller caller) {
        return access(load(communityId), caller);
    }

    /** Loads for anyone signed in: every CoP is listed in the directory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Community load(Long id) {
        return communities.find(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.cop", String.valueOf(id))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Community communityOrNull(Long id) {
        return communities.find(id).orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommunityRepository.Listing> directory(String themeCode, String regionCode) {
        return communities.directory(blankToNull(themeCode), blankToNull(regionCode));
    }

    /** The CoPs the caller belongs to (facilitators included); with {@code facilitatorOnly}, the ones they facilitate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> communitiesOf(Caller caller, boolean facilitatorOnly) {
        Long person = viewers.of(caller).profileId();
        return person == null || facilitatorOnly && !caller.has(Role.FACILITATOR) ? Set.of()
                : communities.communitiesOf(person, facilitatorOnly);
    }

    /** Whether the caller may act as handler for knelpunten of {@code community} (facilitator of it, or admin). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean facilitates(long communityId, Caller caller) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        Long person = caller.has(Role.FACILITATOR) ? viewers.of(caller).profileId() : null;
        return person != null && communities.membership(communityId, person).map(Membership::isFacilitator).orElse(false);
    }

    @Transactional
    public Community create(CommunityInput input, Caller caller) {
        requireAdmin(caller);
        UserProfile person = people.of(caller);
        Checked checked = check(input, null);
        Community community = new Community(checked.name(), checked.description(), input.mode(), clock.instant());
        community.scope(checked.themes(), checked.regions());
        communities.add(community);
        communities.flush();
        audit(person, "COP_AANGEMAAKT", community, caller, community.getName());
        return community;
    }

    @Transactional
    public Community update(Long id, CommunityInput input, Long expectedVersion, Caller caller) {
        Community community = load(id);
        Access access = requireFacilitator(community, caller, Message.of("access.cop.changeCop"));
        if (expectedVersion != null && expectedVersion != community.getVersion()) {
            throw new ConcurrentChangeException(community.getReference(), community.getVersion());
        }
        Checked checked = check(input, community.getId());
        community.describe(checked.name(), checked.description(), input.mode());
        community.scope(checked.themes(), checked.regions());
        audit(access.person(), "COP_GEWIJZIGD", community, caller, null);
        return community;
    }

    /** An admin appoints someone with the {@code facilitator} role as facilitator of a CoP, or relieves them. */
    @Transactional
    public Membership appoint(Long id, String username, boolean facilitator, Caller caller) {
        requireAdmin(caller);
        Community community = load(id);
        UserProfile admin = people.of(caller);
        UserProfile person = userNamed(username);
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
        audit(admin, facilitator ? "COP_FACILITATOR_AANGEWEZEN" : "COP_FACILITATOR_ONTHEVEN", community, caller, username);
        notifications.tell(List.of(person.getId()), NotificationKind.LIDMAATSCHAP, community.getReference(),
                Message.of(facilitator ? "notification.cop.facilitator" : "notification.cop.facilitatorNoMore", community.getName()),
                null, admin.getId());
        return membership;
    }

    /** Joins an open CoP, asks to join one "op aanvraag", or accepts an invitation. */
    @Transactional
    public Membership join(Long id, Caller caller) {
        Community community = load(id);
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
        audit(person, status == MembershipStatus.AANGEVRAAGD ? "COP_LIDMAATSCHAP_AANGEVRAAGD" : "COP_LID_GEWORDEN",
                community, caller, null);
        if (status == MembershipStatus.AANGEVRAAGD) {
            notifications.tell(facilitatorIds(id), NotificationKind.LIDMAATSCHAP, community.getReference(),
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
        Community community = load(id);
        UserProfile person = people.of(caller);
        Membership membership = communities.membership(id, person.getId())
                .orElseThrow(() -> new NotPossibleException(act == MembershipAct.VERLATEN
                        ? Message.of("refusal.cop.youAreNotAMember") : Message.of("refusal.cop.noPendingInvitation")));
        apply(membership, act, community, person, null);
        endFollowsUnlessMember(membership, community, person);
        audit(person, action, community, caller, null);
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
        Community community = load(id);
        Access access = requireFacilitator(community, caller, Message.of("access.cop.decideMembers"));
        String why = null;
        if (act.needsReason()) {
            FieldErrors errors = new FieldErrors();
            why = InputChecks.required(errors, "reden", reason, 1, REASON_MAX);
            errors.throwIfAny();
            InputChecks.rejectPersonalData("reden", why);
        }
        UserProfile person = userNamed(username);
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
        audit(access.person(), "COP_LIDMAATSCHAP_" + act.name(), community, caller, username);
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

    /** Active members, facilitators first: shown on the overview to everyone signed in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> members(Long id) {
        return communities.memberships(load(id).getId(), MembershipStatus.ACTIEF);
    }

    /** Pending requests and invitations, for the CoP's facilitators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> pending(Long id, MembershipStatus status, Caller caller) {
        requireFacilitator(load(id), caller, Message.of("access.cop.seeRequests"));
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public long memberCount(Long id) {
        return communities.activeMemberCount(id);
    }

    /** The ids of the active facilitators of a CoP. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> facilitatorIds(Long id) {
        return communities.facilitatorIds(id);
    }

    /** The ids of all active members of a CoP (facilitators included). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> memberIds(Long id) {
        return communities.memberships(id, MembershipStatus.ACTIEF).stream().map(m -> m.getPerson().getId()).toList();
    }

    private record Checked(String name, String description, Set<Theme> themes, Set<LabourMarketRegion> regions) {
    }

    private Checked check(CommunityInput input, Long ownId) {
        FieldErrors errors = new FieldErrors();
        String name = InputChecks.required(errors, "naam", input.name(), 3, NAME_MAX);
        String description = InputChecks.required(errors, "omschrijving", input.description(), 10, DESCRIPTION_MAX);
        if (input.mode() == null) {
            errors.put("lidmaatschap", Message.of("input.cop.membershipMode"));
        }
        if (!errors.containsKey("naam")) {
            communities.findByName(name).filter(c -> !c.getId().equals(ownId))
                    .ifPresent(c -> errors.put("naam", Message.of("input.cop.nameTaken")));
        }
        Set<Theme> chosenThemes = new LinkedHashSet<>();
        for (String code : nullToEmpty(input.themeCodes())) {
            themes.find(code).filter(Theme::isActive).ifPresentOrElse(chosenThemes::add,
                    () -> errors.put("themas", Message.of("input.cop.unknownTheme", code)));
        }
        if (chosenThemes.isEmpty() && !errors.containsKey("themas")) {
            errors.put("themas", Message.of("input.cop.themeRequired"));
        }
        Set<LabourMarketRegion> chosenRegions = new LinkedHashSet<>();
        for (String code : nullToEmpty(input.regionCodes())) {
            organisations.findRegion(code).ifPresentOrElse(chosenRegions::add,
                    () -> errors.put("regios", Message.of("input.cop.unknownRegion", code)));
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData(Map.of("naam", name, "omschrijving", description));
        return new Checked(name, description, chosenThemes, chosenRegions);
    }

    private static List<String> nullToEmpty(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .collect(Collectors.toCollection(java.util.ArrayList::new));
    }

    private void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.cop.adminsOnly"));
        }
    }

    UserProfile userNamed(String username) {
        String name = username == null ? "" : username.strip();
        return profiles.findByUsername(name).filter(UserProfile::isActive)
                .orElseThrow(() -> InvalidInputException.of("gebruikersnaam", Message.of("input.cop.unknownUser", name)));
    }

    void audit(UserProfile actor, String action, Community community, Caller caller, String details) {
        auditLog.record(actor.getUsername(), action, "Community", String.valueOf(community.getId()), AuditEntry.Result.SUCCESS,
                caller.origin(), details);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Instant now() {
        return clock.instant();
    }
}
