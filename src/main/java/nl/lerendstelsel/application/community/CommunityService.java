package nl.lerendstelsel.application.community;

import static nl.lerendstelsel.domain.model.text.Texts.blankToNull;

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
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.Viewers;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * CoPs: admins create them, facilitators describe their own; the directory; and who is in one. Who may do what in a
 * CoP is decided by {@link #access}, the one place the other CoP services ask. Joining, leaving and the facilitators'
 * decisions on members are {@link MembershipService}.
 */
@ApplicationScoped
public class CommunityService {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 5_000;
    /** The longest reason a person is given for a decision in a CoP (membership, moderation, a cancelled meeting). */
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

    /** The caller's access when they facilitate this CoP (or are an admin); otherwise "only its facilitators". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Access requireFacilitator(Community community, Caller caller) {
        return requireFacilitator(community, caller, Message.of("access.cop.facilitatorsOnly"));
    }

    /** The caller's access when they are a member (or an admin); others are told the CoP's content is for members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Access requireMember(Community community, Caller caller) {
        Access access = access(community, caller);
        if (!access.member()) {
            throw new AccessDeniedException(Message.of("access.discussion.membersOnly"));
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

    /** Active members, facilitators first: shown on the overview to everyone signed in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> members(Long id) {
        return communities.memberships(load(id).getId(), MembershipStatus.ACTIEF);
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

    void requireAdmin(Caller caller) {
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

    Instant now() {
        return clock.instant();
    }
}
