package nl.lerendstelsel.domain.model.search;

/**
 * Something searchable changed: a Q&A entry (published, withdrawn), a knowledge item, a knelpunt, a CoP post, a CoP
 * outcome (shared, edited, no longer shared) or a practice example (published, sent back, withdrawn, changed). The
 * search index observes it after the transaction commits and re-reads the item, so it never indexes what was rolled
 * back.
 */
public record ContentChanged(Kind kind, Long id) {

    public enum Kind {
        QA,
        KENNIS,
        KNELPUNT,
        BERICHT,
        OPBRENGST,
        /** A published practice example (praktijkvoorbeeld): found by everyone, as answers and knowledge are. */
        PRAKTIJK
    }
}
