package nl.lerendstelsel.domain.model.knowledge;

import nl.lerendstelsel.domain.model.text.Labelled;

/** Kinds of knowledge items, as the partners publish them. */
public enum KnowledgeType implements Labelled {
    ONDERZOEK,
    MONITOR,
    HANDREIKING,
    ANALYSE,
    INFOGRAPHIC,
    NIEUWS,
    HULPMIDDEL;

    @Override
    public String labelKey() {
        return "knowledge.type." + name();
    }
}
