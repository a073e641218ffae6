package nl.lerendstelsel.domain.model.practice;

import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * Where a practice example is in its publication: its author writes a concept and submits it for review; an editor who
 * did not write it publishes it or sends it back to concept with a reason; a published one can be sent back or
 * withdrawn (off the public pages, kept). Changing it makes it a concept again, so nothing public changes unreviewed.
 */
public enum PublicationStage implements Labelled {
    /** Being written; only its author and the editors see it. */
    CONCEPT,
    /** Submitted: waiting for an editor. */
    TER_REVIEW,
    /** Public: in the catalogue, the search and the API, without sign-in. */
    GEPUBLICEERD,
    /** Taken off the public pages by an editor or its author; kept, and can be written on and submitted again. */
    INGETROKKEN;

    @Override
    public String labelKey() {
        return "practice.stage." + name();
    }
}
