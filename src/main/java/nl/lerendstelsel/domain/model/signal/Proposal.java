package nl.lerendstelsel.domain.model.signal;

/** What a signal proposes. */
public enum Proposal {
    AANPASSING_WET_REGELGEVING,
    AANPASSING_UITVOERING,
    FINANCIERING,
    VERDUIDELIJKING
}
