package nl.lerendstelsel.domain.model.signal;

/** The ministry's decision on a signal. */
public enum Decision {
    OVERGENOMEN,
    DEELS_OVERGENOMEN,
    NIET_OVERGENOMEN,
    /** Referred to another forum (named in the response), e.g. the Bestuurlijk Overleg. */
    DOORVERWEZEN
}
