package nl.lerendstelsel.domain.model.community;

/** What a meeting or discussion produced. */
public enum OutcomeKind {
    INZICHT,
    GOEDE_PRAKTIJK,
    /** A problem to take up: becomes a knelpunt in the CoP, pre-filled from the outcome. */
    KNELPUNT
}
