package nl.lerendstelsel.domain.model.bottleneck;

import static nl.lerendstelsel.domain.model.bottleneck.Action.AAN_SIGNAAL_KOPPELEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.HEROPENEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.INFORMATIE_ONTVANGEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.INFORMATIE_VRAGEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.INTREKKEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.OPNIEUW_VOORLEGGEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.TERUGKOPPELING_AANVAARDEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.IN_BEHANDELING_NEMEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.OPLOSSEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.OPVOLGING_GEREALISEERD;
import static nl.lerendstelsel.domain.model.bottleneck.Action.OPSCHALEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SAMENVOEGEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SIGNAAL_BEANTWOORD;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SIGNAAL_OVERGENOMEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SIGNAAL_INGETROKKEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SLUITEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SPLITSEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.TERMIJN_VERLOPEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.TERUGLEGGEN;
import static nl.lerendstelsel.domain.model.bottleneck.Actor.ADMIN;
import static nl.lerendstelsel.domain.model.bottleneck.Actor.HANDLER_EXECUTION;
import static nl.lerendstelsel.domain.model.bottleneck.Actor.HANDLER_LINKING;
import static nl.lerendstelsel.domain.model.bottleneck.Actor.REPORTER;
import static nl.lerendstelsel.domain.model.bottleneck.Actor.SUPPORTER;
import static nl.lerendstelsel.domain.model.bottleneck.Level.EXECUTION;
import static nl.lerendstelsel.domain.model.bottleneck.Level.LINKING;
import static nl.lerendstelsel.domain.model.bottleneck.Level.SYSTEM;
import static nl.lerendstelsel.domain.model.bottleneck.Requirement.FEEDBACK;
import static nl.lerendstelsel.domain.model.bottleneck.Requirement.NONE;
import static nl.lerendstelsel.domain.model.bottleneck.Requirement.REASON;
import static nl.lerendstelsel.domain.model.bottleneck.Status.GEMELD;
import static nl.lerendstelsel.domain.model.bottleneck.Status.GESLOTEN;
import static nl.lerendstelsel.domain.model.bottleneck.Status.HEROPEND;
import static nl.lerendstelsel.domain.model.bottleneck.Status.IN_BEHANDELING;
import static nl.lerendstelsel.domain.model.bottleneck.Status.IN_OPVOLGING;
import static nl.lerendstelsel.domain.model.bottleneck.Status.OPGELOST;
import static nl.lerendstelsel.domain.model.bottleneck.Status.OPGESCHAALD;
import static nl.lerendstelsel.domain.model.bottleneck.Status.TERUGGELEGD;
import static nl.lerendstelsel.domain.model.bottleneck.Status.WACHT_OP_INFORMATIE;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The knelpunt workflow: the one table of allowed transitions and the one place that applies it. Whatever is not in
 * {@link #TABLE} is not possible, for anybody; {@link #apply} never silently does nothing.
 *
 * <h2>Choices, and why</h2>
 * <ol>
 *   <li><b>Start.</b> A new knelpunt is {@link Status#GEMELD} at {@link Level#EXECUTION} ({@link #START_LEVEL},
 *       {@link #START_STATUS}); creating it is not a transition.</li>
 *   <li><b>Take first.</b> A handler takes a knelpunt from the level's queue ({@code gemeld}, {@code teruggelegd},
 *       {@code heropend}) before deciding anything; asking for information, resolving, closing, escalating,
 *       returning and attaching to a signal are only possible from {@code in behandeling}. So every decision has a
 *       named handler in the history. A screen that offers "take and close" applies two transitions in one
 *       transaction.</li>
 *   <li><b>Escalating</b> ({@link Action#OPSCHALEN}, reason required) exists only at execution level and lands at
 *       linking level as {@code gemeld}: new in the coordinators' queue. The history row reads
 *       execution/in behandeling → linking/gemeld via {@code opschalen}; that row is the record of the escalation.
 *       Status {@link Status#OPGESCHAALD} is kept for the system level (see 4).</li>
 *   <li><b>Linking to system</b> happens only by {@link Action#AAN_SIGNAAL_KOPPELEN}, from linking/in behandeling to
 *       system/{@code opgeschaald}. Only the signal workflow calls it, for every knelpunt in a signal at the moment
 *       the signal is submitted ({@code ingediend}); it passes the submitting coordinator's capacities (so the history
 *       names the coordinator) or {@link Actor#SYSTEM}, and as reason the signal reference. A coordinator merely
 *       adding a knelpunt to a concept signal changes nothing here; the signal workflow should check with
 *       {@link #find} that the step is possible then, and again at submission. Admins may do it too (rule 9).</li>
 *   <li><b>The ministry's answer</b>, by {@link Actor#SYSTEM} only, applied to each knelpunt in the signal with the
 *       ministry's response as feedback, says what really happened ({@link Resolution}): not adopted or referred
 *       elsewhere is {@link Action#SIGNAAL_BEANTWOORD}, system/opgeschaald to system/{@code gesloten} (category
 *       {@code niet overgenomen} or {@code doorverwezen}); adopted, wholly or partly, is
 *       {@link Action#SIGNAAL_OVERGENOMEN}, to system/{@code in opvolging}: nothing is claimed solved yet. When the
 *       ministry's follow-up is realised, {@link Action#OPVOLGING_GEREALISEERD} moves system/in opvolging to
 *       system/{@code opgelost} (category {@code opgelost door aanpassing van regelgeving of beleid}). Besides the
 *       answer only {@link Action#SIGNAAL_INGETROKKEN}, by {@link Actor#SYSTEM} when the coordinator withdraws the
 *       signal before the answer, leaves system/opgeschaald: back to linking/in behandeling with the reason, so
 *       nothing stays stuck at system level. Nothing else leaves system/opgeschaald or system/in opvolging, so every
 *       knelpunt of a submitted signal is still there when the answer comes. The ministry itself has no transitions:
 *       it reads system-level knelpunten and works on signals.</li>
 *   <li><b>Returning</b> ({@link Action#TERUGLEGGEN}, feedback required) goes from linking to execution, status
 *       {@code teruggelegd}; the facilitator takes it again and may later escalate it again with a new reason.
 *       Nothing returns from system level.</li>
 *   <li><b>Information.</b> The handler asks (the question is the reason); the reporter answers, or the handler
 *       records information that came otherwise — also to stop waiting early (both need a text, the answer or where
 *       it came from); or {@link Actor#SYSTEM} ends the wait when the period of working days expired (checked by a
 *       scheduled job). Each way leads back to {@code in behandeling} at the same level. Supporters comment
 *       instead.</li>
 *   <li><b>Reopening</b> ({@link Action#HEROPENEN}, reason required) lands as {@code heropend} at the level where it
 *       ended. A resolved knelpunt may be reopened by its reporter or a supporter, and by an admin. The reopen
 *       window (30 days after it ended) is <em>not</em> checked here: the application service checks it for
 *       reporter and supporters, and lets an admin, who corrects mistakes, reopen later too. {@code gesloten} at
 *       execution and linking level (closed, merged, split or withdrawn: a handler's or the reporter's own decision)
 *       is final, except that an admin may reopen it. {@code gesloten} at system level is the ministry's "niet
 *       overgenomen" or "doorverwezen": there reporter and supporters may reopen within the window, as they could
 *       when that answer still counted as {@code opgelost}, so the coordinator can take it up again (new facts, a new
 *       signal). {@code in opvolging} is open and is not reopened: the follow-up is still to come. A reopened
 *       knelpunt is taken by that level's handler; at system level there is no handler on the platform, so the
 *       coordinator takes it back: system/heropend → linking/in behandeling, from where it can be resolved, returned
 *       or attached to a new signal.</li>
 *   <li><b>Admin</b> may do every handler action at every level and reopen anything resolved or closed, but never the
 *       steps of the clock and the ministry ({@link Action#TERMIJN_VERLOPEN}, {@link Action#SIGNAAL_BEANTWOORD},
 *       {@link Action#SIGNAAL_OVERGENOMEN}, {@link Action#OPVOLGING_GEREALISEERD}), nor withdraw someone else's
 *       knelpunt.</li>
 *   <li><b>Merging duplicates</b> ({@link Action#SAMENVOEGEN}, feedback required: the reason, shown to the
 *       duplicate's reporter and supporters together with the pointer to the surviving knelpunt) closes the duplicate
 *       from any open status at execution and linking level, by that level's handlers and admins; the application
 *       service moves supports, followers and history. Nothing is merged at system level: it waits for the ministry.
 *       <b>Splitting</b> ({@link Action#SPLITSEN}) has the same rows: the original closes with feedback naming the new
 *       knelpunten, which the application service creates at the same level.</li>
 *   <li><b>Open and closed.</b> Only {@code opgelost} and {@code gesloten} are not {@link Status#isOpen() open};
 *       both can be left again only by reopening. No position reachable from the start is a dead end.</li>
 *   <li><b>Withdrawing</b> ({@link Action#INTREKKEN}, feedback required: the reporter's reason, which supporters and
 *       followers see) closes the knelpunt as {@code gesloten} (category {@code ingetrokken door de melder}) from every
 *       open status at execution and linking level, by its reporter only. Not at system level: there it belongs to a
 *       signal, and the coordinator withdraws the signal instead.</li>
 *   <li><b>Resolution category.</b> Every step that ends a knelpunt records a {@link Resolution}: chosen by the
 *       handler for {@code oplossen} and {@code sluiten}, implied by the step otherwise ({@link Resolution#impliedBy}),
 *       and given by the signal's decision for {@code signaal beantwoord}.</li>
 * </ol>
 *
 * <p>This class knows states, not records: the caller loads the knelpunt, applies the returned transition (new level
 * and status, a history row with who, when, from, to, action and the stripped text) and saves it under optimistic
 * locking, so two handlers acting at once cannot both win.
 */
public final class BottleneckWorkflow {

    /** Where every knelpunt starts. */
    public static final Level START_LEVEL = EXECUTION;
    /** The status every knelpunt starts with. */
    public static final Status START_STATUS = GEMELD;

    /** THE table. One line per transition: from level, from status, action, to level, to status, requirement, who. */
    private static final List<Transition> TABLE = List.of(
            // Execution level: facilitators (HANDLER_EXECUTION)
            row(EXECUTION, GEMELD,              IN_BEHANDELING_NEMEN, EXECUTION, IN_BEHANDELING,      NONE,     HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, TERUGGELEGD,         IN_BEHANDELING_NEMEN, EXECUTION, IN_BEHANDELING,      NONE,     HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, HEROPEND,            IN_BEHANDELING_NEMEN, EXECUTION, IN_BEHANDELING,      NONE,     HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, IN_BEHANDELING,      INFORMATIE_VRAGEN,    EXECUTION, WACHT_OP_INFORMATIE, REASON,   HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, WACHT_OP_INFORMATIE, INFORMATIE_ONTVANGEN, EXECUTION, IN_BEHANDELING,      REASON,   REPORTER, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, WACHT_OP_INFORMATIE, TERMIJN_VERLOPEN,     EXECUTION, IN_BEHANDELING,      NONE,     Actor.SYSTEM),
            row(EXECUTION, IN_BEHANDELING,      OPLOSSEN,             EXECUTION, OPGELOST,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, IN_BEHANDELING,      SLUITEN,              EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, IN_BEHANDELING,      OPSCHALEN,            LINKING,   GEMELD,              REASON,   HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, OPGELOST,            HEROPENEN,            EXECUTION, HEROPEND,            REASON,   REPORTER, SUPPORTER, ADMIN),
            row(EXECUTION, GESLOTEN,            HEROPENEN,            EXECUTION, HEROPEND,            REASON,   ADMIN),
            row(EXECUTION, GEMELD,              SAMENVOEGEN,          EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, IN_BEHANDELING,      SAMENVOEGEN,          EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, WACHT_OP_INFORMATIE, SAMENVOEGEN,          EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, TERUGGELEGD,         SAMENVOEGEN,          EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, HEROPEND,            SAMENVOEGEN,          EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, GEMELD,              SPLITSEN,             EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, IN_BEHANDELING,      SPLITSEN,             EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, WACHT_OP_INFORMATIE, SPLITSEN,             EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, TERUGGELEGD,         SPLITSEN,             EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, HEROPEND,            SPLITSEN,             EXECUTION, GESLOTEN,            FEEDBACK, HANDLER_EXECUTION, ADMIN),
            row(EXECUTION, GEMELD,              INTREKKEN,            EXECUTION, GESLOTEN,            FEEDBACK, REPORTER),
            row(EXECUTION, IN_BEHANDELING,      INTREKKEN,            EXECUTION, GESLOTEN,            FEEDBACK, REPORTER),
            row(EXECUTION, WACHT_OP_INFORMATIE, INTREKKEN,            EXECUTION, GESLOTEN,            FEEDBACK, REPORTER),
            row(EXECUTION, TERUGGELEGD,         INTREKKEN,            EXECUTION, GESLOTEN,            FEEDBACK, REPORTER),
            // a returned knelpunt is a conversation: its reporter accepts the feedback, or answers it and sends it back up
            row(EXECUTION, TERUGGELEGD,         TERUGKOPPELING_AANVAARDEN, EXECUTION, OPGELOST,       NONE,     REPORTER, ADMIN),
            row(EXECUTION, TERUGGELEGD,         OPNIEUW_VOORLEGGEN,   LINKING,   HEROPEND,            REASON,   REPORTER, ADMIN),
            row(EXECUTION, HEROPEND,            INTREKKEN,            EXECUTION, GESLOTEN,            FEEDBACK, REPORTER),
            // Linking level: coordinators (HANDLER_LINKING)
            row(LINKING,   GEMELD,              IN_BEHANDELING_NEMEN, LINKING,   IN_BEHANDELING,      NONE,     HANDLER_LINKING, ADMIN),
            row(LINKING,   HEROPEND,            IN_BEHANDELING_NEMEN, LINKING,   IN_BEHANDELING,      NONE,     HANDLER_LINKING, ADMIN),
            row(LINKING,   IN_BEHANDELING,      INFORMATIE_VRAGEN,    LINKING,   WACHT_OP_INFORMATIE, REASON,   HANDLER_LINKING, ADMIN),
            row(LINKING,   WACHT_OP_INFORMATIE, INFORMATIE_ONTVANGEN, LINKING,   IN_BEHANDELING,      REASON,   REPORTER, HANDLER_LINKING, ADMIN),
            row(LINKING,   WACHT_OP_INFORMATIE, TERMIJN_VERLOPEN,     LINKING,   IN_BEHANDELING,      NONE,     Actor.SYSTEM),
            row(LINKING,   IN_BEHANDELING,      OPLOSSEN,             LINKING,   OPGELOST,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   IN_BEHANDELING,      SLUITEN,              LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   IN_BEHANDELING,      TERUGLEGGEN,          EXECUTION, TERUGGELEGD,         FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   IN_BEHANDELING,      AAN_SIGNAAL_KOPPELEN, SYSTEM,    OPGESCHAALD,         REASON,   HANDLER_LINKING, Actor.SYSTEM, ADMIN),
            row(LINKING,   GEMELD,              SAMENVOEGEN,          LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   IN_BEHANDELING,      SAMENVOEGEN,          LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   WACHT_OP_INFORMATIE, SAMENVOEGEN,          LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   HEROPEND,            SAMENVOEGEN,          LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   GEMELD,              SPLITSEN,             LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   IN_BEHANDELING,      SPLITSEN,             LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   WACHT_OP_INFORMATIE, SPLITSEN,             LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   HEROPEND,            SPLITSEN,             LINKING,   GESLOTEN,            FEEDBACK, HANDLER_LINKING, ADMIN),
            row(LINKING,   OPGELOST,            HEROPENEN,            LINKING,   HEROPEND,            REASON,   REPORTER, SUPPORTER, ADMIN),
            row(LINKING,   GESLOTEN,            HEROPENEN,            LINKING,   HEROPEND,            REASON,   ADMIN),
            row(LINKING,   GEMELD,              INTREKKEN,            LINKING,   GESLOTEN,            FEEDBACK, REPORTER),
            row(LINKING,   IN_BEHANDELING,      INTREKKEN,            LINKING,   GESLOTEN,            FEEDBACK, REPORTER),
            row(LINKING,   WACHT_OP_INFORMATIE, INTREKKEN,            LINKING,   GESLOTEN,            FEEDBACK, REPORTER),
            row(LINKING,   HEROPEND,            INTREKKEN,            LINKING,   GESLOTEN,            FEEDBACK, REPORTER),
            // System level: the ministry answers the signal; a reopened knelpunt goes back to the coordinators
            row(SYSTEM,    OPGESCHAALD,         SIGNAAL_BEANTWOORD,   SYSTEM,    GESLOTEN,            FEEDBACK, Actor.SYSTEM),
            row(SYSTEM,    OPGESCHAALD,         SIGNAAL_OVERGENOMEN,  SYSTEM,    IN_OPVOLGING,        FEEDBACK, Actor.SYSTEM),
            row(SYSTEM,    IN_OPVOLGING,        OPVOLGING_GEREALISEERD, SYSTEM,  OPGELOST,            FEEDBACK, Actor.SYSTEM),
            row(SYSTEM,    OPGESCHAALD,         SIGNAAL_INGETROKKEN,  LINKING,   IN_BEHANDELING,      REASON,   Actor.SYSTEM),
            row(SYSTEM,    OPGELOST,            HEROPENEN,            SYSTEM,    HEROPEND,            REASON,   REPORTER, SUPPORTER, ADMIN),
            row(SYSTEM,    GESLOTEN,            HEROPENEN,            SYSTEM,    HEROPEND,            REASON,   REPORTER, SUPPORTER, ADMIN),
            row(SYSTEM,    HEROPEND,            IN_BEHANDELING_NEMEN, LINKING,   IN_BEHANDELING,      NONE,     HANDLER_LINKING, ADMIN));

    private static final Map<From, Transition> BY_FROM = index(TABLE);

    private BottleneckWorkflow() {
    }

    /** Every allowed transition, in table order; immutable. */
    public static List<Transition> table() {
        return TABLE;
    }

    /** The transition for this action from this level and status, whoever performs it; empty if it does not exist. */
    public static Optional<Transition> find(Level level, Status status, Action action) {
        return Optional.ofNullable(BY_FROM.get(new From(level, status, action)));
    }

    /**
     * The transitions any of {@code actors} may perform from this level and status, in table order: what a screen
     * offers. Requirements are not checked here; the screen asks for the reason or feedback they name.
     */
    public static List<Transition> allowed(Level level, Status status, Set<Actor> actors) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(actors, "actors");
        return TABLE.stream()
                .filter(t -> t.fromLevel() == level && t.fromStatus() == status && t.permits(actors))
                .toList();
    }

    /**
     * Checks one step and returns the transition to record, or refuses it. Checked in this order: the step exists
     * ({@link WorkflowException.Reason#NOT_ALLOWED}), one of {@code actors} may perform it
     * ({@link WorkflowException.Reason#NOT_PERMITTED_FOR_ACTOR}), and its {@link Requirement} is met by
     * {@code reasonOrFeedback} ({@link WorkflowException.Reason#REASON_REQUIRED},
     * {@link WorkflowException.Reason#FEEDBACK_REQUIRED}); so someone who may not act learns nothing about the text.
     *
     * @param reasonOrFeedback the reason or resolution text; {@code null} counts as blank
     * @throws WorkflowException    when the step is refused
     * @throws NullPointerException when level, status, action or actors is {@code null}
     */
    public static Transition apply(Level level, Status status, Action action, Set<Actor> actors,
                                   String reasonOrFeedback) {
        Objects.requireNonNull(actors, "actors");
        Transition transition = find(level, status, action)
                .orElseThrow(() -> new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, level, status, action));
        if (!transition.permits(actors)) {
            throw new WorkflowException(WorkflowException.Reason.NOT_PERMITTED_FOR_ACTOR, level, status, action);
        }
        if (!transition.requirement().isSatisfiedBy(reasonOrFeedback)) {
            throw new WorkflowException(transition.requirement() == FEEDBACK
                    ? WorkflowException.Reason.FEEDBACK_REQUIRED
                    : WorkflowException.Reason.REASON_REQUIRED, level, status, action);
        }
        return transition;
    }

    private static Transition row(Level fromLevel, Status fromStatus, Action action, Level toLevel, Status toStatus,
                                  Requirement requirement, Actor first, Actor... more) {
        return new Transition(fromLevel, fromStatus, action, toLevel, toStatus, EnumSet.of(first, more), requirement);
    }

    private static Map<From, Transition> index(List<Transition> table) {
        Map<From, Transition> index = new HashMap<>();
        for (Transition transition : table) {
            From from = new From(transition.fromLevel(), transition.fromStatus(), transition.action());
            if (index.putIfAbsent(from, transition) != null) {
                throw new IllegalStateException("Two transitions for " + from);
            }
        }
        return Map.copyOf(index);
    }

    private record From(Level level, Status status, Action action) {
        From {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(action, "action");
        }
    }
}
