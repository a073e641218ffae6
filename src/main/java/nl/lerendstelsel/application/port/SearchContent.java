package nl.lerendstelsel.application.port;

import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.search.ContentChanged;

/**
 * The searchable content as the database holds it, as index entries (implemented in infrastructure:
 * {@code SearchDocuments}): one item after a change, or all of a kind in batches for a rebuild.
 */
public interface SearchContent {

    /** A batch of entries and the last id read ({@code null}: nothing more). */
    record Batch(List<FullTextSearch.Entry> entries, Long lastId) {
    }

    /** The entry of one item; empty when it is no longer to be found (deleted, withdrawn, not public). */
    Optional<FullTextSearch.Entry> one(ContentChanged.Kind kind, Long id);

    /** Up to {@code size} entries of {@code kind} with an id above {@code afterId}, in id order. */
    Batch after(ContentChanged.Kind kind, long afterId, int size);
}
