package nl.lerendstelsel.domain.model.monitor;

import nl.lerendstelsel.domain.model.text.Labelled;

/** Whom a monitor round asks. */
public enum TargetKind implements Labelled {
    /** Every active gemeente. */
    ALLE_GEMEENTEN,
    /** The gemeenten of some arbeidsmarktregio's. */
    REGIOS,
    /** The gemeenten of some provinces. */
    PROVINCIES,
    /** Some partner organisations. */
    PARTNERS;

    @Override
    public String labelKey() {
        return "monitor.target." + name();
    }
}
