package nl.lerendstelsel.domain.model.community;

/** What a facilitator does with a flagged post in the review queue. */
public enum ModerationAct {
    /** The post is fine: shown, all flags closed. */
    GOEDKEUREN,
    /** Hidden with a reason shown to the author; all flags closed. */
    VERBERGEN,
    /** Removed with a reason shown to the author; all flags closed. */
    VERWIJDEREN,
    /** One flag was unfounded: that flag is closed; the post is shown again when fewer open flags than the threshold remain. */
    MELDING_AFWIJZEN;

    public boolean needsReason() {
        return this == VERBERGEN || this == VERWIJDEREN;
    }
}
