package nl.lerendstelsel.domain.model.signal;

/** The ministry's decision on a signal. */
public enum Decision {
    OVERGENOMEN("overgenomen", "adopted"),
    DEELS_OVERGENOMEN("deels overgenomen", "partly adopted"),
    NIET_OVERGENOMEN("niet overgenomen", "not adopted"),
    /** Referred to another forum (named in the response), e.g. the Bestuurlijk Overleg. */
    DOORVERWEZEN("doorverwezen", "referred");

    private final String dutch;
    private final String english;

    Decision(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }

    /** Adopted wholly or partly: something will change, so the ministry records follow-up. */
    public boolean isAdopted() {
        return this == OVERGENOMEN || this == DEELS_OVERGENOMEN;
    }
}
