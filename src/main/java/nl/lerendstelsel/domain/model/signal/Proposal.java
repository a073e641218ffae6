package nl.lerendstelsel.domain.model.signal;

import nl.lerendstelsel.domain.model.text.Labelled;

/** What a signal proposes. */
public enum Proposal implements Labelled {
    AANPASSING_WET_REGELGEVING,
    AANPASSING_UITVOERING,
    FINANCIERING,
    VERDUIDELIJKING;

    @Override
    public String labelKey() {
        return "signal.proposal." + name();
    }
}
