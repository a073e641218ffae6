package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemLanguageFilterTest {

    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Ongeldig verzoek / Bad request\",\"status\":400,"
            + "\"detail\":\"Een of meer velden zijn ongeldig. / One or more fields are invalid.\",\"instance\":\"/api/v1/knelpunten\","
            + "\"invalidParams\":[{\"name\":\"regios\",\"reason\":\"Onbekende arbeidsmarktregio: AM99. / Unknown labour market region.\"},"
            + "{\"name\":\"thema\",\"reason\":\"Kies een bestaand thema.\"}]}";

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void englishClientsGetTheEnglishHalf() {
        JsonObject english = read(ProblemLanguageFilter.localise(PROBLEM, true));
        assertEquals("Bad request", english.getString("title"));
        assertEquals("One or more fields are invalid.", english.getString("detail"));
        assertEquals("Unknown labour market region.", english.getJsonArray("invalidParams").getJsonObject(0).getString("reason"));
        assertEquals("Kies een bestaand thema.", english.getJsonArray("invalidParams").getJsonObject(1).getString("reason"),
                "a reason in one language stays as it is");
        assertEquals(400, english.getInt("status"));
        assertEquals("/api/v1/knelpunten", english.getString("instance"));
    }

    @Test
    void dutchIsTheDefault() {
        JsonObject dutch = read(ProblemLanguageFilter.localise(PROBLEM, false));
        assertEquals("Ongeldig verzoek", dutch.getString("title"));
        assertEquals("Onbekende arbeidsmarktregio: AM99.", dutch.getJsonArray("invalidParams").getJsonObject(0).getString("reason"));
        assertEquals("Conflict", ProblemLanguageFilter.half("Conflict", true));
    }

    @Test
    void theFirstOfDutchAndEnglishTheClientAcceptsWins() {
        assertEquals(Optional.of(true), ProblemLanguageFilter.prefersEnglish(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("nl"))));
        assertEquals(Optional.of(false), ProblemLanguageFilter.prefersEnglish(List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH)));
        assertEquals(Optional.of(true), ProblemLanguageFilter.prefersEnglish(List.of(Locale.GERMAN, Locale.ENGLISH)), "German is not offered");
        assertEquals(Optional.empty(), ProblemLanguageFilter.prefersEnglish(List.of(Locale.FRENCH)), "neither: both, as before");
        assertEquals(Optional.empty(), ProblemLanguageFilter.prefersEnglish(List.of(new Locale("*"))), "any");
    }
}
