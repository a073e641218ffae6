package nl.lerendstelsel.domain.model.monitor;

import nl.lerendstelsel.domain.model.text.Labelled;

/** Where an organisation's response stands: a draft anyone of it may change, or submitted. */
public enum ResponseStatus implements Labelled {
    CONCEPT,
    INGEDIEND;

    @Override
    public String labelKey() {
        return "monitor.responseStatus." + name();
    }
}
