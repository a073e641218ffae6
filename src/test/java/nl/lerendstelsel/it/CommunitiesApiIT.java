package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.List;
import nl.lerendstelsel.it.ApiClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Communities of Practice through the REST API against the running stack: membership per mode, moderation scope (the
 * facilitator of one CoP cannot touch another), sanitised posts, mentions, the flag threshold, meetings with an
 * iCalendar file, outcomes that become knelpunten, and knelpunten handled only by their own CoP's facilitators.
 */
@ExtendWith(Stack.class)
class CommunitiesApiIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    /** {@code path} after {@code /api/v1}, without an Accept header (a meeting answers with its iCalendar file). */
    static Reply call(String method, String path, String username, String json) throws Exception {
        return ApiClient.call(method, "/api/v1" + path, username, json, null);
    }

    /** Creates a CoP as admin and returns its id. */
    static long createCop(String name, String mode, String... regions) throws Exception {
        var regionArray = Json.createArrayBuilder();
        for (String r : regions) {
            regionArray.add(r);
        }
        Reply created = call("POST", "/cops", "admin", Json.createObjectBuilder().add("naam", name + " " + RUN)
                .add("omschrijving", "Een community om ervaringen met de brede intake uit te wisselen.")
                .add("lidmaatschap", mode).add("themas", Json.createArrayBuilder().add("brede-intake"))
                .add("regios", regionArray).build().toString());
        assertEquals(201, created.status(), created.raw());
        return created.object().getJsonNumber("id").longValue();
    }

    static void member(long cop, String username, String facilitator) throws Exception {
        if ("ACTIEF".equals(call("GET", "/cops/" + cop, username, null).object().getString("mijnStatus", null))) {
            return;
        }
        assertEquals(200, call("POST", "/cops/" + cop + "/uitnodigingen", facilitator, "{\"gebruikersnaam\":\"" + username + "\"}").status());
        assertEquals("ACTIEF", call("POST", "/cops/" + cop + "/lidmaatschap", username, null).object().getString("status"));
    }

    private static long copA;
    private static long copB;

    @BeforeAll
    static void setUp() throws Exception {
        for (String user : List.of("professional", "professional2", "professional3", "facilitator", "coordinator", "admin", "ministry")) {
            assertEquals(200, call("GET", "/cops", user, null).status()); // first sign-in creates the profile
        }
        copA = createCop("CoP A", "OP_AANVRAAG");
        copB = createCop("CoP B", "OPEN", "AM13");
        assertEquals("FACILITATOR", call("PUT", "/cops/" + copA + "/facilitatoren/facilitator", "admin", null).object().getString("rol"));
    }

    @Test
    void membershipFollowsTheModeOfTheCop() throws Exception {
        long onRequest = createCop("Op aanvraag", "OP_AANVRAAG");
        long byInvitation = createCop("Op uitnodiging", "OP_UITNODIGING");
        long open = createCop("Open", "OPEN");
        call("PUT", "/cops/" + onRequest + "/facilitatoren/facilitator", "admin", null);
        call("PUT", "/cops/" + byInvitation + "/facilitatoren/facilitator", "admin", null);
        call("PUT", "/cops/" + open + "/facilitatoren/facilitator", "admin", null);

        assertEquals("AANGEVRAAGD", call("POST", "/cops/" + onRequest + "/lidmaatschap", "professional3", null).object().getString("status"));
        assertEquals(403, call("GET", "/cops/" + onRequest + "/discussies", "professional3", null).status());
        assertEquals(409, call("POST", "/cops/" + onRequest + "/lidmaatschap", "professional3", null).status());
        assertEquals(403, call("GET", "/cops/" + onRequest + "/aanvragen", "professional2", null).status());
        Reply declineWithoutReason = call("POST", "/cops/" + onRequest + "/aanvragen/professional3", "facilitator", "{\"besluit\":\"AFWIJZEN\"}");
        assertEquals(400, declineWithoutReason.status(), declineWithoutReason.raw());
        assertEquals("ACTIEF", call("POST", "/cops/" + onRequest + "/aanvragen/professional3", "facilitator",
                "{\"besluit\":\"GOEDKEUREN\"}").object().getString("status"));
        assertEquals(200, call("GET", "/cops/" + onRequest + "/discussies", "professional3", null).status());

        assertEquals(409, call("POST", "/cops/" + byInvitation + "/lidmaatschap", "professional", null).status());
        member(byInvitation, "professional", "facilitator");
        Reply removed = call("POST", "/cops/" + byInvitation + "/leden/professional/verwijderen", "facilitator",
                "{\"reden\":\"Werkt niet meer in de regio\"}");
        assertEquals("VERWIJDERD", removed.object().getString("status"));
        assertEquals("Werkt niet meer in de regio", removed.object().getString("reden"));

        assertEquals("ACTIEF", call("POST", "/cops/" + open + "/lidmaatschap", "professional2", null).object().getString("status"));
        assertEquals("VERLATEN", call("DELETE", "/cops/" + open + "/lidmaatschap", "professional2", null).object().getString("status"));
        assertEquals(409, call("DELETE", "/cops/" + open + "/lidmaatschap", "facilitator", null).status(), "the last facilitator stays");
        member(open, "professional", "facilitator");
        call("POST", "/cops/" + open + "/leden/professional/verwijderen", "facilitator", "{\"reden\":\"Reclame geplaatst\"}");
        assertEquals("AANGEVRAAGD", call("POST", "/cops/" + open + "/lidmaatschap", "professional", null).object().getString("status"),
                "someone removed cannot walk back into an open CoP");
        assertEquals(403, call("POST", "/cops", "facilitator", "{\"naam\":\"Eigen CoP\"}").status(), "only admins set up CoPs");
    }

    @Test
    void postsAreSanitisedMentionsNotifyAndPersonalDataIsRefused() throws Exception {
        member(copA, "professional", "facilitator");
        member(copA, "professional2", "facilitator");
        Reply started = call("POST", "/cops/" + copA + "/discussies", "professional", Json.createObjectBuilder()
                .add("titel", "Planning van de brede intake").add("html",
                        "<p onclick=\"alert(1)\">Hoe doen jullie dit, @professional2?<script>alert(1)</script>"
                                + "<a href=\"javascript:alert(1)\">x</a> <a href=\"https://www.divosa.nl\">Divosa</a></p>")
                .build().toString());
        assertEquals(201, started.status(), started.raw());
        long thread = started.object().getJsonNumber("id").longValue();
        JsonObject first = call("GET", "/discussies/" + thread, "professional2", null).object().getJsonArray("berichten").getJsonObject(0);
        String html = first.getString("html");
        assertFalse(html.contains("script") || html.contains("onclick") || html.contains("javascript:"), html);
        assertTrue(html.contains("<a href=\"https://www.divosa.nl\" rel=\"nofollow noopener\">Divosa</a>"), html);
        assertTrue(first.getBoolean("nieuw"));

        ApiClient.Reply mentions = NotificationsApiIT.notifications("professional2", "", "GET");
        assertTrue(mentions.body().getJsonArray("meldingen").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("soort").equals("VERMELDING") && n.getString("referentie").equals("DRAAD-" + thread)),
                mentions.raw());

        Reply personal = call("POST", "/discussies/" + thread + "/berichten", "professional2", "{\"tekst\":\"Bel mevrouw op 06-12345678\"}");
        assertEquals(422, personal.status(), personal.raw());
        assertEquals(1, call("GET", "/discussies/" + thread, "professional", null).object().getJsonNumber("totaal").intValue(),
                "nothing was stored");

        Reply reply = call("POST", "/discussies/" + thread + "/berichten", "professional2", "{\"tekst\":\"Wij plannen eerst een kennismaking.\"}");
        long post = reply.object().getJsonNumber("id").longValue();
        Reply edited = call("PATCH", "/berichten/" + post, "professional2", "{\"tekst\":\"Wij plannen altijd eerst een kennismaking.\"}");
        assertTrue(edited.object().containsKey("bewerktOp"), edited.raw());
        Reply earlier = call("GET", "/berichten/" + post + "/versies", "professional", null);
        assertEquals(403, earlier.status(), "earlier texts are for the CoP's facilitators, not its members: " + earlier.raw());
        assertEquals("application/problem+json", earlier.contentType());
        assertEquals(403, call("GET", "/berichten/" + post + "/versies", "professional2", null).status(), "the author neither");
        JsonArray versions = call("GET", "/berichten/" + post + "/versies", "facilitator", null).array();
        assertEquals(1, versions.size());
        assertTrue(versions.getJsonObject(0).toString().contains("Wij plannen eerst een kennismaking."), versions.toString());
        assertEquals(403, call("PATCH", "/berichten/" + post, "professional", "{\"tekst\":\"Niet van mij\"}").status());
        JsonObject deleted = call("DELETE", "/berichten/" + post, "professional2", null).object();
        assertEquals("VERWIJDERD_DOOR_AUTEUR", deleted.getString("status"));
        assertEquals("", deleted.getString("html"));
        JsonObject placeholder = call("GET", "/discussies/" + thread, "professional", null).object().getJsonArray("berichten").getJsonObject(1);
        assertEquals("", placeholder.getString("html"));
        assertEquals("VERWIJDERD_DOOR_AUTEUR", placeholder.getString("status"));
        assertEquals(0, call("GET", "/berichten/" + post + "/versies", "facilitator", null).array().size(), "erased with the post");

        assertEquals(403, call("PUT", "/discussies/" + thread + "/gesloten", "professional", "{\"aan\":true}").status());
        assertTrue(call("PUT", "/discussies/" + thread + "/gesloten", "facilitator", "{\"aan\":true}").object().getBoolean("gesloten"));
        assertEquals(409, call("POST", "/discussies/" + thread + "/berichten", "professional2", "{\"tekst\":\"Nog een reactie\"}").status());
        assertTrue(call("PUT", "/discussies/" + thread + "/vastgezet", "facilitator", "{\"aan\":true}").object().getBoolean("vastgezet"));
        assertEquals(403, call("GET", "/discussies/" + thread, "ministry", null).status(), "discussions are for members");
    }

    @Test
    void threeFlagsHideAPostAndOnlyItsOwnFacilitatorModerates() throws Exception {
        member(copA, "professional", "facilitator");
        member(copA, "professional2", "facilitator");
        member(copA, "professional3", "facilitator");
        member(copA, "coordinator", "facilitator");
        long thread = call("POST", "/cops/" + copA + "/discussies", "professional", Json.createObjectBuilder()
                .add("titel", "Aanbieding taalcursus").add("tekst", "Koop nu onze cursus met korting!").build().toString())
                .object().getJsonNumber("id").longValue();
        long post = call("GET", "/discussies/" + thread, "professional", null).object().getJsonArray("berichten").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(409, call("POST", "/berichten/" + post + "/meldingen", "professional", "{\"reden\":\"SPAM\"}").status(), "not your own");
        assertEquals(400, call("POST", "/berichten/" + post + "/meldingen", "professional2", "{\"reden\":\"ANDERS\"}").status(), "anders needs a note");
        assertEquals(201, call("POST", "/berichten/" + post + "/meldingen", "professional2", "{\"reden\":\"SPAM\"}").status());
        assertEquals(409, call("POST", "/berichten/" + post + "/meldingen", "professional2", "{\"reden\":\"SPAM\"}").status(), "once per member");
        assertEquals(201, call("POST", "/berichten/" + post + "/meldingen", "professional3", "{\"reden\":\"ONGEPAST\"}").status());
        assertEquals("ZICHTBAAR", call("GET", "/discussies/" + thread, "professional3", null).object().getJsonArray("berichten")
                .getJsonObject(0).getString("status"), "two flags do not hide it");
        assertEquals(201, call("POST", "/berichten/" + post + "/meldingen", "coordinator", "{\"reden\":\"SPAM\"}").status());
        JsonObject hidden = call("GET", "/discussies/" + thread, "professional3", null).object().getJsonArray("berichten").getJsonObject(0);
        assertEquals("IN_BEOORDELING", hidden.getString("status"));
        assertEquals("", hidden.getString("html"), "hidden pending review");

        JsonArray queue = call("GET", "/moderatie", "facilitator", null).array();
        assertTrue(queue.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getJsonNumber("bericht").longValue() == post
                && r.getJsonArray("meldingen").size() == 3), queue.toString());

        // CoP B has no facilitator of its own: the facilitator of A neither sees nor touches it
        long threadB = call("POST", "/cops/" + copB + "/discussies", "admin", "{\"titel\":\"Welkom in CoP B\",\"tekst\":\"Stel je voor!\"}")
                .object().getJsonNumber("id").longValue();
        long postB = call("GET", "/discussies/" + threadB, "admin", null).object().getJsonArray("berichten").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(403, call("POST", "/berichten/" + postB + "/moderatie", "facilitator", "{\"besluit\":\"VERWIJDEREN\",\"reden\":\"x\"}").status());
        assertEquals(403, call("PUT", "/discussies/" + threadB + "/vastgezet", "facilitator", "{\"aan\":true}").status());
        assertEquals(403, call("GET", "/cops/" + copB + "/aanvragen", "facilitator", null).status());
        assertEquals(403, call("POST", "/cops/" + copB + "/bijeenkomsten", "facilitator", meeting(3)).status());
        assertEquals(403, call("GET", "/moderatie", "professional", null).status());

        assertEquals(400, call("POST", "/berichten/" + post + "/moderatie", "facilitator", "{\"besluit\":\"VERBERGEN\"}").status(), "a reason");
        JsonObject decided = call("POST", "/berichten/" + post + "/moderatie", "facilitator",
                "{\"besluit\":\"VERBERGEN\",\"reden\":\"Reclame hoort hier niet\"}").object();
        assertEquals("VERBORGEN", decided.getString("status"));
        JsonObject forAuthor = call("GET", "/discussies/" + thread, "professional", null).object().getJsonArray("berichten").getJsonObject(0);
        assertEquals("Reclame hoort hier niet", forAuthor.getString("reden"), "the author sees why");
        assertTrue(call("GET", "/moderatie", "facilitator", null).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getJsonNumber("bericht").longValue() == post), "no longer in the queue");
        assertTrue(NotificationsApiIT.notifications("professional", "", "GET").body().getJsonArray("meldingen")
                .getValuesAs(JsonObject.class).stream().anyMatch(n -> n.getString("soort").equals("MODERATIE")));
    }

    /** Issue 27: the online link of a meeting passes the personal-data guard like the other fields. */
    @Test
    void aMeetingLinkWithPersonalDataIsRefused() throws Exception {
        String withLink = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(meeting(6))).readObject())
                .add("onlineLink", "https://meet.example.org/j/intake?gast=jan%40example.org").build().toString();
        Reply refused = call("POST", "/cops/" + copA + "/bijeenkomsten", "facilitator", withLink);
        assertEquals(422, refused.status(), refused.raw());
        assertEquals("onlineLink", refused.object().getJsonArray("bevindingen").getJsonObject(0).getString("veld"));
    }

    private static String meeting(int daysAhead) {
        LocalDateTime start = LocalDateTime.now().plusDays(daysAhead).withHour(10).withMinute(0).withSecond(0).withNano(0);
        return Json.createObjectBuilder().add("soort", "INTERVISIE").add("titel", "Intervisie brede intake")
                .add("begin", start.toString()).add("einde", start.plusHours(2).toString()).add("plaats", "Utrecht, Divosa")
                .add("agenda", "1. Casus\n2. Afspraken").build().toString();
    }

    @Test
    void meetingsHaveAttendanceAndACalendarFile() throws Exception {
        member(copA, "professional2", "facilitator");
        assertEquals(403, call("POST", "/cops/" + copA + "/bijeenkomsten", "professional2", meeting(5)).status());
        Reply invalid = call("POST", "/cops/" + copA + "/bijeenkomsten", "facilitator", "{\"soort\":\"INTERVISIE\",\"titel\":\"Zonder tijd\"}");
        assertEquals(400, invalid.status(), invalid.raw());
        Reply planned = call("POST", "/cops/" + copA + "/bijeenkomsten", "facilitator", meeting(5));
        assertEquals(201, planned.status(), planned.raw());
        long id = planned.object().getJsonNumber("id").longValue();
        assertEquals("JA", call("PUT", "/bijeenkomsten/" + id + "/aanwezigheid", "professional2", "{\"antwoord\":\"JA\"}").object().getString("antwoord"));
        assertEquals("MISSCHIEN", call("PUT", "/bijeenkomsten/" + id + "/aanwezigheid", "professional2", "{\"antwoord\":\"misschien\"}")
                .object().getString("antwoord"));
        assertEquals(1, call("GET", "/bijeenkomsten/" + id + "/aanwezigheid", "facilitator", null).array().size());
        Reply ics = call("GET", "/bijeenkomsten/" + id + "/agenda.ics", "professional2", null);
        assertEquals("text/calendar", ics.contentType());
        assertTrue(ics.raw().contains("BEGIN:VEVENT") && ics.raw().contains("SUMMARY:Intervisie brede intake"), ics.raw());
        assertTrue(ics.raw().matches("(?s).*DTSTART:\\d{8}T\\d{6}Z.*"), ics.raw());
        assertEquals(409, call("PUT", "/bijeenkomsten/" + id + "/verslag", "facilitator", "{\"verslag\":\"Te vroeg\"}").status());
        assertTrue(call("GET", "/cops/" + copA + "/bijeenkomsten", "professional2", null).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getJsonNumber("id").longValue() == id));
        assertEquals(403, call("GET", "/bijeenkomsten/" + id, "ministry", null).status());
    }

    @Test
    void aFacilitatorCancelsAMeetingWithAReasonAndItIsNoLongerUpcoming() throws Exception {
        member(copA, "professional2", "facilitator");
        long id = call("POST", "/cops/" + copA + "/bijeenkomsten", "facilitator", meeting(8)).object().getJsonNumber("id").longValue();
        assertEquals(403, call("POST", "/bijeenkomsten/" + id + "/afgelasten", "professional2", "{\"reden\":\"Geen zin\"}").status());
        Reply noReason = call("POST", "/bijeenkomsten/" + id + "/afgelasten", "facilitator", "{\"reden\":\"\"}");
        assertEquals(400, noReason.status(), noReason.raw());
        assertEquals("application/problem+json", noReason.contentType());
        assertEquals("reden", noReason.object().getJsonArray("invalidParams").getJsonObject(0).getString("name"), noReason.raw());
        assertEquals(409, call("POST", "/bijeenkomsten/" + id + "/afgelasten", "facilitator",
                "{\"reden\":\"Zaal vervalt\",\"versie\":999}").status(), "someone else changed it meanwhile");

        Reply cancelled = call("POST", "/bijeenkomsten/" + id + "/afgelasten", "facilitator",
                "{\"reden\":\"De zaal is niet beschikbaar; een nieuwe datum volgt.\"}");
        assertEquals(200, cancelled.status(), cancelled.raw());
        assertEquals("De zaal is niet beschikbaar; een nieuwe datum volgt.", cancelled.object().getString("redenAfgelasting"));
        assertTrue(cancelled.object().containsKey("afgelastOp") && !cancelled.object().isNull("afgelastOp"), cancelled.raw());
        assertTrue(call("GET", "/cops/" + copA + "/bijeenkomsten", "professional2", null).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getJsonNumber("id").longValue() == id), "no longer upcoming");
        assertTrue(call("GET", "/bijeenkomsten/" + id + "/agenda.ics", "professional2", null).raw().contains("STATUS:CANCELLED"));
        Reply again = call("POST", "/bijeenkomsten/" + id + "/afgelasten", "facilitator", "{\"reden\":\"Nog eens\"}");
        assertEquals(409, again.status(), again.raw());
        assertEquals("application/problem+json", again.contentType());
        assertEquals(409, call("PUT", "/bijeenkomsten/" + id + "/aanwezigheid", "professional2", "{\"antwoord\":\"JA\"}").status());
    }

    @Test
    void anOutcomeBecomesAKnelpuntInTheCopWhoseFacilitatorsHandleItAndWhoseMembersHearTheFeedback() throws Exception {
        member(copA, "professional", "facilitator");
        member(copA, "professional3", "facilitator");
        Reply outcome = call("POST", "/cops/" + copA + "/opbrengsten", "facilitator", Json.createObjectBuilder().add("soort", "KNELPUNT")
                .add("titel", "Leerbaarheidstoets te laat voor het PIP")
                .add("omschrijving", "In de intervisie bleek dat bij vijf gemeenten de leerbaarheidstoets pas na acht weken plaatsvindt.")
                .build().toString());
        assertEquals(201, outcome.status(), outcome.raw());
        long outcomeId = outcome.object().getJsonNumber("id").longValue();
        assertEquals(404, call("GET", "/opbrengsten/" + outcomeId, "ministry", null).status(), "not shared yet");

        ApiClient.Reply reported = BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder()
                .add("titel", "Leerbaarheidstoets te laat voor het PIP")
                .add("omschrijving", "In de intervisie bleek dat bij vijf gemeenten de leerbaarheidstoets pas na acht weken plaatsvindt.")
                .add("thema", "leerbaarheidstoets").add("gemeente", "GM0344").add("opbrengst", outcomeId).build().toString());
        assertEquals(201, reported.status(), reported.raw());
        String reference = reported.body().getString("referentie");
        assertEquals(copA, reported.body().getJsonNumber("cop").longValue());
        assertEquals(reference, call("GET", "/opbrengsten/" + outcomeId, "professional3", null).object().getString("knelpunt"));
        assertTrue(BottleneckApiIT.call("GET", "?cop=" + copA, "professional2", null).body().getJsonArray("knelpunten")
                .getValuesAs(JsonObject.class).stream().anyMatch(k -> k.getString("referentie").equals(reference)), "on the CoP's board");

        assertTrue(call("PUT", "/opbrengsten/" + outcomeId + "/gedeeld", "facilitator", "{\"gedeeld\":true}").object().getBoolean("gedeeld"));
        assertEquals(200, call("GET", "/opbrengsten/" + outcomeId, "ministry", null).status(), "shared outcomes are for everyone");

        // a knelpunt in CoP B (no facilitator of its own) is not the facilitator of A's to handle
        call("POST", "/cops/" + copB + "/lidmaatschap", "professional2", null);
        String inB = BottleneckApiIT.call("POST", "", "professional2", Json.createObjectBuilder()
                .add("titel", "Geen kinderopvang tijdens taallessen").add("omschrijving", "Ouders kunnen de lessen niet volgen zonder opvang.")
                .add("thema", "ouderschap").add("gemeente", "GM0599").add("cop", copB).build().toString()).body().getString("referentie");
        ApiClient.Reply refused = BottleneckApiIT.call("POST", "/" + inB + "/in-behandeling-nemen", "facilitator", "{}");
        assertTrue(refused.status() == 403 || refused.status() == 409, refused.raw());
        assertEquals(400, BottleneckApiIT.call("POST", "", "professional3", Json.createObjectBuilder()
                .add("titel", "Knelpunt in een vreemde CoP").add("omschrijving", "Ik ben geen lid van deze CoP en meld hier toch iets.")
                .add("thema", "ouderschap").add("gemeente", "GM0307").add("cop", copB).build().toString()).status());

        assertEquals(200, BottleneckApiIT.call("POST", "/" + reference + "/in-behandeling-nemen", "facilitator", "{}").status());
        assertEquals(200, BottleneckApiIT.call("POST", "/" + reference + "/oplossen", "facilitator",
                "{\"toelichting\":\"DUO plant extra toetsmomenten in de regio; zie de handreiking.\","
                        + "\"afhandelcategorie\":\"OPGELOST_IN_UITVOERING\"}").status());
        assertTrue(NotificationsApiIT.notifications("professional3", "", "GET").body().getJsonArray("meldingen")
                .getValuesAs(JsonObject.class).stream().anyMatch(n -> n.getString("soort").equals("TERUGKOPPELING")
                        && n.getString("referentie").equals(reference)), "a member of the CoP hears the feedback");
        assertNull(call("GET", "/cops/" + copB, "facilitator", null).object().get("mijnStatus"));
    }

    @Test
    void feedbackOnACopsKnelpuntReachesItsCurrentMembersOnly() throws Exception {
        long cop = createCop("CoP terugkoppeling", "OPEN");
        assertEquals(200, call("PUT", "/cops/" + cop + "/facilitatoren/facilitator", "admin", null).status());
        for (String user : List.of("professional", "professional2", "professional3")) {
            assertEquals("ACTIEF", call("POST", "/cops/" + cop + "/lidmaatschap", user, null).object().getString("status"));
        }
        String reference = BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder()
                .add("titel", "Taalcoach pas na de eerste module beschikbaar")
                .add("omschrijving", "Inburgeraars in de B1-route krijgen pas na twaalf weken een taalcoach toegewezen.")
                .add("thema", "leerbaarheidstoets").add("gemeente", "GM0344").add("cop", cop).build().toString())
                .body().getString("referentie");
        assertEquals(200, call("DELETE", "/cops/" + cop + "/lidmaatschap", "professional2", null).status(), "a member leaves");

        assertEquals(200, BottleneckApiIT.call("POST", "/" + reference + "/in-behandeling-nemen", "facilitator", "{}").status());
        assertEquals(200, BottleneckApiIT.call("POST", "/" + reference + "/oplossen", "facilitator",
                "{\"toelichting\":\"De gemeente wijst de taalcoach nu bij de start van de route toe.\","
                        + "\"afhandelcategorie\":\"OPGELOST_IN_UITVOERING\"}").status());
        assertTrue(feedbackAbout("professional3", reference), "a current member hears the feedback");
        assertFalse(feedbackAbout("professional2", reference), "who left the CoP does not");
    }

    private static boolean feedbackAbout(String username, String reference) throws Exception {
        return NotificationsApiIT.notifications(username, "?paginaGrootte=100", "GET").body().getJsonArray("meldingen")
                .getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("soort").equals("TERUGKOPPELING") && n.getString("referentie").equals(reference));
    }
}
