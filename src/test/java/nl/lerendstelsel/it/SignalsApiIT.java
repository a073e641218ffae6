package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signals through the REST API with real Keycloak tokens: a coordinator writes and submits, the ministry acknowledges,
 * asks, answers and records follow-up, the knelpunt follows; refusals are problem+json; the report comes as JSON, CSV
 * and PDF for the right people only.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class SignalsApiIT extends ApiClient {

    /** The signals resource: {@code path} after {@code /api/v1/signalen}, accepting JSON. */
    static Reply call(String method, String path, String username, String json) throws Exception {
        return ApiClient.call(method, "/api/v1/signalen" + path, username, json);
    }

    /** A knelpunt reported by a professional and brought to linking level, in progress with the coordinator. */
    static String knelpuntAtLinking(String description) throws Exception {
        String reference = BottleneckApiIT.call("POST", "", "professional", report("Te weinig examenplekken in de regio", description))
                .body().getString("referentie");
        assertEquals(200, BottleneckApiIT.call("POST", "/" + reference + "/in-behandeling-nemen", "facilitator",
                BottleneckApiIT.step(null, null)).status());
        assertEquals(200, BottleneckApiIT.call("POST", "/" + reference + "/opschalen", "facilitator",
                BottleneckApiIT.step("Speelt in meerdere regio's.", null)).status());
        assertEquals(200, BottleneckApiIT.call("POST", "/" + reference + "/in-behandeling-nemen", "coordinator",
                BottleneckApiIT.step(null, null)).status());
        return reference;
    }

    /** The knelpunt, as its reporter ({@code professional}) reads it through the API, is at {@code level} with {@code status}. */
    private static void assertKnelpunt(String knelpunt, String level, String status) throws Exception {
        JsonObject seen = BottleneckApiIT.call("GET", "/" + knelpunt, "professional", null).body();
        assertEquals(level, seen.getString("niveau"), seen.toString());
        assertEquals(status, seen.getString("status"));
    }

    /**
     * A knelpunt as JSON with a title of its own: tests that look for similar knelpunten by title share the database, so
     * these tests keep out of their words.
     */
    static String report(String title, String description) {
        return Json.createObjectBuilder().add("titel", title).add("omschrijving", description).add("thema", "leerbaarheidstoets")
                .add("gemeente", "GM0344").add("doelgroep", "Asielstatushouders").add("schaal", "TIENTALLEN").build().toString();
    }

    /** A concept signal with this title and these knelpunten, drafted by the coordinator; its reference. */
    static String drafted(String title, String... knelpunten) throws Exception {
        return call("POST", "", "coordinator", newSignal(title, knelpunten)).body().getString("referentie");
    }

    static String newSignal(String title, String... knelpunten) {
        var list = Json.createArrayBuilder();
        for (String k : knelpunten) {
            list.add(k);
        }
        return Json.createObjectBuilder().add("titel", title)
                .add("probleemstelling", "Inburgeraars wachten maanden op een plek voor de leerbaarheidstoets.")
                .add("analyse", "Er zijn landelijk te weinig toetslocaties; gemeenten kunnen dit niet zelf oplossen.")
                .add("urgentie", "HOOG").add("voorstel", "AANPASSING_UITVOERING").add("knelpunten", list).build().toString();
    }

    @Test
    void fromConceptToAnswerAndFollowUp() throws Exception {
        String knelpunt = knelpuntAtLinking("Inburgeraars in de regio vinden maanden geen plek voor het examen.");
        Reply created = call("POST", "", "coordinator", newSignal("Te weinig plekken voor de leerbaarheidstoets", knelpunt));
        assertEquals(201, created.status(), created.raw());
        String reference = created.body().getString("referentie");
        assertTrue(created.location().endsWith("/api/v1/signalen/" + reference), created.location());
        assertEquals("CONCEPT", created.body().getString("status"));
        assertEquals(1, created.body().getJsonObject("bewijs").getInt("aantalKnelpunten"));
        String path = "/" + reference;

        assertEquals(404, call("GET", path, "professional", null).status(), "a concept exists only for coordinators");
        assertEquals(404, call("GET", path, "ministry", null).status());
        assertEquals(403, call("POST", "", "professional", newSignal("Signaal door een professional", knelpunt)).status());
        Reply unknownField = call("PATCH", path, "coordinator", "{\"status\":\"BEANTWOORD\"}");
        assertEquals(400, unknownField.status(), unknownField.raw());
        assertTrue(unknownField.contentType().startsWith("application/problem+json"), unknownField.contentType());
        Reply badUrgency = call("PATCH", path, "coordinator", "{\"urgentie\":\"SPOED\"}");
        assertEquals(400, badUrgency.status(), badUrgency.raw());
        Reply edited = call("PATCH", path, "coordinator", "{\"titel\":\"Landelijk te weinig plekken voor de leerbaarheidstoets\"}");
        assertEquals(200, edited.status(), edited.raw());
        assertEquals("Landelijk te weinig plekken voor de leerbaarheidstoets", edited.body().getString("titel"));

        Reply submitted = call("POST", path + "/indienen", "coordinator", "{}");
        assertEquals(200, submitted.status(), submitted.raw());
        assertEquals("INGEDIEND", submitted.body().getString("status"));
        assertKnelpunt(knelpunt, "STELSEL", "OPGESCHAALD");
        assertEquals(200, call("GET", path, "professional", null).status(), "a submitted signal is read by everyone");

        Reply notTheirs = call("POST", path + "/ontvangen", "coordinator", null);
        assertEquals(403, notTheirs.status(), notTheirs.raw());
        assertTrue(notTheirs.contentType().startsWith("application/problem+json"));
        assertEquals("ONTVANGEN", call("POST", path + "/ontvangen", "ministry", null).body().getString("status"));
        assertEquals(409, call("POST", path + "/ontvangen", "ministry", null).status(), "not twice");
        assertEquals("IN_BEHANDELING", call("POST", path + "/in-behandeling-nemen", "ministry", null).body().getString("status"));
        assertEquals("VRAGEN", call("POST", path + "/vragen", "ministry", "{\"tekst\":\"Om hoeveel toetsen gaat het per maand?\"}")
                .body().getString("status"));
        assertEquals("IN_BEHANDELING", call("POST", path + "/vragen-beantwoorden", "coordinator",
                "{\"tekst\":\"Ongeveer 300 per maand, vooral in de Randstad.\"}").body().getString("status"));
        Reply message = call("POST", path + "/berichten", "ministry", "{\"tekst\":\"Dank, wij nemen dit mee.\"}");
        assertEquals(201, message.status(), message.raw());
        assertEquals(403, call("POST", path + "/berichten", "professional", "{\"tekst\":\"Mag ik meepraten?\"}").status());
        // the clarification thread is for coordinators, SZW and admins (issue 27): a professional sees the steps, not the words
        assertEquals(1, call("GET", path, "coordinator", null).body().getJsonArray("berichten").stream()
                .filter(m -> m.asJsonObject().toString().contains("Dank, wij nemen dit mee.")).count());
        JsonObject asProfessional = call("GET", path, "professional", null).body();
        assertFalse(asProfessional.containsKey("berichten") && !asProfessional.isNull("berichten"), asProfessional.toString());
        for (String reader : List.of("professional", "coordinator")) {
            JsonObject asked = Json.createReader(new StringReader(call("GET", path + "/historie", reader, null).raw())).readArray()
                    .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("stap").equals("VRAGEN_STELLEN")).findFirst().orElseThrow();
            boolean shown = asked.containsKey("toelichting") && !asked.isNull("toelichting");
            assertEquals(reader.equals("coordinator"), shown, reader + ": " + asked);
        }

        assertEquals(400, call("POST", path + "/beantwoorden", "ministry", "{\"besluit\":\"MISSCHIEN\",\"antwoord\":\"Wij kijken ernaar.\"}")
                .status());
        Reply personal = call("POST", path + "/beantwoorden", "ministry",
                "{\"besluit\":\"OVERGENOMEN\",\"antwoord\":\"Bel voor vragen 06-12345678 of mail jan.jansen@example.org.\"}");
        assertEquals(422, personal.status(), personal.raw());
        Reply answered = call("POST", path + "/beantwoorden", "ministry",
                "{\"besluit\":\"OVERGENOMEN\",\"antwoord\":\"DUO opent vanaf maart vijf extra toetslocaties.\"}");
        assertEquals(200, answered.status(), answered.raw());
        assertEquals("BEANTWOORD", answered.body().getString("status"));
        assertEquals("OVERGENOMEN", answered.body().getJsonObject("antwoord").getString("besluit"));
        JsonObject inFollowUp = BottleneckApiIT.call("GET", "/" + knelpunt, "professional", null).body();
        assertEquals("IN_OPVOLGING", inFollowUp.getString("status"), "adopted is not solved yet: the follow-up decides");
        assertTrue(!inFollowUp.containsKey("afhandelcategorie") || inFollowUp.isNull("afhandelcategorie"), inFollowUp.toString());

        Reply followUp = call("PUT", path + "/opvolging", "ministry",
                "{\"wijziging\":\"Vijf extra toetslocaties bij DUO.\",\"verwachteDatum\":\"2027-03-01\"}");
        assertEquals(200, followUp.status(), followUp.raw());
        assertEquals(403, call("PUT", path + "/opvolging", "coordinator",
                "{\"wijziging\":\"Vijf extra toetslocaties bij DUO.\",\"verwachteDatum\":\"2027-03-01\"}").status());
        Reply progress = call("POST", path + "/opvolging/voortgang", "ministry", "{\"tekst\":\"Twee locaties zijn al open.\"}");
        assertTrue(progress.status() == 200 || progress.status() == 201, progress.raw());
        JsonObject read = call("GET", path, "professional", null).body();
        assertEquals("2027-03-01", read.getJsonObject("opvolging").getString("verwachteDatum"));
        assertEquals(1, read.getJsonObject("opvolging").getJsonArray("voortgang").size());

        String realisation = "{\"tekst\":\"Vijf extra toetslocaties zijn open.\"}";
        assertEquals(403, call("POST", path + "/opvolging/gerealiseerd", "coordinator", realisation).status());
        assertEquals(400, call("POST", path + "/opvolging/gerealiseerd", "ministry", "{}").status(), "a note is needed");
        Reply realised = call("POST", path + "/opvolging/gerealiseerd", "ministry", realisation);
        assertEquals(200, realised.status(), realised.raw());
        JsonObject done = realised.body().getJsonObject("opvolging");
        assertEquals("Vijf extra toetslocaties zijn open.", done.getString("realisatie"));
        assertTrue(done.containsKey("gerealiseerd") && !done.isNull("gerealiseerd"), done.toString());
        // only now is the knelpunt solved, and how: by changing regulation or policy
        JsonObject solved = BottleneckApiIT.call("GET", "/" + knelpunt, "professional", null).body();
        assertEquals("OPGELOST", solved.getString("status"), solved.toString());
        assertEquals("OPGELOST_DOOR_REGELGEVING", solved.getString("afhandelcategorie"), solved.toString());
        Reply twice = call("POST", path + "/opvolging/gerealiseerd", "ministry", realisation);
        assertEquals(409, twice.status(), twice.raw());
        assertTrue(twice.contentType().startsWith("application/problem+json"), twice.contentType());
        List<String> steps = Json.createReader(new StringReader(call("GET", path + "/historie", "professional", null).raw()))
                .readArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("stap")).toList();
        assertTrue(steps.containsAll(List.of("INDIENEN", "ONTVANGST_BEVESTIGEN", "VRAGEN_STELLEN", "BEANTWOORDEN", "OPVOLGING_GEREALISEERD")),
                steps.toString());

        String inList = call("GET", "?status=BEANTWOORD&paginaGrootte=100", "ministry", null).raw();
        assertTrue(inList.contains(reference), inList);
    }

    @Test
    void theProposalGetsATextBesidesItsKind() throws Exception {
        String knelpunt = knelpuntAtLinking("Inburgeraars vinden geen kinderopvang tijdens de taallessen.");
        JsonObject body = Json.createReader(new StringReader(newSignal("Kinderopvang tijdens de taallessen", knelpunt))).readObject();
        String withText = Json.createObjectBuilder(body)
                .add("voorstelToelichting", "Neem kinderopvang tijdens de lessen op in de financiering van de leerroutes.")
                .add("ookVoorstellen", Json.createArrayBuilder().add("FINANCIERING").add("AANPASSING_UITVOERING")).build().toString();
        Reply created = call("POST", "", "coordinator", withText);
        assertEquals(201, created.status(), created.raw());
        String path = "/" + created.body().getString("referentie");
        assertEquals("Neem kinderopvang tijdens de lessen op in de financiering van de leerroutes.",
                created.body().getString("voorstelToelichting"));
        // several kinds of proposal: the main one, and the others (the main one is not repeated among them)
        assertEquals(List.of("FINANCIERING"), created.body().getJsonArray("ookVoorstellen").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(400, call("PATCH", path, "coordinator", "{\"ookVoorstellen\":[\"ALLES\"]}").status());
        Reply more = call("PATCH", path, "coordinator", "{\"ookVoorstellen\":[\"VERDUIDELIJKING\",\"FINANCIERING\"]}");
        assertEquals(200, more.status(), more.raw());
        assertEquals(2, more.body().getJsonArray("ookVoorstellen").size(), more.raw());

        Reply personal = call("PATCH", path, "coordinator", "{\"voorstelToelichting\":\"Bel mevrouw Jansen op 06-12345678.\"}");
        assertEquals(422, personal.status(), personal.raw());
        Reply changed = call("PATCH", path, "coordinator", "{\"voorstelToelichting\":\"Financier kinderopvang via de leerroutes.\"}");
        assertEquals(200, changed.status(), changed.raw());
        assertEquals("Financier kinderopvang via de leerroutes.", changed.body().getString("voorstelToelichting"));
        assertEquals("AANPASSING_UITVOERING", changed.body().getString("voorstel"), "the kind stays");
        Reply cleared = call("PATCH", path, "coordinator", "{\"voorstelToelichting\":null}");
        assertEquals(200, cleared.status(), cleared.raw());
        // JSON-B leaves a null member out
        assertTrue(!cleared.body().containsKey("voorstelToelichting") || cleared.body().isNull("voorstelToelichting"), cleared.raw());
    }

    @Test
    void aSignalNamesTheArticlesOfLawItIsAboutWhileItsTextsMayChange() throws Exception {
        String knelpunt = knelpuntAtLinking("De beslistermijn voor een ontheffing ontbreekt in de regelgeving.");
        Reply created = call("POST", "", "coordinator", newSignal("Beslistermijn voor de ontheffing", knelpunt));
        String path = "/" + created.body().getString("referentie");
        assertEquals(403, call("PUT", path + "/wetsartikelen", "ministry", "{\"wetsartikelen\":[\"WI2021 art. 6\"]}").status());
        Reply bad = call("PUT", path + "/wetsartikelen", "coordinator", "{\"wetsartikelen\":[\"Wet art. 6\"]}");
        assertEquals(400, bad.status(), bad.raw());
        Reply named = call("PUT", path + "/wetsartikelen", "coordinator", "{\"wetsartikelen\":[\"WI2021 art. 6 lid 1\",\"BI2021 art. 3.1\"]}");
        assertEquals(200, named.status(), named.raw());
        JsonObject first = Json.createReader(new StringReader(named.raw())).readArray().getJsonObject(0);
        assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=6&lid=1", first.getString("link"));
        assertEquals(2, Json.createReader(new StringReader(call("GET", path + "/wetsartikelen", "coordinator", null).raw())).readArray().size());

        assertEquals(200, call("POST", path + "/indienen", "coordinator", "{}").status());
        Reply late = call("PUT", path + "/wetsartikelen", "coordinator", "{\"wetsartikelen\":[]}");
        assertEquals(409, late.status(), "submitted: its texts and articles stay as the ministry received them: " + late.raw());
        assertEquals(2, Json.createReader(new StringReader(call("GET", path + "/wetsartikelen", "ministry", null).raw())).readArray().size());
    }

    @Test
    void anInterimAnswerMovesTheAnswerDeadlineToAWorkingDayAndIsRefusedWhenItCannotBe() throws Exception {
        String knelpunt = knelpuntAtLinking("Inburgeraars wachten op een besluit over de ontheffing; SZW overlegt nog.");
        String reference = drafted("Ontheffing Z-route wacht op overleg", knelpunt);
        String path = "/" + reference;
        call("POST", path + "/indienen", "coordinator", "{}");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate saturday = today.plusWeeks(10).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        LocalDate monday = saturday.plusDays(2);
        WorkingDayCalendar calendar = WorkingDayCalendar.statutory();
        while (!calendar.isWorkingDay(monday)) {
            monday = monday.plusDays(1);
        }
        String body = "{\"tekst\":\"Verder overleg met DUO en de VNG volgt; daarna antwoorden wij.\",\"nieuweDatum\":\"" + saturday + "\"}";

        assertEquals("ONTVANGEN", call("POST", path + "/ontvangen", "ministry", null).body().getString("status"));
        Reply tooEarly = call("POST", path + "/tussenbericht", "ministry", body);
        assertEquals(409, tooEarly.status(), "only while in behandeling: " + tooEarly.raw());
        assertTrue(tooEarly.contentType().startsWith("application/problem+json"), tooEarly.contentType());
        JsonObject inHand = call("POST", path + "/in-behandeling-nemen", "ministry", null).body();
        String dueBefore = inHand.getString("antwoordUiterlijk");
        assertTrue(inHand.getJsonArray("mogelijkeStappen").toString().contains("TUSSENBERICHT"), inHand.toString());
        assertEquals(403, call("POST", path + "/tussenbericht", "coordinator", body).status(), "the ministry's step");
        assertEquals(403, call("POST", path + "/tussenbericht", "professional", body).status());
        Reply past = call("POST", path + "/tussenbericht", "ministry",
                "{\"tekst\":\"Verder overleg volgt.\",\"nieuweDatum\":\"" + today + "\"}");
        assertEquals(400, past.status(), past.raw());
        assertTrue(past.raw().contains("nieuweDatum"), past.raw());
        assertEquals(400, call("POST", path + "/tussenbericht", "ministry", "{\"tekst\":\"Verder overleg volgt.\"}").status(),
                "a date is needed");
        assertEquals(400, call("POST", path + "/tussenbericht", "ministry", "{\"nieuweDatum\":\"" + saturday + "\"}").status(),
                "a text is needed");

        Reply interim = call("POST", path + "/tussenbericht", "ministry", body);
        assertEquals(200, interim.status(), interim.raw());
        assertEquals("IN_BEHANDELING", interim.body().getString("status"));
        assertEquals(monday.toString(), interim.body().getString("antwoordUiterlijk"), "a Saturday moves to the next working day");
        assertFalse(interim.body().getBoolean("achterstallig"));
        JsonObject sent = interim.body().getJsonArray("tussenberichten").getJsonObject(0);
        assertEquals(dueBefore, sent.getString("vorigeTermijn"));
        assertEquals(monday.toString(), sent.getString("nieuweTermijn"));
        assertTrue(sent.getString("tekst").startsWith("Verder overleg"), sent.toString());
        assertTrue(interim.body().get("antwoord") == null || interim.body().isNull("antwoord"),
                "an interim answer is no decision: " + interim.raw());
        JsonObject event = Json.createReader(new StringReader(call("GET", path + "/historie", "professional", null).raw())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("stap").equals("TUSSENBERICHT")).findFirst().orElseThrow();
        assertEquals(dueBefore, event.getString("vorigeTermijn"));
        assertEquals(monday.toString(), event.getString("nieuweTermijn"));
        assertEquals("BEANTWOORD", call("POST", path + "/beantwoorden", "ministry",
                "{\"besluit\":\"OVERGENOMEN\",\"antwoord\":\"DUO opent extra toetslocaties.\"}").body().getString("status"),
                "the final answer still comes after it");
        assertEquals(409, call("POST", path + "/tussenbericht", "ministry", body).status(), "not after the final answer");
    }

    @Test
    void theMinistryTakesASignalAndFindsItAmongItsOwn() throws Exception {
        String knelpunt = knelpuntAtLinking("Inburgeraars wachten op een plek; wie bij SZW pakt dit op?");
        String reference = drafted("Wachttijd examenplekken bij SZW opgepakt", knelpunt);
        String path = "/" + reference;
        assertEquals(404, call("POST", path + "/eigenaar", "ministry", "{}").status(), "a concept is not the ministry's");
        call("POST", path + "/indienen", "coordinator", "{}");
        assertEquals(403, call("POST", path + "/eigenaar", "coordinator", "{}").status());
        Reply taken = call("POST", path + "/eigenaar", "ministry", "{}");
        assertEquals(200, taken.status(), taken.raw());
        assertFalse(taken.body().isNull("eigenaar"), taken.raw());
        assertEquals(409, call("POST", path + "/eigenaar", "ministry", "{\"gebruikersnaam\":\"ministry\"}").status(), "has it already");
        Reply notMinistry = call("POST", path + "/eigenaar", "ministry", "{\"gebruikersnaam\":\"coordinator\"}");
        assertEquals(400, notMinistry.status(), notMinistry.raw());
        assertTrue(notMinistry.raw().contains("eigenaar"), notMinistry.raw());
        String mine = call("GET", "?mijn=true&paginaGrootte=100", "ministry", null).raw();
        assertTrue(mine.contains(reference), mine);
    }

    @Test
    void aConceptIsDeletedAndASubmittedSignalWithdrawnWithItsKnelpuntenBackAtLinkingLevel() throws Exception {
        String knelpunt = knelpuntAtLinking("Inburgeraars wachten op een toetsplek; inmiddels lost DUO dit op.");
        String concept = drafted("Toetsplekken, concept dat vervalt", knelpunt);
        assertEquals(403, call("DELETE", "/" + concept, "professional", null).status(), "for coordinators");
        assertEquals(204, call("DELETE", "/" + concept, "coordinator", null).status());
        assertEquals(404, call("GET", "/" + concept, "coordinator", null).status());

        String reference = drafted("Toetsplekken, ingediend en ingetrokken", knelpunt);
        String path = "/" + reference;
        call("POST", path + "/indienen", "coordinator", "{}");
        assertEquals(409, call("DELETE", path, "coordinator", null).status(), "a submitted signal is withdrawn, not deleted");
        assertEquals(403, call("POST", path + "/intrekken", "ministry", "{\"tekst\":\"Niet meer nodig.\"}").status());
        assertEquals(400, call("POST", path + "/intrekken", "coordinator", "{}").status(), "a reason is needed");
        Reply withdrawn = call("POST", path + "/intrekken", "coordinator", "{\"tekst\":\"DUO heeft extra toetsplekken geopend.\"}");
        assertEquals(200, withdrawn.status(), withdrawn.raw());
        assertEquals("INGETROKKEN", withdrawn.body().getString("status"));
        assertKnelpunt(knelpunt, "SCHAKEL", "IN_BEHANDELING");
        assertEquals(409, call("POST", path + "/intrekken", "coordinator", "{\"tekst\":\"Nog eens.\"}").status());
    }

    @Test
    void theReportAsJsonCsvAndPdfForCoordinatorsTheMinistryAndAdminsOnly() throws Exception {
        String knelpunt = knelpuntAtLinking("Geen examenplekken in de regio voor inburgeraars.");
        String reference = drafted("Toetsplekken leerbaarheidstoets", knelpunt);
        call("POST", "/" + reference + "/indienen", "coordinator", "{}");
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String query = "/api/v1/rapportages/signalen?van=" + today + "&tot=" + today;

        Reply json = ApiClient.call("GET", query, "ministry", null, "application/json");
        assertEquals(200, json.status(), json.raw());
        assertEquals(today, json.body().getString("van"));
        assertTrue(json.body().getJsonArray("signalen").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("referentie").equals(reference) && s.getInt("aantalKnelpunten") == 1), json.raw());
        assertTrue(json.body().getJsonArray("knelpunten").getValuesAs(JsonObject.class).stream()
                .anyMatch(k -> k.getString("referentie").equals(knelpunt) && k.getString("signaal").equals(reference)));
        long submittedCount = json.body().getJsonArray("perStatus").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("waarde").equals("INGEDIEND")).findFirst().orElseThrow().getJsonNumber("aantal").longValue();
        assertTrue(submittedCount >= 1);

        Reply csv = ApiClient.call("GET", query, "coordinator", null, "text/csv");
        assertEquals(200, csv.status(), csv.raw());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.raw().startsWith("\uFEFF"), "a BOM for Excel");
        assertTrue(csv.raw().contains(reference) && csv.raw().contains(knelpunt), csv.raw());

        Reply pdf = ApiClient.call("GET", query, "admin", null, "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertEquals("%PDF", new String(pdf.bytes(), 0, 4, StandardCharsets.US_ASCII));

        assertEquals(403, ApiClient.call("GET", query, "professional", null, "application/json").status());
        assertEquals(403, ApiClient.call("GET", query, "facilitator", null, "text/csv").status());
        assertEquals(401, ApiClient.call("GET", query, null, null, "application/json").status());
        Reply badDate = ApiClient.call("GET", "/api/v1/rapportages/signalen?van=1-7-2026", "ministry", null, "application/json");
        assertEquals(400, badDate.status(), badDate.raw());
        assertTrue(badDate.raw().contains("JJJJ-MM-DD"), badDate.raw());
        assertEquals(400, ApiClient.call("GET", "/api/v1/rapportages/signalen?van=2026-07-01&tot=2026-06-30", "ministry", null,
                "application/json").status());
        Reply lastQuarter = ApiClient.call("GET", "/api/v1/rapportages/signalen", "ministry", null, "application/json");
        assertEquals(200, lastQuarter.status(), lastQuarter.raw());
    }
}
