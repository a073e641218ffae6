package nl.lerendstelsel.application.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The full-text index behind search, suggestions and similar knelpunten (implemented in infrastructure:
 * {@code SearchIndex}, Apache Lucene). It is a cache of the database: what it returns is checked against the
 * database again before anyone sees it.
 */
public interface FullTextSearch {

    /** One document: what is indexed, and the fields the visibility filter reads ({@code access}). */
    record Entry(String kind, String id, String title, String body, Collection<String> themes, String link,
                 Map<String, String> access) {
    }

    /** A hit: which document, its title, a snippet with the matched words in {@code <mark>} (HTML-escaped otherwise). */
    record Hit(String kind, String id, String title, String snippet, String link, float score) {
    }

    /**
     * What a reader may find, as the index can filter on it: answers and knowledge items for everyone; for a signed-in
     * reader also knelpunten (all of them for a {@code handler}; otherwise the unrestricted ones, their own, their
     * organisation's and — for the ministry — those at system level) and the posts of their CoPs ({@code communities};
     * {@code null}: all, for an admin).
     */
    record Reader(boolean signedIn, boolean handler, String subject, String organisationCode, boolean ministry,
                  Set<Long> communities) {

        /** A visitor who is not signed in. */
        public static Reader anonymous() {
            return new Reader(false, false, null, null, false, Set.of());
        }
    }

    /** Adds or replaces documents and makes them searchable. */
    void put(Collection<Entry> entries);

    void remove(String kind, String id);

    /** Empties the index (the start of a rebuild). */
    void clear();

    int size();

    /**
     * Ranked hits for {@code text} among what {@code reader} may find, optionally of some kinds and a theme: the first
     * {@code shown} of {@code candidates} hits that {@code stillVisible} accepts ({@code kind:id}; {@code null} accepts
     * all). Answers past their end date ({@code today}) rank lower; {@code today} null: no such demotion.
     */
    List<Hit> search(String text, Reader reader, Set<String> kinds, String theme, int candidates, int shown,
                     Function<List<Hit>, Set<String>> stillVisible, LocalDate today);

    /** Titles of documents the reader may find whose words start with what was typed. */
    List<String> suggest(String typed, Reader reader, int limit);

    /** References of the documents of {@code kind} the reader may find that are most like a title and text, best first. */
    List<String> similar(String kind, String title, String text, Reader reader, int limit);
}
