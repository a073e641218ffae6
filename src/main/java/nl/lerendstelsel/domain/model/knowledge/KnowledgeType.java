package nl.lerendstelsel.domain.model.knowledge;

/** Kinds of knowledge items. */
public enum KnowledgeType {
    ONDERZOEK,
    HANDREIKING,
    NIEUWS,
    MONITOR
}
