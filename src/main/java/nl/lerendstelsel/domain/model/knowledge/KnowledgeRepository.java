package nl.lerendstelsel.domain.model.knowledge;

import java.util.List;
import java.util.Optional;

/** Storage of the kennisbank. */
public interface KnowledgeRepository {

    void add(KnowledgeItem item);

    Optional<KnowledgeItem> find(Long id);

    void remove(KnowledgeItem item);

    /** Items, newest publication first, optionally of one type and/or theme. */
    List<KnowledgeItem> list(KnowledgeType type, String themeCode, int offset, int limit);

    long count(KnowledgeType type, String themeCode);
}
