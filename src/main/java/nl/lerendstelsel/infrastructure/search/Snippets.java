package nl.lerendstelsel.infrastructure.search;

import static nl.lerendstelsel.infrastructure.search.SearchIndex.BODY;
import static nl.lerendstelsel.infrastructure.search.SearchIndex.BODY_KP;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * The snippet under a hit: the best fragment of its text with the matched words in {@code <mark>} (the rest
 * HTML-escaped), matched by the Snowball stems first and the Kraaij-Pohlmann ones next; without a match, the text's
 * first 200 characters. The costly part of a result: it analyses the document's text again.
 */
final class Snippets {

    private static final int FRAGMENT = 160;
    private static final int PLAIN = 200;

    private final Analyzer analyzer;
    private final Highlighter snowball;
    private final Highlighter kraaijPohlmann;

    Snippets(Analyzer analyzer, Query match) {
        this.analyzer = analyzer;
        this.snowball = highlighter(match, BODY);
        this.kraaijPohlmann = highlighter(match, BODY_KP);
    }

    private static Highlighter highlighter(Query match, String field) {
        QueryScorer scorer = new QueryScorer(match, field);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        return highlighter;
    }

    /** The snippet of a stored text ({@code null}: none). */
    String of(String body) throws IOException {
        String text = body == null ? "" : body;
        try {
            String snippet = snowball.getBestFragment(analyzer, BODY, text);
            if (snippet == null) {
                snippet = kraaijPohlmann.getBestFragment(analyzer, BODY_KP, text);
            }
            return snippet != null ? snippet
                    : new SimpleHTMLEncoder().encodeText(text.length() > PLAIN ? text.substring(0, PLAIN) + "…" : text);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException(e);
        }
    }
}
