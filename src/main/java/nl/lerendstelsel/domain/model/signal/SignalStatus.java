package nl.lerendstelsel.domain.model.signal;

import nl.lerendstelsel.domain.model.text.Labelled;

/** Where a signal stands between the coordinator and the ministry. */
public enum SignalStatus implements Labelled {
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
    GESLOTEN,
    /** Withdrawn by the coordinator before the ministry answered; its knelpunten went back to linking level. */
    INGETROKKEN;

    @Override
    public String labelKey() {
        return "signal.status." + name();
    }

    /** Submitted and not yet answered: the ministry's clock runs. */
    public boolean isWithMinistry() {
        return this == INGEDIEND || this == ONTVANGEN || this == IN_BEHANDELING || this == VRAGEN;
    }
}
