package nl.lerendstelsel.domain.model.knowledge;

/** Kinds of knowledge items, as the partners publish them. */
public enum KnowledgeType {
    ONDERZOEK,
    MONITOR,
    HANDREIKING,
    ANALYSE,
    INFOGRAPHIC,
    NIEUWS,
    HULPMIDDEL
}
