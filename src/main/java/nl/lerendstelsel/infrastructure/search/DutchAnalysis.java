package nl.lerendstelsel.infrastructure.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * How the index reads Dutch, per field: titles and texts through Lucene's Dutch analyser (stop words, the Snowball
 * Dutch stemmer), their {@code _kp} twins through the Kraaij-Pohlmann stemmer, and the title's words unstemmed for
 * suggestions while typing.
 */
final class DutchAnalysis {

    private DutchAnalysis() {
    }

    /** One analyser for the whole index, choosing by field. */
    static Analyzer perField() {
        Analyzer kraaijPohlmann = kraaijPohlmann();
        return new PerFieldAnalyzerWrapper(new DutchAnalyzer(), Map.of(
                SearchIndex.TITLE_WORDS, new StandardAnalyzer(CharArraySet.EMPTY_SET),
                SearchIndex.TITLE_KP, kraaijPohlmann,
                SearchIndex.BODY_KP, kraaijPohlmann));
    }

    /**
     * The Kraaij-Pohlmann stemmer beside the Snowball one: it joins plurals Snowball keeps apart ("leerroutes" and
     * "leerroute", "toetsen" and "toets"); Snowball in turn joins others ("taallessen" and "taalles"). Both are searched.
     */
    private static Analyzer kraaijPohlmann() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, DutchAnalyzer.getDefaultStopSet());
                result = new SnowballFilter(result, new KpStemmer());
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
