package nl.lerendstelsel.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.CommunityRepository;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The outcomes of a CoP: a facilitator records what a meeting or a discussion brought (a good practice, a knelpunt, …)
 * and shares it with every signed-in user and the kennisbank, or takes it back; members read them all, others only the
 * shared ones. An outcome of kind knelpunt is linked to the knelpunt reported from it.
 */
@ApplicationScoped
public class OutcomeService {

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityService communityService;

    @Inject
    AuditLog auditLog;

    /** An outcome; {@code meetingId} or {@code threadId} names where it came from (both optional). */
    public record OutcomeInput(OutcomeKind kind, String title, String description, Long meetingId, Long threadId) {
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
        errors.throwIfAny();
        InputChecks.rejectPersonalData(Map.of("titel", title, "omschrijving", description));
        Outcome outcome = new Outcome(community, input.kind(), title, description, meeting, thread, access.person(),
                communityService.now());
        communities.add(outcome);
        communities.flush();
        auditLog.success(access.person(), "COP_OPBRENGST_VASTGELEGD", "Outcome", outcome.getId(), caller, null);
        return outcome;
    }

    /** Shares an outcome with all signed-in users and the kennisbank, or takes it back. */
    @Transactional
    public Outcome share(Long outcomeId, boolean share, Caller caller) {
        Outcome outcome = outcome(outcomeId);
        CommunityService.Access access = communityService.requireFacilitator(outcome.getCommunity(), caller);
        outcome.share(share, communityService.now());
        auditLog.success(access.person(), share ? "COP_OPBRENGST_GEDEELD" : "COP_OPBRENGST_NIET_MEER_GEDEELD", "Outcome",
                outcomeId, caller, null);
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
        int size = Math.max(1, Math.min(pageSize, 100));
        return communities.sharedOutcomes((Math.max(1, page) - 1) * size, size);
    }

    private Outcome outcome(Long id) {
        return communities.findOutcome(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.outcome", String.valueOf(id))));
    }
}
