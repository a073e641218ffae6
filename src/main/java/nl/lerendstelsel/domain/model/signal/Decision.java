package nl.lerendstelsel.domain.model.signal;

import nl.lerendstelsel.domain.model.text.Labelled;

/** The ministry's decision on a signal. */
public enum Decision implements Labelled {
    OVERGENOMEN,
    DEELS_OVERGENOMEN,
    NIET_OVERGENOMEN,
    /** Referred to another forum (named in the response), e.g. the Bestuurlijk Overleg. */
    DOORVERWEZEN;

    @Override
    public String labelKey() {
        return "signal.decision." + name();
    }

    /** Adopted wholly or partly: something will change, so the ministry records follow-up. */
    public boolean isAdopted() {
        return this == OVERGENOMEN || this == DEELS_OVERGENOMEN;
    }
}
