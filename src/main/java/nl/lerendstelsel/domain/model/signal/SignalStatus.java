package nl.lerendstelsel.domain.model.signal;

/** Where a signal stands between the coordinator and the ministry. */
public enum SignalStatus {
    /** Being written by a coordinator; only the coordinators see it. */
    CONCEPT,
    /** Sent to the ministry; waiting for acknowledgement. */
    INGEDIEND,
    /** The ministry acknowledged receipt. */
    ONTVANGEN,
    /** The ministry is working on it. */
    IN_BEHANDELING,
    /** The ministry sent it back to the coordinator with questions. */
    VRAGEN,
    /** The ministry's formal response is published. */
    BEANTWOORD,
    /** Done (follow-up may still be recorded for adopted decisions). */
    GESLOTEN
}
