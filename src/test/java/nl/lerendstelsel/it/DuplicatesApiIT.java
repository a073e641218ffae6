package nl.lerendstelsel.it;

import static nl.lerendstelsel.it.BottleneckApiIT.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Similar knelpunten while typing, and merging a duplicate: supports, followers and history move, the duplicate points on. */
@Tag("quick")
@ExtendWith(Stack.class)
class DuplicatesApiIT {

    private static String report(String username, String title, String gemeente) throws Exception {
        String body = Json.createObjectBuilder().add("titel", title)
                .add("omschrijving", "Statushouders wachten weken op een afspraak voor de leerbaarheidstoets bij DUO.")
                .add("thema", "leerbaarheidstoets").add("gemeente", gemeente).build().toString();
        ApiClient.Reply created = call("POST", "", username, body);
        assertEquals(201, created.status(), created.raw());
        return created.body().getString("referentie");
    }

    private static JsonArray array(ApiClient.Reply reply) {
        return Json.createReader(new StringReader(reply.raw())).readArray();
    }

    @Test
    void similarKnelpuntenAreSuggestedWhileTyping() throws Exception {
        String existing = report("professional", "Wachttijden voor de leerbaarheidstoets lopen op", "GM0344");
        // Suggestions come from the search index, which takes a new knelpunt in a moment after its commit (SearchIndexer).
        String path = "/vergelijkbaar?titel=" + URLEncoder.encode("Lange wachttijd leerbaarheidstoets", StandardCharsets.UTF_8);
        ApiClient.Reply similar = call("GET", path, "professional2", null);
        for (long until = System.nanoTime() + 15_000_000_000L; !similar.raw().contains(existing) && System.nanoTime() < until; ) {
            Thread.sleep(250);
            similar = call("GET", path, "professional2", null);
        }
        assertEquals(200, similar.status(), similar.raw());
        String answer = similar.raw();
        JsonObject match = array(similar).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("referentie").equals(existing)).findFirst().orElseThrow(() -> new AssertionError(answer));
        assertTrue(match.getInt("overeenkomst") >= 50, match.toString());
        assertEquals(0, array(call("GET", "/vergelijkbaar?titel=xyzzy%20plugh", "professional2", null)).size());
        assertEquals(0, array(call("GET", "/vergelijkbaar", "professional2", null)).size());
    }

    @Test
    void aHandlerMergesADuplicateAndEverythingMovesAlong() throws Exception {
        String survivor = report("professional", "Toetslocaties voor de leerbaarheidstoets zitten vol", "GM0344");
        String duplicate = report("professional2", "Geen plek bij toetslocaties leerbaarheidstoets", "GM0599");
        call("POST", "/" + duplicate + "/steun", "professional3", "{\"toelichting\":\"Ook in Amersfoort.\"}");
        call("POST", "/" + duplicate + "/steun", "professional", "{}");
        call("PUT", "/" + duplicate + "/volgen", "coordinator", null);
        long version = call("GET", "/" + duplicate, "facilitator", null).body().getJsonNumber("versie").longValue();

        assertEquals(403, call("POST", "/" + duplicate + "/samenvoegen", "coordinator",
                "{\"behouden\":\"" + survivor + "\",\"toelichting\":\"Dubbel.\"}").status(), "linking handlers do not merge at execution level");
        assertEquals(403, call("POST", "/" + duplicate + "/samenvoegen", "professional2",
                "{\"behouden\":\"" + survivor + "\",\"toelichting\":\"Dubbel.\"}").status());
        assertEquals(400, call("POST", "/" + duplicate + "/samenvoegen", "facilitator",
                "{\"behouden\":\"" + duplicate + "\",\"toelichting\":\"Dubbel.\"}").status(), "not into itself");
        ApiClient.Reply noReason = call("POST", "/" + duplicate + "/samenvoegen", "facilitator", "{\"behouden\":\"" + survivor + "\"}");
        assertEquals(400, noReason.status(), noReason.raw());
        assertEquals("FEEDBACK_REQUIRED", noReason.body().getString("reden"));
        assertEquals(409, call("POST", "/" + duplicate + "/samenvoegen", "facilitator",
                "{\"behouden\":\"" + survivor + "\",\"toelichting\":\"Dubbel.\",\"versie\":" + (version - 1) + "}").status());

        ApiClient.Reply merged = call("POST", "/" + duplicate + "/samenvoegen", "facilitator",
                "{\"behouden\":\"" + survivor + "\",\"toelichting\":\"Zelfde probleem met de toetscapaciteit.\",\"versie\":" + version + "}");
        assertEquals(200, merged.status(), merged.raw());
        assertEquals("GESLOTEN", merged.body().getString("status"));
        assertEquals(survivor, merged.body().getString("samengevoegdIn"));
        assertTrue(merged.body().getString("terugkoppeling").startsWith("Samengevoegd met " + survivor), merged.raw());

        List<String> supporting = call("GET", "/" + survivor + "/steun", "facilitator", null).body().getJsonArray("steunbetuigingen")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("organisatie")).sorted().toList();
        assertEquals(List.of("GM0307", "GM0599"), supporting, "Amersfoort's support moved, Rotterdam reported the duplicate, Utrecht is the reporter");
        assertTrue(call("GET", "/" + survivor + "/volgen", "coordinator", null).body().getBoolean("volgt"), "followers move");

        JsonArray history = array(call("GET", "/" + survivor + "/historie", "facilitator", null));
        List<JsonObject> lines = history.getValuesAs(JsonObject.class);
        assertTrue(lines.stream().anyMatch(l -> l.getString("actie").equals("MELDEN") && duplicate.equals(l.getString("uitKnelpunt", null))),
                history.toString());
        assertEquals("SAMENGEVOEGD", lines.get(lines.size() - 1).getString("actie"));
        List<String> duplicateHistory = array(call("GET", "/" + duplicate + "/historie", "facilitator", null)).getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("actie")).toList();
        assertEquals(List.of("SAMENVOEGEN"), duplicateHistory);

        assertEquals(409, call("POST", "/" + duplicate + "/samenvoegen", "facilitator",
                "{\"behouden\":\"" + survivor + "\",\"toelichting\":\"Nog eens.\"}").status(), "a closed knelpunt is not merged again");
        assertEquals(400, call("POST", "/" + survivor + "/samenvoegen", "facilitator",
                "{\"behouden\":\"" + duplicate + "\",\"toelichting\":\"Omgekeerd.\"}").status(), "not into a closed one");
        assertTrue(array(call("GET", "/vergelijkbaar?titel=toetslocaties%20leerbaarheidstoets", "facilitator", null))
                .getValuesAs(JsonObject.class).stream().noneMatch(s -> s.getString("referentie").equals(duplicate)),
                "a merged duplicate is no longer suggested");
    }

    @Test
    void aHandlerSplitsAKnelpuntWithSeveralProblems() throws Exception {
        String original = report("professional", "Toets te laat en geen kinderopvang tijdens lessen", "GM0344");
        call("POST", "/" + original + "/steun", "professional3", "{\"toelichting\":\"Beide spelen hier.\"}");
        String parts = "{\"delen\":[{\"titel\":\"Leerbaarheidstoets komt te laat\",\"omschrijving\":\"De toets wordt pas na acht weken afgenomen.\"},"
                + "{\"titel\":\"Geen kinderopvang tijdens taallessen\",\"omschrijving\":\"Ouders kunnen de lessen niet volgen zonder opvang.\"}],"
                + "\"toelichting\":\"Twee losse problemen.\"}";
        assertEquals(403, call("POST", "/" + original + "/splitsen", "professional", parts).status());
        ApiClient.Reply tooFew = call("POST", "/" + original + "/splitsen", "facilitator",
                "{\"delen\":[{\"titel\":\"Alleen een deel\",\"omschrijving\":\"Een enkel deel is geen splitsing.\"}],\"toelichting\":\"x\"}");
        assertEquals(400, tooFew.status(), tooFew.raw());
        ApiClient.Reply split = call("POST", "/" + original + "/splitsen", "facilitator", parts);
        assertEquals(201, split.status(), split.raw());
        List<String> references = split.body().getJsonArray("referenties").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(2, references.size());

        JsonObject closed = call("GET", "/" + original, "professional", null).body();
        assertEquals("GESLOTEN", closed.getString("status"));
        assertTrue(closed.getString("terugkoppeling").startsWith("Gesplitst in " + references.get(0) + ", " + references.get(1)), closed.toString());
        for (String part : references) {
            JsonObject p = call("GET", "/" + part, "professional", null).body();
            assertEquals("GEMELD", p.getString("status"));
            assertEquals("UITVOERING", p.getString("niveau"));
            assertEquals("leerbaarheidstoets", p.getString("thema"));
            assertEquals("Fatima El Amrani", p.getString("melder"));
            assertTrue(call("GET", "/" + part + "/steun", "professional", null).raw().contains("GM0307"), "support goes along");
            assertTrue(call("GET", "/" + part + "/historie", "professional", null).raw().contains("Ontstaan uit splitsing van " + original));
        }
        assertEquals(409, call("POST", "/" + original + "/splitsen", "facilitator", parts).status(), "a closed knelpunt is not split again");
    }
}
