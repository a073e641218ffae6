package nl.lerendstelsel.domain.model.bottleneck;

import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * What people (and the system) do to a knelpunt. Where each action is possible, who may take it and what it
 * requires is decided only by the table in {@link BottleneckWorkflow}; the descriptions here say what it means.
 */
public enum Action implements Labelled {
    /**
     * A handler takes the knelpunt from the level's queue ({@code gemeld}, {@code teruggelegd}, {@code heropend})
     * and becomes responsible. All further handler decisions are made from {@code in behandeling}.
     */
    IN_BEHANDELING_NEMEN,
    /** The handler asks the reporter for information (reason required: the question); the clock pauses. */
    INFORMATIE_VRAGEN,
    /** The information is given (by the reporter, or recorded by the handler); back to {@code in behandeling}. */
    INFORMATIE_ONTVANGEN,
    /** System (scheduled job): the waiting period expired without information; back to {@code in behandeling}. */
    TERMIJN_VERLOPEN,
    /** Escalate from execution to linking (reason required). Linking to system goes by {@link #AAN_SIGNAAL_KOPPELEN}. */
    OPSCHALEN,
    /** Return from linking to execution, with feedback that the reporter and supporters see. */
    TERUGLEGGEN,
    /** Resolve at the current level, with a resolution text (feedback) and a solved {@link Resolution} category. */
    OPLOSSEN,
    /**
     * Close at the current level, with a resolution text (feedback) and the category {@link Resolution#DOORVERWEZEN}
     * (the text says to whom) or {@link Resolution#NIET_OVERGENOMEN} (the text says why).
     */
    SLUITEN,
    /**
     * Reopen a resolved knelpunt (reporter, supporter, admin) or a closed one (admin only; reporter and supporters too
     * when the ministry's answer closed it at system level), with a reason. Reporter and supporters may do so only
     * within the reopen window of 30 days after it ended; the application service checks that window, the workflow
     * table does not.
     */
    HEROPENEN,
    /**
     * A handler merges this duplicate into another open knelpunt: it closes ({@code gesloten}) with feedback that
     * points to the surviving one; supports, followers and history move there. Possible from every open status at
     * execution and linking level, not while waiting for the ministry.
     */
    SAMENVOEGEN,
    /**
     * A handler splits a knelpunt that holds several problems into 2 to 5 new ones at the same level; the original
     * closes ({@code gesloten}) with feedback that names the parts. Same positions and people as merging.
     */
    SPLITSEN,
    /** The signal workflow attaches the knelpunt to a signal when that signal is submitted: linking to system. */
    AAN_SIGNAAL_KOPPELEN,
    /**
     * System (signal workflow): the ministry did not adopt the signal or referred it elsewhere; the knelpunt closes
     * ({@code gesloten}, category {@link Resolution#NIET_OVERGENOMEN} or {@link Resolution#DOORVERWEZEN}) with the
     * response as feedback. Nothing was solved, so it is not {@code opgelost}.
     */
    SIGNAAL_BEANTWOORD,
    /**
     * System (signal workflow): the ministry adopted the signal (wholly or partly); the knelpunt goes to
     * {@code in opvolging} with the response as feedback. Whether it gets solved, the follow-up decides.
     */
    SIGNAAL_OVERGENOMEN,
    /**
     * System (signal workflow): the follow-up of the adopted signal is realised; the knelpunt is resolved
     * ({@code opgelost}, category {@link Resolution#OPGELOST_DOOR_REGELGEVING}) with what changed as feedback.
     */
    OPVOLGING_GEREALISEERD,
    /**
     * The reporter withdraws their own knelpunt while it is not at system level, with a reason (the feedback others
     * see): it closes ({@code gesloten}, category {@link Resolution#INGETROKKEN}).
     */
    INTREKKEN,
    /**
     * The reporter of a returned knelpunt ({@code teruggelegd}) accepts the coordinator's feedback as the answer: it is
     * resolved ({@code opgelost}, category {@link Resolution#VERDUIDELIJKT}), and can be reopened as any resolved one.
     */
    TERUGKOPPELING_AANVAARDEN,
    /**
     * The reporter of a returned knelpunt answers the feedback and sends it back up to the coordinators, with a reason:
     * linking level, {@code heropend}, in their queue again.
     */
    OPNIEUW_VOORLEGGEN,
    /**
     * System (signal workflow): the coordinator withdrew the signal before the answer; the knelpunt returns from system
     * to linking level, in behandeling, with the reason.
     */
    SIGNAAL_INGETROKKEN;

    /** The bundle key of the name, usable on a button, e.g. {@code opschalen} / {@code escalate}. */
    @Override
    public String labelKey() {
        return "bottleneck.workflow.action." + name();
    }
}
