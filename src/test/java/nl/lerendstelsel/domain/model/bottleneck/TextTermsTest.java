package nl.lerendstelsel.domain.model.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTermsTest {

    @Test
    void titleTermsWeighMoreThanDescriptionTerms() {
        Map<String, Integer> terms = TextTerms.of("Wachttijd leerbaarheidstoets", "De wachttijd bij DUO is lang voor statushouders.");
        assertEquals(3, terms.get("wachttijd"), "in the title: the title's weight wins");
        assertEquals(3, terms.get(TextTerms.stem("leerbaarheidstoets")));
        assertEquals(1, terms.get("duo"));
        assertEquals(1, terms.get("statushouder"));
        assertFalse(terms.containsKey("de") || terms.containsKey("bij") || terms.containsKey("is") || terms.containsKey("lang"),
                "stop words and short words are dropped: " + terms.keySet());
    }

    @Test
    void pluralsAccentsAndCaseFoldTogether() {
        assertEquals(TextTerms.of("Wachttijden", null).keySet(), TextTerms.of("wachttijd", null).keySet());
        assertEquals(TextTerms.of("Statushouders", null).keySet(), TextTerms.of("statushouder", null).keySet());
        assertEquals(TextTerms.of("Coördinatie", null).keySet(), TextTerms.of("coordinatie", null).keySet());
        assertEquals(TextTerms.of("TAALSCHOLEN", null).keySet(), TextTerms.of("taalscholen", null).keySet());
    }

    @Test
    void emptyAndPunctuationOnlyTextHasNoTerms() {
        assertTrue(TextTerms.of(null, null).isEmpty());
        assertTrue(TextTerms.of("  ...!? ", "").isEmpty());
        assertTrue(TextTerms.of("de het een", "en of maar").isEmpty());
    }

    @Test
    void longDescriptionsAndTermsAreBounded() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("woord").append(i).append(' ');
        }
        assertEquals(TextTerms.MAX_TEXT_TERMS, TextTerms.of(null, text.toString()).size());
        String longWord = "a".repeat(100);
        assertEquals(TextTerms.MAX_TERM_LENGTH, TextTerms.of(longWord, null).keySet().iterator().next().length());
    }
}
