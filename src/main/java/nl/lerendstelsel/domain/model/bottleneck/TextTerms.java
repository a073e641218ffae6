package nl.lerendstelsel.domain.model.bottleneck;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns Dutch text into search terms for finding similar knelpunten: lower case, accents removed, split on anything
 * that is not a letter or digit, common Dutch words dropped, and a light stemming that folds plurals and the most
 * frequent endings together ("wachttijden", "wachttijd" → "wachttijd"). Terms from the title weigh
 * {@value #TITLE_WEIGHT}, from the description {@value #TEXT_WEIGHT}; a term keeps its highest weight.
 */
public final class TextTerms {

    public static final int TITLE_WEIGHT = 3;
    public static final int TEXT_WEIGHT = 1;
    /** At most this many terms from a description: enough to characterise it, bounded for long texts. */
    static final int MAX_TEXT_TERMS = 80;
    static final int MAX_TERM_LENGTH = 40;

    private static final Set<String> STOP_WORDS = Set.of(
            "aan", "achter", "al", "alle", "alleen", "als", "altijd", "ander", "andere", "bij", "binnen", "daar", "daarom",
            "dan", "dat", "de", "deze", "die", "dit", "doen", "door", "dus", "een", "eens", "en", "er", "erg", "geen",
            "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iets", "ik", "in", "is", "ja", "je",
            "kan", "komen", "komt", "kunnen", "lang", "maar", "me", "meer", "met", "mij", "moet", "moeten", "na", "naar",
            "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over", "te", "tegen", "toch",
            "tot", "tussen", "uit", "van", "veel", "voor", "vooral", "waar", "wat", "we", "wel", "werd", "wij", "wil",
            "word", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou", "zoals",
            "the", "and", "to");

    private TextTerms() {
    }

    /** The weighted terms of a title and an optional description. */
    public static Map<String, Integer> of(String title, String description) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        add(terms, title, TITLE_WEIGHT, Integer.MAX_VALUE);
        add(terms, description, TEXT_WEIGHT, MAX_TEXT_TERMS);
        return terms;
    }

    private static void add(Map<String, Integer> terms, String text, int weight, int max) {
        if (text == null) {
            return;
        }
        int added = 0;
        for (String word : normalise(text).split("[^\\p{L}\\p{Nd}]+")) {
            String term = stem(word);
            if (term.length() < 3 || STOP_WORDS.contains(word) || STOP_WORDS.contains(term)) {
                continue;
            }
            if (term.length() > MAX_TERM_LENGTH) {
                term = term.substring(0, MAX_TERM_LENGTH);
            }
            terms.merge(term, weight, Math::max);
            if (++added >= max) {
                return;
            }
        }
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Light Dutch stemming: plural and common inflection endings off, doubled final consonants and vowels folded. */
    static String stem(String word) {
        String w = word;
        for (String ending : new String[] {"heden", "ingen", "ing", "en", "es", "s", "e"}) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        int n = w.length();
        if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && Character.isLetter(w.charAt(n - 1))
                && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }
}
