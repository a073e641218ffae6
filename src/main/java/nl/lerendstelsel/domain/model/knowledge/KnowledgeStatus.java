package nl.lerendstelsel.domain.model.knowledge;

import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * Where a kennisbank item is in its life. Saving gives a concept (only editors see it); an editor publishes it; archiving
 * takes it off the public pages, the search and the API for everyone but editors, and keeps it. An archived item can be
 * published again by an editor.
 */
public enum KnowledgeStatus implements Labelled {
    /** Written or changed, not public. */
    CONCEPT,
    /** Public: on the kennisbank page, in the search and the API. */
    GEPUBLICEERD,
    /** Taken off the public pages; kept, and can be published again. */
    GEARCHIVEERD;

    @Override
    public String labelKey() {
        return "knowledge.status." + name();
    }
}
