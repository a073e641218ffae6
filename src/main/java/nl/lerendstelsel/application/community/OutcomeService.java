package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.community.OutcomeRevision;
import nl.lerendstelsel.domain.model.community.OutcomeRights;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;

/**
 * The outcomes of a CoP: a facilitator records what a meeting or a discussion brought (a good practice, a knelpunt, …),
 * filed under themes and optionally a gemeente or region, and shares it with every signed-in user and the kennisbank, or
 * takes it back; sharing tells the CoP's members and the members of CoPs on its themes, and puts it in the search
 * index. Members read them all with their earlier versions, others only the shared ones. Its author (while a member) or
 * a facilitator edits it ({@link OutcomeRights}). An outcome of kind knelpunt is linked to the knelpunt reported from it.
 */
@ApplicationScoped
public class OutcomeService {

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityService communityService;

    @Inject
    AuditLog auditLog;

    @Inject
    ThemeRepository themes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    NotificationService notifications;

    @Inject
    Event<ContentChanged> contentChanges;

    /**
     * An outcome; {@code meetingId} or {@code threadId} names where it came from (both optional); no themes: the CoP's;
     * a gemeente or a region (arbeidsmarktregio) is optional.
     */
    public record OutcomeInput(OutcomeKind kind, String title, String description, Long meetingId, Long threadId,
                               List<String> themeCodes, String gemeenteCode, String regionCode) {

        public OutcomeInput(OutcomeKind kind, String title, String description, Long meetingId, Long threadId) {
            this(kind, title, description, meetingId, threadId, null, null, null);
        }
    }

    /** A change of an outcome: title, text, themes (at least one) and an optional gemeente or region. */
    public record OutcomeChange(String title, String description, List<String> themeCodes, String gemeenteCode,
                                String regionCode) {
    }

    /** One outcome as the caller sees it, with what they may do and (for members) its earlier versions, oldest first. */
    public record OutcomeView(Outcome outcome, OutcomeRights rights, List<OutcomeRevision> revisions) {
    }

    @Transactional
    public Outcome record(Long communityId, OutcomeInput input, Caller caller) {
        Community community = communityService.load(communityId);
        CommunityService.Access access = communityService.requireFacilitator(community, caller);
        FieldErrors errors = new FieldErrors();
        if (input.kind() == null) {
            errors.put("soort", Message.of("input.outcome.kind"));
        }
        String title = InputChecks.required(errors, "titel", input.title(), 5, MeetingService.TITLE_MAX);
        String description = InputChecks.required(errors, "omschrijving", input.description(), 10, MeetingService.TEXT_MAX);
        Meeting meeting = null;
        if (input.meetingId() != null) {
            meeting = communities.findMeeting(input.meetingId()).filter(m -> m.getCommunity().getId().equals(communityId)).orElse(null);
            if (meeting == null) {
                errors.put("bijeenkomst", Message.of("input.outcome.meetingOfOtherCop"));
            }
        }
        DiscussionThread thread = null;
        if (input.threadId() != null) {
            thread = communities.findThread(input.threadId()).filter(t -> t.getCommunity().getId().equals(communityId)).orElse(null);
            if (thread == null) {
                errors.put("discussie", Message.of("input.outcome.threadOfOtherCop"));
            }
        }
        Place place = place(errors, input.themeCodes() == null ? community.getThemes().stream().map(Theme::getCode).toList()
                : input.themeCodes(), input.gemeenteCode(), input.regionCode());
        errors.throwIfAny();
        InputChecks.rejectPersonalData(Map.of("titel", title, "omschrijving", description));
        Outcome outcome = new Outcome(community, input.kind(), title, description, meeting, thread, access.person(),
                communityService.now());
        outcome.place(place.themes(), place.gemeente(), place.region());
        communities.add(outcome);
        communities.flush();
        auditLog.success(access.person(), "COP_OPBRENGST_VASTGELEGD", "Outcome", outcome.getId(), caller, null);
        return outcome;
    }

    /**
     * Its author (while a member) or a facilitator changes an outcome: an earlier title and text are kept as a revision;
     * {@code expectedVersion} (when given) guards against overwriting someone else's change. Who may not read it is told
     * it does not exist, as when reading it.
     */
    @Transactional
    public Outcome edit(Long outcomeId, OutcomeChange change, Long expectedVersion, Caller caller) {
        Outcome outcome = outcome(outcomeId);
        CommunityService.Access access = communityService.access(outcome.getCommunity(), caller);
        OutcomeRights rights = rights(outcome, access);
        if (!rights.read()) {
            throw new NotFoundException(Message.of("notFound.outcome", String.valueOf(outcomeId)));
        }
        if (!rights.edit()) {
            throw new AccessDeniedException(Message.of("access.outcome.editAuthorOrFacilitator"));
        }
        if (expectedVersion != null && expectedVersion != outcome.getVersion()) {
            throw new ConcurrentChangeException(outcome.getReference(), outcome.getVersion());
        }
        FieldErrors errors = new FieldErrors();
        String title = InputChecks.required(errors, "titel", change.title(), 5, MeetingService.TITLE_MAX);
        String description = InputChecks.required(errors, "omschrijving", change.description(), 10, MeetingService.TEXT_MAX);
        Place place = place(errors, change.themeCodes(), change.gemeenteCode(), change.regionCode());
        errors.throwIfAny();
        InputChecks.rejectPersonalData(Map.of("titel", title, "omschrijving", description));
        OutcomeRevision earlier = outcome.edit(title, description, access.person(), communityService.now());
        if (earlier != null) {
            communities.add(earlier);
        }
        outcome.place(place.themes(), place.gemeente(), place.region());
        communities.flush();
        auditLog.success(access.person(), "COP_OPBRENGST_BEWERKT", "Outcome", outcomeId, caller, null);
        indexed(outcome);
        return outcome;
    }

    /**
     * Shares an outcome with all signed-in users and the kennisbank, or takes it back (facilitators). Sharing tells the
     * CoP's members and the members of the CoPs on its themes (who follow those themes); taking it back tells nobody.
     */
    @Transactional
    public Outcome share(Long outcomeId, boolean share, Caller caller) {
        Outcome outcome = outcome(outcomeId);
        CommunityService.Access access = communityService.requireFacilitator(outcome.getCommunity(), caller,
                Message.of("access.outcome.shareFacilitatorsOnly"));
        boolean newlyShared = share && !outcome.isShared();
        outcome.share(share, communityService.now());
        auditLog.success(access.person(), share ? "COP_OPBRENGST_GEDEELD" : "COP_OPBRENGST_NIET_MEER_GEDEELD", "Outcome",
                outcomeId, caller, null);
        if (newlyShared) {
            Set<Long> audience = new TreeSet<>(communityService.memberIds(outcome.getCommunity().getId()));
            audience.addAll(communities.memberIdsOfThemes(outcome.getThemes().stream().map(Theme::getCode).toList()));
            notifications.tell(audience, NotificationKind.OPBRENGST, outcome.getReference(),
                    Message.of("notification.outcome.shared", outcome.getTitle(), outcome.getCommunity().getName()),
                    Message.verbatim(outcome.getDescription()), access.person().getId());
        }
        indexed(outcome);
        return outcome;
    }

    /** Links an outcome of kind knelpunt to the knelpunt reported from it (in the same transaction as the report). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkReported(Long outcomeId, Bottleneck knelpunt, Caller caller) {
        Outcome outcome = outcome(outcomeId);
        if (outcome.getKind() != OutcomeKind.KNELPUNT || outcome.getBottleneck() != null) {
            throw new NotPossibleException(Message.of("refusal.outcome.noKnelpunt"));
        }
        communityService.requireMember(outcome.getCommunity(), caller);
        outcome.linkBottleneck(knelpunt);
    }

    /** A CoP's outcomes: all for members, only the shared ones for others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> outcomes(Long communityId, Caller caller) {
        boolean member = communityService.access(communityId, caller).member();
        return communities.outcomes(communityId).stream().filter(o -> member || o.isShared()).toList();
    }

    /** The outcomes of a meeting or of a discussion (one of both ids given) that the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> outcomesFrom(Long communityId, Long meetingId, Long threadId, Caller caller) {
        return outcomes(communityId, caller).stream()
                .filter(o -> meetingId != null && o.getMeeting() != null && meetingId.equals(o.getMeeting().getId())
                        || threadId != null && o.getThread() != null && threadId.equals(o.getThread().getId()))
                .toList();
    }

    /** One outcome with the caller's rights and, for members, its earlier versions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutcomeView view(Long outcomeId, Caller caller) {
        Outcome outcome = outcome(outcomeId, caller);
        OutcomeRights rights = rights(outcome, communityService.access(outcome.getCommunity(), caller));
        return new OutcomeView(outcome, rights, rights.history() ? communities.outcomeRevisions(outcomeId) : List.of());
    }

    /** The earlier versions of an outcome, oldest first: for the members of its CoP. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutcomeRevision> revisions(Long outcomeId, Caller caller) {
        Outcome outcome = outcome(outcomeId, caller);
        if (!rights(outcome, communityService.access(outcome.getCommunity(), caller)).history()) {
            throw new AccessDeniedException(Message.of("access.discussion.membersOnly"));
        }
        return communities.outcomeRevisions(outcomeId);
    }

    /** One outcome: for members of its CoP, or anyone signed in when shared. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outcome outcome(Long outcomeId, Caller caller) {
        Outcome outcome = outcome(outcomeId);
        if (!outcome.isShared() && !communityService.access(outcome.getCommunity(), caller).member()) {
            throw new NotFoundException(Message.of("notFound.outcome", String.valueOf(outcomeId)));
        }
        return outcome;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> sharedOutcomes(int page, int pageSize) {
        return sharedOutcomes(null, null, page, pageSize);
    }

    /** Shared outcomes, most recently shared first, of one theme and kind when given ({@code null}: any). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> sharedOutcomes(String themeCode, OutcomeKind kind, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        return communities.sharedOutcomes(themeCode, kind, (Math.max(1, page) - 1) * size, size);
    }

    /** How many outcomes are shared, of one theme and kind when given ({@code null}: any). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long sharedOutcomeCount(String themeCode, OutcomeKind kind) {
        return communities.sharedOutcomeCount(themeCode, kind);
    }

    /** The shared outcomes of a theme, most recently shared first (for the theme's dossier). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> sharedByTheme(String themeCode, int limit) {
        return sharedOutcomes(themeCode, null, 1, limit);
    }

    /** Of these outcomes, the ids of the shared ones (the search's second lock: shared is for everyone signed in). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> sharedAmong(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : communities.sharedOutcomeIds(ids);
    }

    /** What {@code caller} may do with an outcome. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutcomeRights rights(Outcome outcome, Caller caller) {
        return rights(outcome, communityService.access(outcome.getCommunity(), caller));
    }

    private static OutcomeRights rights(Outcome outcome, CommunityService.Access access) {
        return OutcomeRights.of(outcome.isShared(), access.member(), access.facilitator(),
                outcome.getCreatedBy().getId().equals(access.person().getId()));
    }

    private record Place(Set<Theme> themes, Organisation gemeente, LabourMarketRegion region) {
    }

    /** Checks themes (at least one, active), gemeente and region (at most one of both). */
    private Place place(FieldErrors errors, List<String> themeCodes, String gemeenteCode, String regionCode) {
        Set<Theme> chosen = new LinkedHashSet<>();
        for (String code : themeCodes == null ? List.<String>of() : themeCodes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            themes.find(code.strip()).filter(Theme::isActive).ifPresentOrElse(chosen::add,
                    () -> errors.put("themas", Message.of("input.cop.unknownTheme", code)));
        }
        if (chosen.isEmpty() && !errors.containsKey("themas")) {
            errors.put("themas", Message.of("input.cop.themeRequired"));
        }
        Organisation gemeente = null;
        if (gemeenteCode != null && !gemeenteCode.isBlank()) {
            gemeente = organisations.find(gemeenteCode.strip()).filter(Organisation::isGemeente).orElse(null);
            if (gemeente == null) {
                errors.put("gemeente", Message.of("input.outcome.unknownGemeente", gemeenteCode));
            }
        }
        LabourMarketRegion region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = organisations.findRegion(regionCode.strip()).orElse(null);
            if (region == null) {
                errors.put("regio", Message.of("input.cop.unknownRegion", regionCode));
            } else if (gemeente != null) {
                errors.put("regio", Message.of("input.outcome.gemeenteOrRegion"));
            }
        }
        return new Place(chosen, gemeente, region);
    }

    /** A shared outcome goes in the search index again (after the commit); one no longer shared leaves it. */
    private void indexed(Outcome outcome) {
        contentChanges.fire(new ContentChanged(ContentChanged.Kind.OPBRENGST, outcome.getId()));
    }

    private Outcome outcome(Long id) {
        return communities.findOutcome(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.outcome", String.valueOf(id))));
    }
}
