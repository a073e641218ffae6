package nl.lerendstelsel.domain.model.bottleneck;

import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * The status a knelpunt has at its current {@link Level}. A knelpunt always has exactly one level and one status;
 * which combinations occur is decided by the table in {@link BottleneckWorkflow}.
 *
 * <p>Two statuses are only ever reached at one level, because of how the workflow defines them:
 * <ul>
 *   <li>{@link #TERUGGELEGD} only at {@link Level#EXECUTION}: returning goes from linking down to execution, and
 *       nothing returns from the system level (the ministry's response resolves instead).</li>
 *   <li>{@link #OPGESCHAALD} only at {@link Level#SYSTEM}: it means "with the ministry, in a submitted signal,
 *       waiting for the answer". Escalating from execution lands at linking as {@link #GEMELD}, because there it is
 *       new in the coordinators' queue; the escalation itself is visible in the history as action
 *       {@link Action#OPSCHALEN}.</li>
 * </ul>
 */
public enum Status implements Labelled {
    /** New at this level, in the level's queue, not yet taken by a handler. */
    GEMELD(true),
    /** A handler of this level has taken it and works on it. */
    IN_BEHANDELING(true),
    /** The handler asked for information; the service-level clock pauses until it comes or the period expires. */
    WACHT_OP_INFORMATIE(true),
    /** Resolved with a resolution text; the reporter and supporters may reopen it within the reopen window. */
    OPGELOST(false),
    /** Returned from linking to execution with feedback; execution handlers take it up again. */
    TERUGGELEGD(true),
    /** Attached to a submitted signal at system level; waits for the ministry's response. */
    OPGESCHAALD(true),
    /**
     * Adopted by the ministry (wholly or partly) at system level: not solved yet, the follow-up of the signal decides.
     * Open (someone still has to act: the ministry), without a deadline on the platform; leaves only when the follow-up is
     * realised ({@link Action#OPVOLGING_GEREALISEERD}, to {@link #OPGELOST}).
     */
    IN_OPVOLGING(true),
    /**
     * Closed with a resolution text and category (referred, not adopted, withdrawn, merged, split); final, except that an
     * admin may reopen it, and its reporter and supporters too when the ministry's answer closed it.
     */
    GESLOTEN(false),
    /** Reopened after it was resolved (or, by an admin, closed); waits for a handler to take it up again. */
    HEROPEND(true);

    private final boolean open;

    Status(boolean open) {
        this.open = open;
    }

    /** The bundle key of the name as a sentence uses it, e.g. {@code wacht op informatie} / {@code waiting for information}. */
    @Override
    public String labelKey() {
        return "bottleneck.workflow.status." + name();
    }

    /**
     * Whether someone still has to act: everything except {@link #OPGELOST} and {@link #GESLOTEN} ({@link #IN_OPVOLGING}
     * is open: nothing was solved yet). Open knelpunten
     * count for queues, deadlines and the dashboard's open lists.
     */
    public boolean isOpen() {
        return open;
    }
}
