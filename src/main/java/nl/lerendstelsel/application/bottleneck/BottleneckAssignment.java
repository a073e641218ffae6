package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/** Who handles a knelpunt: assigning it to a handler of its level, and finding the handlers one may choose. */
@ApplicationScoped
public class BottleneckAssignment {

    /** How many people the assign field offers at most for what was typed. */
    public static final int HANDLER_SUGGESTIONS = 10;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckSteps steps;

    @Inject
    UserProfileRepository profiles;

    @Inject
    Profiles people;

    @Inject
    CommunityService communityService;

    @Inject
    BottleneckChangeRecorder recorder;

    @Inject
    Clock clock;

    /**
     * Assigns a knelpunt to a handler of its level (or the caller themself): a handler of that level or an admin
     * may. The assignee must hold the level's handler role. Recorded in the history and the audit log.
     */
    @Transactional
    public Bottleneck assign(String reference, String username, Long expectedVersion, Caller caller) {
        Bottleneck bottleneck = queries.load(reference, caller);
        if (expectedVersion != null && expectedVersion != bottleneck.getVersion()) {
            throw new ConcurrentChangeException(reference, bottleneck.getVersion());
        }
        BottleneckRights rights = queries.rights(bottleneck, caller);
        if (!rights.handler()) {
            throw new AccessDeniedException(Message.of("access.bottleneck.assign"));
        }
        if (!rights.open()) {
            throw new NotPossibleException(Message.of("refusal.bottleneck.assignFinished"));
        }
        UserProfile actor = people.of(caller);
        UserProfile assignee = username == null || username.isBlank() ? null : profiles.findByUsername(username.strip())
                .orElseThrow(() -> InvalidInputException.of("behandelaar", Message.of("input.bottleneck.assign.unknownUser")));
        if (assignee == null) {
            throw InvalidInputException.of("behandelaar", Message.of("input.bottleneck.assign.choose"));
        }
        Role role = handlerRole(bottleneck.getLevel()).orElseThrow();
        if (!assignee.getRoles().contains(role) && !assignee.getRoles().contains(Role.ADMIN)) {
            throw InvalidInputException.of("behandelaar", Message.of("input.bottleneck.assign.notHandler",
                    assignee.getDisplayName(), bottleneck.getLevel().label()));
        }
        if (bottleneck.getLevel() == Level.EXECUTION && bottleneck.getCommunityId() != null && !assignee.getRoles().contains(Role.ADMIN)
                && !communityService.facilitates(bottleneck.getCommunityId(), new Caller(assignee.getSubject(), assignee.getRoles(), null))) {
            throw InvalidInputException.of("behandelaar", Message.of("input.bottleneck.assign.notFacilitator",
                    assignee.getDisplayName(), communityService.communityOrNull(bottleneck.getCommunityId()).getName()));
        }
        Long previousAssignee = bottleneck.getAssignee() == null ? null : bottleneck.getAssignee().getId();
        bottleneck.assign(assignee, actor, clock.instant());
        steps.flushOrConflict(bottleneck);
        bottlenecks.follow(bottleneck, assignee.getId(), clock.instant()); // the assignee hears what happens next
        recorder.announce(new BottleneckChanged(reference, BottleneckChanged.What.ASSIGNED, actor.getId(),
                Message.of("notification.summary.assigned", actor.getDisplayName()), null, assignee.getId(), null, previousAssignee));
        recorder.audit(actor, "KNELPUNT_TOEGEWEZEN", reference, caller, "behandelaar=" + assignee.getUsername());
        return bottleneck;
    }

    /**
     * Who may be assigned this knelpunt, for the assign field: at most {@link #HANDLER_SUGGESTIONS} handlers of its
     * level whose name, user name or organisation contains {@code text}, by name; for a knelpunt of a CoP at execution
     * level only the facilitators of that CoP. A field that searches, not a list of every handler: a reference set has
     * about 400 facilitators, and the page listing them all cost a handler 2.5 times the CPU of a reader's view.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserProfile> handlersFor(Bottleneck bottleneck, String text) {
        Optional<Role> role = handlerRole(bottleneck.getLevel());
        if (role.isEmpty()) {
            return List.of();
        }
        List<Long> among = bottleneck.getLevel() == Level.EXECUTION && bottleneck.getCommunityId() != null
                ? communityService.facilitatorIds(bottleneck.getCommunityId()) : null;
        return profiles.withRoleMatching(role.get(), text, among, HANDLER_SUGGESTIONS);
    }

    /** The person with this user name, to show who was chosen in the assign field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserProfile> person(String username) {
        return username == null || username.isBlank() ? Optional.empty() : profiles.findByUsername(username.strip());
    }

    private static Optional<Role> handlerRole(Level level) {
        return switch (level) {
            case EXECUTION -> Optional.of(Role.FACILITATOR);
            case LINKING -> Optional.of(Role.COORDINATOR);
            case SYSTEM -> Optional.empty();
        };
    }
}
