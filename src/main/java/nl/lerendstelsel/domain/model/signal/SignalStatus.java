package nl.lerendstelsel.domain.model.signal;

/** Where a signal stands between the coordinator and the ministry. */
public enum SignalStatus {
    /** Being written by a coordinator; only the coordinators see it. */
    CONCEPT("concept", "draft"),
    /** Sent to the ministry; waiting for acknowledgement. */
    INGEDIEND("ingediend", "submitted"),
    /** The ministry acknowledged receipt. */
    ONTVANGEN("ontvangen", "received"),
    /** The ministry is working on it. */
    IN_BEHANDELING("in behandeling", "in progress"),
    /** The ministry sent it back to the coordinator with questions. */
    VRAGEN("vragen aan coördinator", "questions to the coordinator"),
    /** The ministry's formal response is published. */
    BEANTWOORD("beantwoord", "answered"),
    /** Done (follow-up may still be recorded for adopted decisions). */
    GESLOTEN("gesloten", "closed"),
    /** Withdrawn by the coordinator before the ministry answered; its knelpunten went back to linking level. */
    INGETROKKEN("ingetrokken", "withdrawn");

    private final String dutch;
    private final String english;

    SignalStatus(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }

    /** Submitted and not yet answered: the ministry's clock runs. */
    public boolean isWithMinistry() {
        return this == INGEDIEND || this == ONTVANGEN || this == IN_BEHANDELING || this == VRAGEN;
    }
}
