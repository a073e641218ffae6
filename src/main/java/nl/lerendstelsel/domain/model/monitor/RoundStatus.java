package nl.lerendstelsel.domain.model.monitor;

import nl.lerendstelsel.domain.model.text.Labelled;

/** Where a monitor round stands: drafted, open for answers, closed. */
public enum RoundStatus implements Labelled {
    CONCEPT,
    OPEN,
    GESLOTEN;

    @Override
    public String labelKey() {
        return "monitor.roundStatus." + name();
    }
}
