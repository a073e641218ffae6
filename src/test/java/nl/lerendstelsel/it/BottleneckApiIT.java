package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The knelpunten API with real Keycloak tokens: reporting, the privacy guard, roles, the workflow and conflicts. */
@Tag("quick")
@ExtendWith(Stack.class)
class BottleneckApiIT extends ApiClient {

    /** The knelpunten resource: {@code path} after {@code /api/v1/knelpunten}, accepting JSON. */
    static Reply call(String method, String path, String username, String json) throws Exception {
        return ApiClient.call(method, "/api/v1/knelpunten" + path, username, json);
    }

    static String report(String description) {
        return report(description, "GM0344");
    }

    /** Reports a knelpunt of GM0344 with this description as {@code professional} and returns its reference. */
    static String reported(String description) throws Exception {
        return call("POST", "", "professional", report(description)).body().getString("referentie");
    }

    static String report(String description, String gemeente) {
        return Json.createObjectBuilder()
                .add("titel", "Lange wachttijd voor de leerbaarheidstoets")
                .add("omschrijving", description)
                .add("thema", "leerbaarheidstoets")
                .add("gemeente", gemeente)
                .add("doelgroep", "Asielstatushouders")
                .add("schaal", "TIENTALLEN")
                .build().toString();
    }

    static String step(String text, Long version) {
        return step(text, version, null);
    }

    /** A step with a resolution category ({@code afhandelcategorie}), as resolving and closing need. */
    static String step(String text, Long version, String category) {
        var builder = Json.createObjectBuilder();
        if (category != null) {
            builder.add("afhandelcategorie", category);
        }
        if (text != null) {
            builder.add("toelichting", text);
        }
        if (version != null) {
            builder.add("versie", version);
        }
        return builder.build().toString();
    }

    @Test
    void aProfessionalReportsAKnelpunt() throws Exception {
        Reply created = call("POST", "", "professional", report("Inburgeraars wachten zes weken op een afspraak voor de toets."));
        assertEquals(201, created.status(), created.raw());
        String reference = created.body().getString("referentie");
        assertTrue(reference.matches("KP-\\d{4}-\\d{5}"), reference);
        assertTrue(created.location().endsWith("/api/v1/knelpunten/" + reference));
        assertEquals("UITVOERING", created.body().getString("niveau"));
        assertEquals("GEMELD", created.body().getString("status"));
        assertEquals("GM0344", created.body().getString("organisatie"));

        Reply read = call("GET", "/" + reference, "coordinator", null);
        assertEquals(200, read.status());
        assertEquals("Lange wachttijd voor de leerbaarheidstoets", read.body().getString("titel"));
    }

    @Test
    void targetGroupsAreReportedPatchedAndFilteredOn() throws Exception {
        Reply created = call("POST", "", "professional", Json.createObjectBuilder()
                .add("titel", "Gezinsmigranten vinden geen passende taalles")
                .add("omschrijving", "Gezinsmigranten met jonge kinderen kunnen alleen overdag naar les; er zijn geen avondgroepen.")
                .add("thema", "taal").add("gemeente", "GM0344")
                .add("doelgroepen", Json.createArrayBuilder().add("gezinsmigranten").add("statushouders")).build().toString());
        assertEquals(201, created.status(), created.raw());
        String reference = created.body().getString("referentie");
        assertEquals(List.of("statushouders", "gezinsmigranten"), created.body().getJsonArray("doelgroepen")
                .getValuesAs(jakarta.json.JsonString::getString), "in the order of the target groups");

        Reply filtered = call("GET", "?doelgroep=gezinsmigranten&paginaGrootte=100", "coordinator", null);
        assertEquals(200, filtered.status(), filtered.raw());
        assertTrue(filtered.raw().contains(reference), "the list filters on the target group");
        assertFalse(call("GET", "?doelgroep=vrijwillige-inburgeraars&paginaGrootte=100", "coordinator", null).raw().contains(reference));
        assertEquals(400, call("GET", "?doelgroep=asielzoekers", "coordinator", null).status());

        Reply patched = call("PATCH", "/" + reference, "professional", "{\"doelgroepen\":[\"vrijwillige-inburgeraars\"]}");
        assertEquals(200, patched.status(), patched.raw());
        assertEquals(List.of("vrijwillige-inburgeraars"), patched.body().getJsonArray("doelgroepen")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(call("GET", "/" + reference + "/historie", "professional", null).raw().contains("doelgroepen"),
                "the history line names the changed field");
        Reply unknown = call("PATCH", "/" + reference, "professional", "{\"doelgroepen\":[\"asielzoekers\"]}");
        assertEquals(400, unknown.status(), unknown.raw());
        assertTrue(unknown.raw().contains("doelgroepen"), unknown.raw());
    }

    @Test
    void personalDataIsRefusedWith422AndTheFindings() throws Exception {
        Reply refused = call("POST", "", "professional",
                report("Mevrouw (BSN 1234.56.782, e-mail a.jansen@voorbeeld.nl) wacht al maanden op de toets."));
        assertEquals(422, refused.status(), refused.raw());
        assertEquals("application/problem+json", refused.contentType());
        JsonArray findings = refused.body().getJsonArray("bevindingen");
        List<String> kinds = findings.getValuesAs(JsonObject.class).stream().map(f -> f.getString("soort")).toList();
        assertEquals(List.of("BSN", "EMAIL"), kinds);
        assertEquals("omschrijving", findings.getJsonObject(0).getString("veld"));
        assertFalse(refused.raw().contains("1234.56.782") || refused.raw().contains("a.jansen"), "found values are never echoed");
    }

    @Test
    void invalidFieldsAreNamedAndOnlySignedInProfessionalsReport() throws Exception {
        Reply invalid = call("POST", "", "professional", "{\"titel\":\"\",\"omschrijving\":\"Te kort\",\"thema\":\"x\",\"gemeente\":\"DUO\"}");
        assertEquals(400, invalid.status(), invalid.raw());
        List<String> names = invalid.body().getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).toList();
        assertEquals(List.of("titel", "omschrijving", "thema", "gemeente"), names);

        assertEquals(403, call("POST", "", "coordinator", report("Inburgeraars wachten zes weken op een afspraak.")).status());
        assertEquals(401, call("GET", "", null, null).status());
        assertEquals(404, call("GET", "/KP-1999-99999", "professional", null).status());
    }

    @Test
    void upToLinkingLevelAndBackDownWithFeedback() throws Exception {
        String reference = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        String path = "/" + reference;

        assertEquals(403, call("POST", path + "/in-behandeling-nemen", "professional", step(null, null)).status());
        assertEquals(200, call("POST", path + "/in-behandeling-nemen", "facilitator", step(null, null)).status());
        Reply noReason = call("POST", path + "/opschalen", "facilitator", step(" ", null));
        assertEquals(400, noReason.status());
        assertEquals("REASON_REQUIRED", noReason.body().getString("reden"));
        Reply escalated = call("POST", path + "/opschalen", "facilitator", step("Speelt in vijf gemeenten in de regio.", null));
        assertEquals("SCHAKEL", escalated.body().getString("niveau"));
        assertEquals("GEMELD", escalated.body().getString("status"));

        assertEquals(409, call("POST", path + "/opschalen", "facilitator", step("Nog eens.", null)).status());
        call("POST", path + "/in-behandeling-nemen", "coordinator", step(null, null));
        Reply returned = call("POST", path + "/terugleggen", "coordinator",
                step("De gemeente kan extra toetsmomenten inkopen binnen het bestaande budget.", null));
        assertEquals(200, returned.status(), returned.raw());

        Reply seenByReporter = call("GET", path, "professional", null);
        assertEquals("UITVOERING", seenByReporter.body().getString("niveau"));
        assertEquals("TERUGGELEGD", seenByReporter.body().getString("status"));
        assertTrue(seenByReporter.body().getString("terugkoppeling").startsWith("De gemeente kan"));

        JsonArray lines = ApiClient.call("GET", "/api/v1/knelpunten" + path + "/historie", "professional", null, null).array();
        assertEquals(List.of("MELDEN", "IN_BEHANDELING_NEMEN", "OPSCHALEN", "IN_BEHANDELING_NEMEN", "TERUGLEGGEN"),
                lines.getValuesAs(JsonObject.class).stream().map(l -> l.getString("actie")).toList());
    }

    @Test
    void aReturnedKnelpuntIsAConversationItsReporterAcceptsOrSendsBackUp() throws Exception {
        String reference = reported("Inburgeraars krijgen de uitnodiging voor de brede intake pas na acht weken.");
        String path = "/" + reference;
        call("POST", path + "/in-behandeling-nemen", "facilitator", step(null, null));
        call("POST", path + "/opschalen", "facilitator", step("Speelt in meer gemeenten in de regio.", null));
        call("POST", path + "/in-behandeling-nemen", "coordinator", step(null, null));
        assertEquals(200, call("POST", path + "/terugleggen", "coordinator",
                step("De gemeente mag de intake eerder plannen; de termijn van tien weken is een maximum.", null)).status());

        // only the reporter answers the feedback; sending it back up needs a reason
        assertEquals(403, call("POST", path + "/terugkoppeling-aanvaarden", "facilitator", step(null, null)).status());
        Reply noReason = call("POST", path + "/opnieuw-voorleggen", "professional", step(" ", null));
        assertEquals(400, noReason.status(), noReason.raw());
        assertEquals("REASON_REQUIRED", noReason.body().getString("reden"));
        Reply up = call("POST", path + "/opnieuw-voorleggen", "professional",
                step("Dat plannen wij al zo; de wachttijd zit bij het COA dat de gegevens pas na zes weken levert.", null));
        assertEquals(200, up.status(), up.raw());
        assertEquals("SCHAKEL", up.body().getString("niveau"));
        assertEquals("HEROPEND", up.body().getString("status"));
        // the coordinators hear it is their turn again
        List<JsonObject> told = NotificationsApiIT.notifications("coordinator", "?paginaGrootte=100", "GET").body()
                .getJsonArray("meldingen").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("referentie").equals(reference) && m.getString("titel").contains("opnieuw voor")).toList();
        assertEquals(1, told.size(), "the coordinator is told once: " + told);

        call("POST", path + "/in-behandeling-nemen", "coordinator", step(null, null));
        assertEquals(200, call("POST", path + "/terugleggen", "coordinator",
                step("Het COA levert de gegevens sinds december binnen twee weken; plan de intake daarna.", null)).status());
        Reply accepted = call("POST", path + "/terugkoppeling-aanvaarden", "professional", step(null, null));
        assertEquals(200, accepted.status(), accepted.raw());
        assertEquals("OPGELOST", accepted.body().getString("status"));
        assertEquals("VERDUIDELIJKT", accepted.body().getString("afhandelcategorie"));
        assertTrue(accepted.body().getString("terugkoppeling").startsWith("Het COA levert"), accepted.raw());
        assertEquals(409, call("POST", path + "/opnieuw-voorleggen", "professional", step("Toch niet.", null)).status(),
                "once accepted, it is resolved (reopening is the way back)");
    }

    @Test
    void aKnelpuntNamesTheArticlesOfLawItIsAboutLinkedToTheTextInForce() throws Exception {
        String reference = reported("De termijn voor het persoonlijk plan inburgering en participatie is niet haalbaar.");
        String path = "/" + reference + "/wetsartikelen";
        assertEquals(0, ApiClient.call("GET", "/api/v1/knelpunten" + path, "professional", null, null).array().size());

        Reply bad = call("PUT", path, "professional", "{\"wetsartikelen\":[\"artikel 15\"]}");
        assertEquals(400, bad.status(), bad.raw());
        assertEquals("wetsartikelen", bad.body().getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        assertEquals(403, call("PUT", path, "professional2", "{\"wetsartikelen\":[\"WI2021 art. 15\"]}").status(),
                "not the reporter, not a handler");

        JsonArray named = ApiClient.call("PUT", "/api/v1/knelpunten" + path, "professional",
                "{\"wetsartikelen\":[\"WI2021 art. 15 lid 2\",\"bi2021 artikel 5.3\",\"WI2021 art. 15 lid 2\"]}", null).array();
        assertEquals(2, named.size(), "a repeat is named once: " + named);
        assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=15&lid=2", named.getJsonObject(0).getString("link"));
        assertEquals("BI2021 art. 5.3", named.getJsonObject(1).getString("code"));
        assertEquals("artikel 5.3 van het Besluit inburgering 2021", named.getJsonObject(1).getString("citaat"));
        assertEquals(2, ApiClient.call("GET", "/api/v1/knelpunten" + path, "facilitator", null, null).array().size());
        assertEquals(0, ApiClient.call("PUT", "/api/v1/knelpunten" + path, "facilitator", "{\"wetsartikelen\":[]}", null).array().size(),
                "a handler of its level may change them; an empty list clears them");
    }

    @Test
    void aStaleVersionGets409WithTheCurrentVersion() throws Exception {
        Reply created = call("POST", "", "professional", report("Inburgeraars wachten zes weken op een afspraak voor de toets."));
        String path = "/" + created.body().getString("referentie");
        long seen = created.body().getJsonNumber("versie").longValue();
        assertEquals(200, call("POST", path + "/in-behandeling-nemen", "facilitator", step(null, seen)).status());
        Reply conflict = call("POST", path + "/sluiten", "facilitator", step("Dubbel gemeld.", seen));
        assertEquals(409, conflict.status(), conflict.raw());
        assertEquals(seen + 1, conflict.body().getJsonNumber("huidigeVersie").longValue());
        assertEquals("IN_BEHANDELING", call("GET", path, "facilitator", null).body().getString("status"));
    }

    @Test
    void otherOrganisationsSupportOncePerOrganisation() throws Exception {
        String reference = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        String path = "/" + reference + "/steun";

        Reply rotterdam = call("POST", path, "professional2", "{\"toelichting\":\"Bij ons duurt het zelfs acht weken.\"}");
        assertEquals(201, rotterdam.status(), rotterdam.raw());
        assertEquals(1, rotterdam.body().getInt("organisaties"));
        assertEquals(2, rotterdam.body().getInt("gemeenten"));
        assertEquals(2, rotterdam.body().getInt("regios"));
        assertFalse(rotterdam.body().getBoolean("voorgesteldVoorOpschaling"));

        Reply again = call("POST", path, "professional2", "{}");
        assertEquals(400, again.status());
        assertEquals("steun", again.body().getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        assertEquals(400, call("POST", path, "professional", "{}").status(), "the reporting organisation counts already");
        assertEquals(403, call("POST", path, "coordinator", "{}").status());
        assertEquals(422, call("POST", path, "facilitator", "{\"gemeente\":\"GM0363\",\"toelichting\":\"Bel 06-12345678.\"}").status());

        Reply divosa = call("POST", path, "facilitator", "{\"gemeente\":\"GM0363\"}");
        assertEquals(201, divosa.status(), divosa.raw());
        assertEquals(2, divosa.body().getInt("organisaties"));
        assertEquals(3, divosa.body().getInt("gemeenten"));
        assertEquals(List.of("GM0599", "DIVOSA"), divosa.body().getJsonArray("steunbetuigingen").getValuesAs(JsonObject.class)
                .stream().map(s -> s.getString("organisatie")).toList());
    }

    @Test
    void theListFiltersOnLevelThemeMineAndSupport() throws Exception {
        String utrecht = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        String rotterdam = call("POST", "", "professional2", report("Ook in Rotterdam is de wachttijd voor de toets lang.", "GM0599"))
                .body().getString("referentie");
        call("POST", "/" + utrecht + "/steun", "professional2", "{}");

        List<String> mine = references(call("GET", "?mijn=true&paginaGrootte=100", "professional2", null));
        assertTrue(mine.contains(rotterdam) && !mine.contains(utrecht), mine.toString());
        List<String> supported = references(call("GET", "?gesteund=true&paginaGrootte=100", "professional2", null));
        assertTrue(supported.contains(utrecht) && !supported.contains(rotterdam), supported.toString());
        List<String> inRijnmond = references(call("GET", "?gemeente=GM0599&thema=leerbaarheidstoets&niveau=UITVOERING&paginaGrootte=100", "coordinator", null));
        assertTrue(inRijnmond.contains(rotterdam) && !inRijnmond.contains(utrecht), inRijnmond.toString());
        assertEquals(List.of(), references(call("GET", "?niveau=STELSEL&gemeente=GM0599&paginaGrootte=100", "coordinator", null)));
        Reply wrong = call("GET", "?niveau=HOOG", "coordinator", null);
        assertEquals(400, wrong.status());
        assertEquals("niveau", wrong.body().getJsonArray("invalidParams").getJsonObject(0).getString("name"));
    }

    @Test
    void deadlinesSortingAndAssignment() throws Exception {
        Reply created = call("POST", "", "professional", report("Inburgeraars wachten zes weken op een afspraak voor de toets."));
        String reference = created.body().getString("referentie");
        assertTrue(created.body().getString("termijn").matches("\\d{4}-\\d{2}-\\d{2}"), created.raw());
        assertFalse(created.body().getBoolean("teLaat"));
        assertFalse(created.body().getBoolean("voorgesteldVoorOpschaling"));

        assertFalse(references(call("GET", "?teLaat=true&paginaGrootte=100", "facilitator", null)).contains(reference));
        assertFalse(references(call("GET", "?voorgesteld=true&paginaGrootte=100", "facilitator", null)).contains(reference));
        // By due day, every page in order; the new knelpunt (the latest due day so far) is on one of them, wherever the
        // suite's other knelpunten of this reporter put it.
        List<String> dueDays = new java.util.ArrayList<>();
        boolean found = false;
        for (int page = 1; !found; page++) {
            JsonObject body = call("GET", "?sortering=termijn&niveau=UITVOERING&mijn=true&paginaGrootte=100&pagina=" + page,
                    "professional", null).body();
            List<JsonObject> items = body.getJsonArray("knelpunten").getValuesAs(JsonObject.class);
            assertFalse(items.isEmpty(), "the new knelpunt is on none of the pages sorted by due day");
            items.forEach(k -> dueDays.add(k.getString("termijn", "9999-99-99")));
            found = items.stream().anyMatch(k -> k.getString("referentie").equals(reference));
        }
        assertEquals(dueDays.stream().sorted().toList(), dueDays, "sorted by due day");
        Reply unknownOrder = call("GET", "?sortering=titel", "facilitator", null);
        assertEquals(400, unknownOrder.status());
        assertEquals("sortering", unknownOrder.body().getJsonArray("invalidParams").getJsonObject(0).getString("name"));

        assertEquals(403, call("POST", "/" + reference + "/toewijzen", "coordinator", "{\"behandelaar\":\"facilitator\"}").status());
        Reply notAHandler = call("POST", "/" + reference + "/toewijzen", "facilitator", "{\"behandelaar\":\"professional\"}");
        assertEquals(400, notAHandler.status(), notAHandler.raw());
        Reply assigned = call("POST", "/" + reference + "/toewijzen", "facilitator", "{\"behandelaar\":\"facilitator\"}");
        assertEquals(200, assigned.status(), assigned.raw());
        assertEquals("GEMELD", assigned.body().getString("status"));
        assertFalse(assigned.body().isNull("behandelaar"));
    }

    @Test
    void theReporterEditsWhileNobodyHasTakenItUp() throws Exception {
        Reply created = call("POST", "", "professional", report("Inburgeraars wachten zes weken op een afspraak voor de toets."));
        String path = "/" + created.body().getString("referentie");
        long version = created.body().getJsonNumber("versie").longValue();

        Reply patched = send(request("PATCH", "/api/v1/knelpunten" + path, "professional",
                "{\"titel\":\"Acht weken wachten op de leerbaarheidstoets\",\"doelgroep\":null,\"versie\":" + version + "}", null)
                .setHeader("Content-Type", "application/merge-patch+json").build());
        assertEquals(200, patched.status(), patched.raw());
        Reply read = call("GET", path, "professional", null);
        assertEquals("Acht weken wachten op de leerbaarheidstoets", read.body().getString("titel"));
        assertTrue(!read.body().containsKey("doelgroep") || read.body().isNull("doelgroep"), read.raw());
        assertEquals("Inburgeraars wachten zes weken op een afspraak voor de toets.", read.body().getString("omschrijving"));
        Reply history = call("GET", path + "/historie", "professional", null);
        assertTrue(history.raw().contains("Gewijzigd: titel, doelgroep"), history.raw());

        Reply stale = call("PATCH", path, "professional", "{\"titel\":\"Nog een andere titel\",\"versie\":" + version + "}");
        assertEquals(409, stale.status(), stale.raw());
        assertEquals(403, call("PATCH", path, "professional2", "{\"titel\":\"Niet van mij maar toch\"}").status());
        assertEquals(422, call("PATCH", path, "professional", "{\"omschrijving\":\"Bel mevrouw Jansen op 06-12345678 voor details.\"}").status());
        Reply unknown = call("PATCH", path, "professional", "{\"status\":\"OPGELOST\"}");
        assertEquals(400, unknown.status());
        assertEquals("status", unknown.body().getJsonArray("invalidParams").getJsonObject(0).getString("name"));

        call("POST", path + "/in-behandeling-nemen", "facilitator", step(null, null));
        Reply taken = call("PATCH", path, "professional", "{\"titel\":\"Te laat om te wijzigen\"}");
        assertEquals(409, taken.status(), taken.raw());
        assertEquals(200, call("PATCH", path, "admin", "{\"schaal\":\"HONDERDEN\"}").status(), "an admin corrects while open");
    }

    @Test
    void aRestrictedKnelpuntExistsOnlyForTheReportingOrganisationAndHandlers() throws Exception {
        String body = Json.createObjectBuilder().add("titel", "Gevoelige situatie rond een taalschool in Utrecht")
                .add("omschrijving", "Een lokale taalschool stopt plotseling; de gemeente zoekt in stilte naar vervanging.")
                .add("thema", "onderwijsroute").add("gemeente", "GM0344").add("afgeschermd", true).build().toString();
        Reply created = call("POST", "", "professional", body);
        assertEquals(201, created.status(), created.raw());
        assertTrue(created.body().getBoolean("afgeschermd"));
        String reference = created.body().getString("referentie");
        String path = "/" + reference;

        for (String outsider : List.of("professional2", "ministry", "editor")) {
            assertEquals(404, call("GET", path, outsider, null).status(), outsider);
            assertEquals(404, call("GET", path + "/historie", outsider, null).status(), outsider);
            assertFalse(references(call("GET", "?paginaGrootte=100&sortering=-gemeld", outsider, null)).contains(reference), outsider);
            assertFalse(call("GET", "/vergelijkbaar?titel=Gevoelige%20situatie%20taalschool", outsider, null).raw().contains(reference), outsider);
        }
        assertEquals(404, call("POST", path + "/steun", "professional2", "{}").status(), "no support for what you cannot see");
        assertEquals(404, call("POST", path + "/reacties", "professional2", "{\"tekst\":\"Wat is hier aan de hand?\"}").status());
        for (String insider : List.of("professional", "facilitator", "coordinator", "admin")) {
            assertEquals(200, call("GET", path, insider, null).status(), insider);
            assertTrue(references(call("GET", "?paginaGrootte=100&sortering=-gemeld", insider, null)).contains(reference), insider);
        }
        assertEquals(200, call("PATCH", path, "professional", "{\"afgeschermd\":false}").status());
        assertEquals(200, call("GET", path, "professional2", null).status(), "lifted: everyone signed in reads it again");
    }

    @Test
    void tagsAreNormalisedFilterableAndEditable() throws Exception {
        String body = Json.createObjectBuilder().add("titel", "Kinderopvang ontbreekt tijdens de taallessen")
                .add("omschrijving", "Ouders met jonge kinderen kunnen de taallessen niet volgen zonder opvang.")
                .add("thema", "onderwijsroute").add("gemeente", "GM0344")
                .add("tags", Json.createArrayBuilder().add("Kinderopvang").add(" leerroute ").add("kinderopvang")).build().toString();
        Reply created = call("POST", "", "professional", body);
        assertEquals(201, created.status(), created.raw());
        String reference = created.body().getString("referentie");
        assertEquals(List.of("kinderopvang", "leerroute"), created.body().getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(references(call("GET", "?tag=Kinderopvang&paginaGrootte=100", "coordinator", null)).contains(reference));
        assertFalse(references(call("GET", "?tag=vervoer&paginaGrootte=100", "coordinator", null)).contains(reference));

        Reply invalid = call("POST", "", "professional", body.replace("\"Kinderopvang\"", "\"<b>\""));
        assertEquals(400, invalid.status(), invalid.raw());
        assertEquals("tags", invalid.body().getJsonArray("invalidParams").getJsonObject(0).getString("name"));

        Reply patched = call("PATCH", "/" + reference, "professional", "{\"tags\":[\"vervoer\"]}");
        assertEquals(200, patched.status(), patched.raw());
        assertTrue(references(call("GET", "?tag=vervoer&paginaGrootte=100", "coordinator", null)).contains(reference));
        assertTrue(call("GET", "/" + reference + "/historie", "professional", null).raw().contains("Gewijzigd: tags"));
    }

    /** Issue 26: resolving and closing record how it ended; the reporter withdraws their own knelpunt, nobody else. */
    @Test
    void resolvingRecordsACategoryAndTheReporterWithdraws() throws Exception {
        String reference = reported("Mag de leerbaarheidstoets na ziekte opnieuw worden afgenomen?");
        String path = "/" + reference;
        assertEquals(200, call("POST", path + "/in-behandeling-nemen", "facilitator", step(null, null)).status());
        String text = "De toets is één bron van de brede intake; leg uw eigen waarneming daarnaast vast.";
        Reply without = call("POST", path + "/oplossen", "facilitator", step(text, null));
        assertEquals(400, without.status(), without.raw());
        assertEquals("afhandelcategorie", without.body().getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        Reply unknown = call("POST", path + "/oplossen", "facilitator", step(text, null, "MISSCHIEN"));
        assertEquals(400, unknown.status(), unknown.raw());
        Reply misfit = call("POST", path + "/oplossen", "facilitator", step(text, null, "NIET_OVERGENOMEN"));
        assertEquals(400, misfit.status(), "not adopted is no solution: " + misfit.raw());
        assertEquals("IN_BEHANDELING", call("GET", path, "professional", null).body().getString("status"), "nothing changed");
        Reply resolved = call("POST", path + "/oplossen", "facilitator", step(text, null, "VERDUIDELIJKT"));
        assertEquals(200, resolved.status(), resolved.raw());
        assertEquals("OPGELOST", resolved.body().getString("status"));
        assertEquals("VERDUIDELIJKT", resolved.body().getString("afhandelcategorie"));
        List<JsonObject> lines = call("GET", path + "/historie", "professional", null).array().getValuesAs(JsonObject.class);
        assertEquals("VERDUIDELIJKT", lines.get(lines.size() - 1).getString("afhandelcategorie"));
        assertTrue(!lines.get(0).containsKey("afhandelcategorie") || lines.get(0).isNull("afhandelcategorie"),
                "only the step that ended it");
        assertTrue(references(call("GET", "?afhandelcategorie=VERDUIDELIJKT&paginaGrootte=100", "coordinator", null)).contains(reference));
        assertFalse(references(call("GET", "?afhandelcategorie=INGETROKKEN&paginaGrootte=100", "coordinator", null)).contains(reference));
        assertEquals(400, call("GET", "?afhandelcategorie=OPGELOST", "coordinator", null).status(), "an unknown category is named");

        String mine = reported("De taalschool stuurt geen voortgangsrapportages.");
        assertEquals(403, call("POST", "/" + mine + "/intrekken", "facilitator", step("Niet van mij.", null)).status());
        assertEquals(403, call("POST", "/" + mine + "/intrekken", "professional2", step("Niet van mij.", null)).status());
        assertEquals(400, call("POST", "/" + mine + "/intrekken", "professional", step(" ", null)).status(), "a reason is required");
        Reply withdrawn = call("POST", "/" + mine + "/intrekken", "professional",
                step("De rapportages komen sinds deze maand wel binnen.", null));
        assertEquals(200, withdrawn.status(), withdrawn.raw());
        assertEquals("GESLOTEN", withdrawn.body().getString("status"));
        assertEquals("INGETROKKEN", withdrawn.body().getString("afhandelcategorie"));
        assertEquals("De rapportages komen sinds deze maand wel binnen.", withdrawn.body().getString("terugkoppeling"));
        assertTrue(references(call("GET", "?afhandelcategorie=INGETROKKEN&paginaGrootte=100", "professional", null)).contains(mine));
    }

    private static List<String> references(Reply page) {
        return page.body().getJsonArray("knelpunten").getValuesAs(JsonObject.class).stream().map(k -> k.getString("referentie")).toList();
    }
}
