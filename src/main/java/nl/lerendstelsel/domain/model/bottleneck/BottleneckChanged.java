package nl.lerendstelsel.domain.model.bottleneck;

import nl.lerendstelsel.domain.model.text.Message;

/**
 * Something happened to a knelpunt that people around it should hear of. Fired inside the transaction of the change
 * (CDI event), so what observers write commits or rolls back with it.
 *
 * @param reference the knelpunt
 * @param what      the kind of change
 * @param actorId   the profile id of who did it ({@code null}: the system); never notified of their own act
 * @param summary   one line, e.g. "Terugleggen: nu op uitvoeringsniveau", from the message bundles
 * @param text      the reason, feedback or comment, if any
 * @param assigneeId for {@link What#ASSIGNED}: who it was assigned to
 * @param action     for {@link What#STEP} and {@link What#FEEDBACK}: the workflow action taken ({@code null} otherwise)
 * @param previousAssigneeId who was assigned before a take or an assignment ({@code null}: nobody, or not such a change)
 */
public record BottleneckChanged(String reference, What what, Long actorId, Message summary, String text, Long assigneeId,
                                Action action, Long previousAssigneeId) {

    /** A change that is no workflow step and takes nobody's assignment away. */
    public BottleneckChanged(String reference, What what, Long actorId, Message summary, String text, Long assigneeId) {
        this(reference, what, actorId, summary, text, assigneeId, null, null);
    }

    /** The kinds of change that notify. */
    public enum What {
        /** A workflow step that brings feedback down: resolve, return, close, the ministry's answer. */
        FEEDBACK,
        /** Any other workflow step. */
        STEP,
        /** A comment. */
        COMMENT,
        /** Another organisation supports it. */
        SUPPORT,
        /** Assigned to a handler. */
        ASSIGNED,
        /** Reported: new in the execution level's queue. */
        REPORTED,
        /** A part of a split knelpunt: new in its level's queue. */
        SPLIT_PART,
        /** Its support reached the threshold: proposed for escalation to its handlers. */
        PROPOSED
    }
}
