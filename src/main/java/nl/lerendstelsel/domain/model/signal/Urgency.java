package nl.lerendstelsel.domain.model.signal;

import nl.lerendstelsel.domain.model.text.Labelled;

/** How urgent the coordinator judges a signal. */
public enum Urgency implements Labelled {
    LAAG,
    GEMIDDELD,
    HOOG;

    @Override
    public String labelKey() {
        return "signal.urgency." + name();
    }
}
