package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administration through the API: only admins write reference data and settings (others 403, anonymous 401); a
 * municipal merger moves knelpunten and supports and loses nothing; a retired theme is kept on old knelpunten but not
 * offered; settings take effect at once. The merger lets two gemeenten of this run go up in an existing gemeente, so the
 * number of gemeenten other tests see stays 342.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class AdministrationApiIT {

    private static final long RUN = System.nanoTime();
    private static final String A = "GM" + (8000 + RUN % 900);
    private static final String B = "GM" + (8001 + RUN % 900);

    private static ApiClient.Reply call(String method, String path, String user, String json) throws Exception {
        return CommunitiesApiIT.call(method, path, user, json);
    }

    private static String knelpunt(String user, String title, String gemeente, String theme) throws Exception {
        ApiClient.Reply created = BottleneckApiIT.call("POST", "", user, Json.createObjectBuilder().add("titel", title)
                .add("omschrijving", "Inburgeraars wachten lang op een plek bij de taalschool in de regio.")
                .add("thema", theme).add("gemeente", gemeente).build().toString());
        assertEquals(201, created.status(), created.raw());
        return created.body().getString("referentie");
    }

    @Test
    void onlyAdminsWriteReferenceDataAndSettings() throws Exception {
        Map<String, String> writes = Map.of(
                "POST /gemeenten", "{\"code\":\"GM8999\",\"naam\":\"Proefgemeente\",\"arbeidsmarktregio\":\"AM01\"}",
                "PUT /gemeenten/GM0344", "{\"naam\":\"Utreg\"}",
                "POST /arbeidsmarktregios", "{\"code\":\"AM99\",\"naam\":\"Proefregio\"}",
                "PUT /arbeidsmarktregios/AM01", "{\"naam\":\"Proef\"}",
                "POST /organisaties", "{\"code\":\"PROEF\",\"naam\":\"Proef\",\"soort\":\"TAALSCHOOL\"}",
                "PUT /organisaties/DUO", "{\"actief\":false}",
                "POST /themas", "{\"code\":\"proef\",\"naam\":\"Proef\",\"name\":\"Test\"}",
                "PUT /themas/taal", "{\"actief\":false}",
                "POST /herindelingen", "{\"gemeenten\":[\"GM0344\"],\"code\":\"GM0599\"}",
                "PUT /instellingen", "{\"steun.drempel.gemeenten\":1}");
        for (Map.Entry<String, String> write : writes.entrySet()) {
            String[] parts = write.getKey().split(" ");
            for (String user : List.of("professional", "facilitator", "coordinator", "ministry", "editor")) {
                ApiClient.Reply reply = call(parts[0], parts[1], user, write.getValue());
                assertEquals(403, reply.status(), write.getKey() + " by " + user + ": " + reply.raw());
                assertEquals("application/problem+json", reply.contentType());
            }
            ApiClient.Reply anonymous = call(parts[0], parts[1], null, write.getValue());
            assertEquals(401, anonymous.status(), write.getKey() + " anonymously");
        }
        assertEquals(403, call("GET", "/instellingen", "coordinator", null).status());
        assertEquals("Utrecht", call("GET", "/gemeenten/GM0344", "professional", null).object().getString("naam"), "nothing changed");
        assertEquals(200, call("GET", "/instellingen", "admin", null).status());
    }

    @Test
    void badInputIsAProblemWithTheFieldsToFix() throws Exception {
        ApiClient.Reply bad = call("POST", "/gemeenten", "admin", "{\"code\":\"8000\",\"naam\":\"\",\"arbeidsmarktregio\":\"XX\"}");
        assertEquals(400, bad.status(), bad.raw());
        assertEquals("application/problem+json", bad.contentType());
        List<String> fields = bad.object().getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).toList();
        assertEquals(List.of("code", "naam", "arbeidsmarktregio"), fields);
        ApiClient.Reply self = call("POST", "/herindelingen", "admin", "{\"gemeenten\":[\"GM0344\"],\"code\":\"GM0344\"}");
        assertEquals(400, self.status(), self.raw());
        assertTrue(self.raw().contains("kan niet in zichzelf opgaan"), self.raw());
        ApiClient.Reply settings = call("PUT", "/instellingen", "admin", "{\"termijn.uitvoering\":0,\"onbekend\":3}");
        assertEquals(400, settings.status(), settings.raw());
        ApiClient.Reply range = call("PUT", "/instellingen", "admin", "{\"termijn.uitvoering\":0}");
        assertEquals(400, range.status(), range.raw());
        assertTrue(range.raw().contains("Kies een waarde van 1 tot en met 250."), range.raw());
        ApiClient.Reply order = call("PUT", "/instellingen", "admin", "{\"signaal.termijn.ontvangst\":60}");
        assertEquals(400, order.status(), order.raw());
    }

    @Test
    void aMunicipalMergerMovesKnelpuntenAndSupportsAndLosesNothing() throws Exception {
        for (String code : List.of(A, B)) {
            ApiClient.Reply added = call("POST", "/gemeenten", "admin", Json.createObjectBuilder().add("code", code)
                    .add("naam", "Proefgemeente " + code).add("provincie", "Drenthe").add("arbeidsmarktregio", "AM01").build().toString());
            assertEquals(201, added.status(), added.raw());
        }
        String inA = knelpunt("professional", "Geen taalschool in " + A, A, "taal");
        String inB = knelpunt("professional2", "Wachtlijst bij " + B, B, "taal");
        String elsewhere = knelpunt("professional3", "Leerbaarheidstoets te laat " + RUN, "GM0307", "taal");
        assertEquals(201, BottleneckApiIT.call("POST", "/" + elsewhere + "/steun", "facilitator", "{\"gemeente\":\"" + A + "\"}").status());
        assertEquals(201, BottleneckApiIT.call("POST", "/" + inA + "/steun", "facilitator", "{\"gemeente\":\"" + B + "\"}").status());
        long targetBefore = knelpuntenIn("GM1680");

        String merger = Json.createObjectBuilder().add("gemeenten", Json.createArrayBuilder().add(A).add(B)).add("code", "GM1680")
                .add("per", "2027-01-01").build().toString();
        ApiClient.Reply preview = call("POST", "/herindelingen/voorbeeld", "admin", merger);
        assertEquals(200, preview.status(), preview.raw());
        JsonObject counts = preview.object().getJsonObject("verplaatst");
        assertEquals(2, counts.getInt("knelpuntenInGemeente"));
        assertEquals(2, counts.getInt("steunVoorGemeente"));
        assertFalse(preview.object().getBoolean("uitgevoerd"));
        assertTrue(call("GET", "/gemeenten/" + A, "admin", null).object().getBoolean("actief"), "a preview changes nothing");

        ApiClient.Reply done = call("POST", "/herindelingen", "admin", merger);
        assertEquals(201, done.status(), done.raw());
        assertEquals(2, done.object().getJsonObject("verplaatst").getInt("knelpuntenInGemeente"));
        assertEquals(2, done.object().getJsonObject("verplaatst").getInt("steunVoorGemeente"));

        assertEquals(targetBefore + 2, knelpuntenIn("GM1680"), "both knelpunten moved");
        assertEquals(0, knelpuntenIn(A) + knelpuntenIn(B));
        for (String reference : List.of(inA, inB)) {
            JsonObject moved = BottleneckApiIT.call("GET", "/" + reference, "admin", null).body();
            assertEquals("GM1680", moved.getString("gemeente"), moved.toString());
            String history = BottleneckApiIT.call("GET", "/" + reference + "/historie", "admin", null).raw();
            assertTrue(history.contains("HERINDELING") && history.contains("opgegaan in Aa en Hunze (GM1680)"), history);
        }
        assertTrue(BottleneckApiIT.call("GET", "/" + elsewhere + "/steun", "admin", null).raw().contains("GM1680"), "support moved");
        assertTrue(BottleneckApiIT.call("GET", "/" + inA + "/steun", "admin", null).raw().contains("GM1680"), "support moved");

        JsonObject old = call("GET", "/gemeenten/" + A, "professional", null).object();
        assertFalse(old.getBoolean("actief"));
        assertEquals("GM1680", old.getString("opgegaanIn"));
        assertEquals("2027-01-01", old.getString("opgeheven"));
        assertEquals(342, call("GET", "/gemeenten", "professional", null).array().size(), "only current gemeenten");
        assertTrue(call("GET", "/gemeenten?ookOpgeheven=true", "professional", null).raw().contains(A));
        assertTrue(call("GET", "/gemeenten?ook-opgeheven=true", "professional", null).raw().contains(A),
                "the old, deprecated name keeps working until API version 2");
        ApiClient.Reply newInOld = BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder()
                .add("titel", "Nog een in een opgeheven gemeente").add("omschrijving", "Inburgeraars wachten lang op een plek.")
                .add("thema", "taal").add("gemeente", A).build().toString());
        assertEquals(400, newInOld.status(), "a merged gemeente is not offered for new knelpunten");
        assertEquals(400, call("POST", "/herindelingen", "admin", merger).status(), "not twice");
    }

    @Test
    void aRetiredThemeStaysOnOldKnelpuntenButIsNotOffered() throws Exception {
        String code = "proef-" + Long.toString(RUN, 36);
        ApiClient.Reply added = call("POST", "/themas", "admin", Json.createObjectBuilder().add("code", code)
                .add("naam", "Proefthema").add("name", "Test theme").build().toString());
        assertEquals(201, added.status(), added.raw());
        String old = knelpunt("professional", "Knelpunt onder een proefthema " + RUN, "GM0344", code);
        ApiClient.Reply renamed = call("PUT", "/themas/" + code, "admin", "{\"naam\":\"Proefthema nieuw\",\"name\":\"Test theme new\"}");
        assertEquals("Proefthema nieuw", renamed.object().getString("naam"));
        assertEquals(200, call("PUT", "/themas/" + code, "admin", "{\"actief\":false}").status());

        assertFalse(call("GET", "/themas", "professional", null).raw().contains(code), "not offered");
        assertTrue(call("GET", "/themas?ookIngetrokken=true", "professional", null).raw().contains(code));
        assertTrue(call("GET", "/themas?ook-ingetrokken=true", "professional", null).raw().contains(code),
                "the old, deprecated name keeps working until API version 2");
        assertEquals(code, BottleneckApiIT.call("GET", "/" + old, "professional", null).body().getString("thema"), "kept");
        ApiClient.Reply edited = BottleneckApiIT.call("PATCH", "/" + old, "professional", "{\"titel\":\"Knelpunt onder een oud proefthema " + RUN + "\"}");
        assertEquals(200, edited.status(), "editing keeps the retired theme: " + edited.raw());
        assertEquals(code, edited.body().getString("thema"));
        String other = knelpunt("professional", "Knelpunt onder een ander thema " + RUN, "GM0344", "taal");
        ApiClient.Reply changed = BottleneckApiIT.call("PATCH", "/" + other, "professional", "{\"thema\":\"" + code + "\"}");
        assertEquals(400, changed.status(), "a change of theme must be to an active one: " + changed.raw());
        assertTrue(changed.raw().contains("ingetrokken"), changed.raw());
        assertEquals(400, BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder().add("titel", "Nieuw " + RUN)
                .add("omschrijving", "Inburgeraars wachten lang op een plek.").add("thema", code).add("gemeente", "GM0344")
                .build().toString()).status());
        assertEquals(409, call("PUT", "/themas/" + code, "admin", "{\"actief\":false}").status(), "already retired");
    }

    @Test
    void partnersAreAddedRenamedAndRetired() throws Exception {
        String code = "PROEF-" + Long.toString(RUN, 36).toUpperCase();
        code = code.substring(0, Math.min(20, code.length()));
        assertEquals(201, call("POST", "/organisaties", "admin", "{\"code\":\"" + code + "\",\"naam\":\"Proefschool\",\"soort\":\"TAALSCHOOL\"}").status());
        assertEquals("Proefschool Noord", call("PUT", "/organisaties/" + code, "admin", "{\"naam\":\"Proefschool Noord\"}").object().getString("naam"));
        assertTrue(call("GET", "/organisaties", "professional", null).raw().contains(code));
        assertFalse(call("PUT", "/organisaties/" + code, "admin", "{\"actief\":false}").object().getBoolean("actief"));
        assertFalse(call("GET", "/organisaties", "professional", null).raw().contains(code));
        assertEquals(409, call("PUT", "/organisaties/GM0344", "admin", "{\"actief\":false}").status(), "gemeenten end by a merger");
        assertEquals("Gooi en Vecht", call("PUT", "/arbeidsmarktregios/AM12", "admin", "{\"naam\":\"Gooi en Vecht\"}")
                .object().getString("naam"));
        assertEquals("Gooi en Vechtstreek", call("PUT", "/arbeidsmarktregios/AM12", "admin", "{\"naam\":\"Gooi en Vechtstreek\"}")
                .object().getString("naam"), "named back for the other tests");
    }

    @Test
    void settingsTakeEffectAtOnce() throws Exception {
        String reference = knelpunt("professional", "Drempel voor opschaling " + RUN, "GM0344", "taal");
        assertEquals(201, BottleneckApiIT.call("POST", "/" + reference + "/steun", "professional2", "{}").status());
        assertFalse(BottleneckApiIT.call("GET", "/" + reference + "/steun", "facilitator", null).body().getBoolean("voorgesteldVoorOpschaling"));
        byte[] twoKilobytes = new byte[2048];
        twoKilobytes[0] = '%';
        try {
            ApiClient.Reply changed = call("PUT", "/instellingen", "admin",
                    "{\"steun.drempel.gemeenten\":2,\"bijlagen.max-bytes\":1024}");
            assertEquals(200, changed.status(), changed.raw());
            assertTrue(changed.array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(s -> s.getString("sleutel").equals("steun.drempel.gemeenten") && s.getInt("waarde") == 2
                            && s.getBoolean("gewijzigd") && "admin".equals(s.getString("gewijzigdDoor"))), changed.raw());
            assertTrue(BottleneckApiIT.call("GET", "/" + reference + "/steun", "facilitator", null).body()
                    .getBoolean("voorgesteldVoorOpschaling"), "two gemeenten in two regions now suffice");
            HttpResponse<byte[]> refused = AttachmentsIT.upload("professional", reference, "groot.pdf", twoKilobytes);
            assertEquals(400, refused.statusCode());
            assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("groter dan 1 kB"));
        } finally {
            assertEquals(200, call("PUT", "/instellingen", "admin", "{\"steun.drempel.gemeenten\":5,\"bijlagen.max-bytes\":10485760}").status());
        }
        assertFalse(BottleneckApiIT.call("GET", "/" + reference + "/steun", "facilitator", null).body().getBoolean("voorgesteldVoorOpschaling"));
    }

    private static long knelpuntenIn(String gemeente) throws Exception {
        return BottleneckApiIT.call("GET", "?gemeente=" + gemeente + "&paginaGrootte=1", "admin", null).body().getJsonNumber("totaal").longValue();
    }
}
