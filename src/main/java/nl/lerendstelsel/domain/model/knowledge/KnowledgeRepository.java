package nl.lerendstelsel.domain.model.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storage of the kennisbank. */
public interface KnowledgeRepository {

    void add(KnowledgeItem item);

    Optional<KnowledgeItem> find(Long id);

    /** Items with a status, newest publication first, optionally of one type and/or theme. */
    List<KnowledgeItem> list(KnowledgeStatus status, KnowledgeType type, String themeCode, int offset, int limit);

    long count(KnowledgeStatus status, KnowledgeType type, String themeCode);

    /** The ids among these of published items (one query). */
    Set<Long> publishedAmong(Collection<Long> ids);

    /** Stores (or replaces) the bytes of an item's file. */
    void storeFile(KnowledgeItem item, byte[] content);

    /** The bytes of an item's file, if it has one. */
    Optional<byte[]> file(KnowledgeItem item);

    void removeFile(KnowledgeItem item);
}
