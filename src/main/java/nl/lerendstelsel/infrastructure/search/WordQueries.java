package nl.lerendstelsel.infrastructure.search;

import static nl.lerendstelsel.infrastructure.search.SearchIndex.BODY;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.BODY_KP;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.KIND;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.TITLE;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.TITLE_KP;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.TITLE_WORDS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The queries built from words rather than typed by a reader: similar documents and suggestions while typing. */
final class WordQueries {

    /** Distinct words taken from a title and text to find similar documents: enough to characterise, bounded for long texts. */
    static final int MAX_SIMILAR_WORDS = 100;

    private WordQueries() {
    }

    /**
     * Documents of {@code kind} passing {@code visible} most like a title and a text: every distinct word of both is an
     * optional clause, matched in the documents' titles (weighing three times) and texts, so documents rank by the
     * rare words they share. Null when there is no word to look for.
     */
    static Query similar(Analyzer analyzer, String kind, String title, String text, Query visible) {
        String words = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
        BooleanQuery.Builder clauses = new BooleanQuery.Builder();
        int count = optional(analyzer, clauses, TITLE, words, 3f) + optional(analyzer, clauses, TITLE_KP, words, 3f)
                + optional(analyzer, clauses, BODY, words, 1f) + optional(analyzer, clauses, BODY_KP, words, 1f);
        if (count == 0) {
            return null;
        }
        return new BooleanQuery.Builder().add(clauses.build(), Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind)), Occur.FILTER)
                .add(visible, Occur.FILTER).build();
    }

    /** Adds the first distinct analysed words of {@code text} in {@code field} as optional clauses; returns how many. */
    private static int optional(Analyzer analyzer, BooleanQuery.Builder words, String field, String text, float boost) {
        if (text.isBlank()) {
            return 0;
        }
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < MAX_SIMILAR_WORDS && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String t : terms) {
            Query clause = new TermQuery(new Term(field, t));
            words.add(boost == 1f ? clause : new BoostQuery(clause, boost), Occur.SHOULD);
        }
        return terms.size();
    }

    /**
     * Titles passing {@code visible} whose words start with what was typed: every word must occur, the last may be
     * unfinished (a prefix of at least two letters). Null when nothing was typed worth looking for.
     */
    static Query suggestions(String typed, Query visible) {
        String[] words = typed == null ? new String[0] : typed.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}\\p{N}]+");
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int used = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            Term term = new Term(TITLE_WORDS, words[i]);
            query.add(i == words.length - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
            used++;
        }
        if (used == 0 || words[words.length - 1].length() < 2) {
            return null;
        }
        return query.add(visible, Occur.FILTER).build();
    }
}
