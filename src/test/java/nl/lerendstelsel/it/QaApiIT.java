package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import nl.lerendstelsel.it.ApiClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Q&amp;A base, kennisbank and search through the REST API against the running stack: the sign-off rule per partner
 * and version, immutability of published versions, public reading, questions, a knelpunt becoming a Q&amp;A concept,
 * and search that finds Dutch word forms and never shows what the reader may not see.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class QaApiIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    /** {@code path} after {@code /api/v1}, without an Accept header; null user: anonymous. */
    static Reply call(String method, String path, String username, String json) throws Exception {
        return ApiClient.call(method, "/api/v1" + path, username, json, null);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Search results for {@code username} (null: anonymous), waiting up to 15 s for the index to follow a change. */
    static JsonArray searchUntil(String text, String username, Predicate<JsonArray> done) throws Exception {
        JsonArray last = null;
        for (int i = 0; i < 60; i++) {
            last = call("GET", "/zoeken?q=" + q(text), username, null).array();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        return last;
    }

    static boolean contains(JsonArray results, String kind, String id) {
        return results.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("soort").equals(kind) && r.getString("id").equals(id));
    }

    /** Creates an entry named by {@code word} and returns the id of its first version. */
    static long concept(String word, String partners) throws Exception {
        Reply created = call("POST", "/redactie/items", "editor", "{\"thema\":\"b1-route\",\"partners\":[" + partners + "],"
                + "\"vraag\":\"Hoe werkt de " + word + " in de B1-route?\",\"antwoord\":\"De " + word + " is onderdeel van de leerroutes en "
                + "helpt inburgeraars.\",\"wetsverwijzingen\":[\"WI2021 art. 7 lid 1\"]}");
        assertEquals(201, created.status(), created.raw());
        return created.object().getJsonNumber("id").longValue();
    }

    @BeforeAll
    static void profiles() throws Exception {
        for (String user : List.of("editor", "editor2", "editor-vng", "editor-szw", "professional", "professional2", "professional3", "facilitator", "admin")) {
            call("GET", "/vragen/gesteld", user, null);
        }
    }

    @Test
    void publishedOnlyWhenEveryNamedPartnerApprovedThatVersion() throws Exception {
        String word = "taalmaatje" + RUN;
        long v1 = concept(word, "\"DIVOSA\",\"SZW\"");
        assertEquals(409, call("POST", "/redactie/versies/" + v1 + "/goedkeuren", "editor", null).status(), "a concept is not approved");
        assertEquals("TER_REVIEW", call("POST", "/redactie/versies/" + v1 + "/ter-review", "editor", null).object().getString("status"));
        assertEquals(409, call("PUT", "/redactie/versies/" + v1, "editor", "{\"vraag\":\"Gewijzigd tijdens review?\",\"antwoord\":\"Mag niet.\"}").status());
        Reply own = call("POST", "/redactie/versies/" + v1 + "/goedkeuren", "editor", null);
        assertEquals(409, own.status(), "four eyes: the writer does not approve their own version");
        assertEquals("application/problem+json", own.contentType());
        assertTrue(own.raw().contains("U hebt deze versie geschreven of gewijzigd"), own.raw());
        assertEquals("TER_REVIEW", call("POST", "/redactie/versies/" + v1 + "/goedkeuren", "editor2", null).object().getString("status"),
                "a second Divosa editor does");
        assertEquals(409, call("POST", "/redactie/versies/" + v1 + "/goedkeuren", "editor2", null).status(), "Divosa once");
        assertEquals(409, call("POST", "/redactie/versies/" + v1 + "/goedkeuren", "editor-vng", null).status(), "VNG is not named");
        assertEquals(403, call("POST", "/redactie/versies/" + v1 + "/goedkeuren", "professional", null).status());
        long entry = call("GET", "/redactie/werkvoorraad?status=TER_REVIEW", "editor", null).array().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("id").longValue() == v1).findFirst().orElseThrow().getJsonNumber("vraag").longValue();
        assertEquals(404, call("GET", "/vragen/" + entry, null, null).status(), "not public before every partner approved");
        assertEquals("GEPUBLICEERD", call("POST", "/redactie/versies/" + v1 + "/goedkeuren", "editor-szw", null).object().getString("status"));

        JsonObject published = call("GET", "/vragen/" + entry, null, null).object();
        assertEquals("artikel 7, eerste lid, van de Wet inburgering 2021",
                published.getJsonObject("vraag").getJsonArray("wetsverwijzingen").getJsonObject(0).getString("citaat"));
        assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=7&lid=1",
                published.getJsonObject("vraag").getJsonArray("wetsverwijzingen").getJsonObject(0).getString("link"));
        assertEquals(409, call("PUT", "/redactie/versies/" + v1, "editor", "{\"vraag\":\"Een gepubliceerde versie wijzigen?\",\"antwoord\":\"Nooit.\"}").status());

        long v2 = call("POST", "/redactie/items/" + entry + "/nieuwe-versie", "editor", null).object().getJsonNumber("id").longValue();
        assertEquals(409, call("POST", "/redactie/items/" + entry + "/nieuwe-versie", "editor", null).status(), "one open version at a time");
        call("PUT", "/redactie/versies/" + v2, "editor", "{\"vraag\":\"Hoe werkt de " + word + " in de B1-route?\",\"antwoord\":"
                + "\"Herzien: de " + word + " hoort bij de B1-route.\",\"toelichting\":\"Antwoord verduidelijkt\"}");
        call("POST", "/redactie/versies/" + v2 + "/ter-review", "editor", null);
        call("POST", "/redactie/versies/" + v2 + "/goedkeuren", "editor-szw", null);
        assertEquals(1, call("GET", "/vragen/" + entry, null, null).object().getJsonObject("vraag").getInt("versie"),
                "version 1 stays public until every partner approved version 2");
        assertEquals(409, call("POST", "/redactie/versies/" + v2 + "/goedkeuren", "editor", null).status(), "the writer of version 2");
        assertEquals("GEPUBLICEERD", call("POST", "/redactie/versies/" + v2 + "/goedkeuren", "editor2", null).object().getString("status"));
        JsonObject revised = call("GET", "/vragen/" + entry, null, null).object();
        assertEquals(2, revised.getJsonObject("vraag").getInt("versie"));
        assertEquals(2, revised.getJsonArray("geschiedenis").size());
        assertEquals("GEARCHIVEERD", call("GET", "/redactie/items/" + entry + "/versies", "editor", null).array().getJsonObject(1).getString("status"));

        assertEquals(204, call("POST", "/vragen/" + entry + "/bruikbaar", null, "{\"bruikbaar\":true,\"opmerking\":\"Helder\"}").status());
        assertEquals(422, call("POST", "/vragen/" + entry + "/bruikbaar", null, "{\"bruikbaar\":false,\"opmerking\":\"Bel 06-12345678\"}").status());
        JsonObject usefulness = call("GET", "/redactie/items/" + entry + "/bruikbaar", "editor", null).object();
        assertEquals(1, usefulness.getInt("ja"));
        assertEquals(0, usefulness.getInt("nee"));
        assertEquals("Helder", usefulness.getJsonArray("opmerkingen").getString(0));
        assertEquals(403, call("GET", "/redactie/items/" + entry + "/bruikbaar", "professional", null).status());
        Reply feed = ApiClient.call("GET", "/vraag-en-antwoord/feed.xml?thema=b1-route", null, null, null);
        assertTrue(feed.contentType().startsWith("application/atom+xml"));
        assertTrue(feed.raw().contains("Hoe werkt de " + word), feed.raw());
        assertTrue(feed.raw().contains(feedId(entry, 2)), "the current version is in the feed: " + feed.raw());
        assertFalse(feed.raw().contains(feedId(entry, 1)), "the version it superseded is not: " + feed.raw());

        JsonArray found = searchUntil(word, null, r -> contains(r, "QA", String.valueOf(entry)));
        assertTrue(contains(found, "QA", String.valueOf(entry)), "anonymous visitors find published answers: " + found);
        assertEquals(204, call("POST", "/redactie/items/" + entry + "/intrekken", "editor", null).status());
        assertEquals(404, call("GET", "/vragen/" + entry, null, null).status());
        assertFalse(contains(searchUntil(word, null, r -> !contains(r, "QA", String.valueOf(entry))), "QA", String.valueOf(entry)),
                "a withdrawn answer is not found");
        assertFalse(ApiClient.call("GET", "/vraag-en-antwoord/feed.xml", null, null, null).raw().contains("?id=" + entry + "&amp;"),
                "nor in the feed");
    }

    /** The Atom id of one version of an entry, as the feed writes it (XML-escaped). */
    static String feedId(long entry, int version) {
        return "/vraag-en-antwoord/vraag.xhtml?id=" + entry + "&amp;versie=" + version + "</id>";
    }

    /**
     * A published answer of Divosa alone, written by {@code editor} and signed off by {@code editor2} (four eyes); returns the
     * entry id. {@code until} in the past: an expired answer.
     */
    static long published(String question, String answer, java.time.LocalDate from, java.time.LocalDate until) throws Exception {
        return published("b1-route", question, answer, from, until);
    }

    /** The same in a theme of one's choice. */
    static long published(String theme, String question, String answer, java.time.LocalDate from, java.time.LocalDate until)
            throws Exception {
        JsonObject body = Json.createObjectBuilder().add("thema", theme).add("partners", Json.createArrayBuilder().add("DIVOSA"))
                .add("vraag", question).add("antwoord", answer)
                .add("geldigVanaf", from == null ? jakarta.json.JsonValue.NULL : Json.createValue(from.toString()))
                .add("geldigTot", until == null ? jakarta.json.JsonValue.NULL : Json.createValue(until.toString())).build();
        Reply created = call("POST", "/redactie/items", "editor", body.toString());
        assertEquals(201, created.status(), created.raw());
        long version = created.object().getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "/redactie/versies/" + version + "/ter-review", "editor", null).status());
        assertEquals("GEPUBLICEERD", call("POST", "/redactie/versies/" + version + "/goedkeuren", "editor2", null).object().getString("status"));
        return created.object().getJsonNumber("vraag").longValue();
    }

    @Test
    void anExpiredAnswerLeavesTheFeedRanksBelowACurrentOneAndIsMarked() throws Exception {
        String word = "wachttermijn" + RUN;
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        long expired = published("Welke " + word + " geldt voor het " + word + "-examen?", "De " + word + " van het " + word
                + "-examen is drie maanden; na de " + word + " volgt een nieuw examen.", today.minusYears(1), today.minusDays(1));
        long current = published("Geldt er een " + word + "?", "Ja, er geldt een " + word + " voor een nieuw examen.", null,
                today.plusYears(1));
        long endsToday = published("Tot wanneer loopt de " + word + " voor inburgeraars?", "Die " + word + " loopt tot en met vandaag.",
                null, today);

        JsonObject marked = call("GET", "/vragen/" + expired, null, null).object().getJsonObject("vraag");
        assertTrue(marked.getBoolean("mogelijkVerouderd"), "still public, marked as possibly outdated: " + marked);
        assertFalse(call("GET", "/vragen/" + current, null, null).object().getJsonObject("vraag").getBoolean("mogelijkVerouderd"));
        assertFalse(call("GET", "/vragen/" + endsToday, null, null).object().getJsonObject("vraag").getBoolean("mogelijkVerouderd"),
                "the end date itself still counts");

        String feed = ApiClient.call("GET", "/vraag-en-antwoord/feed.xml", null, null, null).raw();
        assertTrue(feed.contains(feedId(current, 1)) && feed.contains(feedId(endsToday, 1)), feed);
        assertFalse(feed.contains(feedId(expired, 1)), "an expired answer leaves the feed: " + feed);
        assertFalse(ApiClient.call("GET", "/vraag-en-antwoord/feed.xml?thema=b1-route", null, null, null).raw().contains(feedId(expired, 1)),
                "also the theme's feed");

        JsonArray found = searchUntil(word, null, r -> contains(r, "QA", String.valueOf(expired)) && contains(r, "QA", String.valueOf(current))
                && contains(r, "QA", String.valueOf(endsToday)));
        List<String> order = found.getValuesAs(JsonObject.class).stream().map(r -> r.getString("id")).toList();
        assertTrue(order.indexOf(String.valueOf(expired)) > order.indexOf(String.valueOf(current))
                && order.indexOf(String.valueOf(expired)) > order.indexOf(String.valueOf(endsToday))
                && order.indexOf(String.valueOf(current)) >= 0, "the expired answer, the best match on its words, ranks last: " + order);

        JsonArray worklist = call("GET", "/redactie/verlopen", "editor-vng", null).array();
        List<Long> expiredIds = worklist.getValuesAs(JsonObject.class).stream().filter(v -> v.getBoolean("verlopen"))
                .map(v -> v.getJsonNumber("id").longValue()).toList();
        assertTrue(expiredIds.contains(expired), "on the editors' list of expired answers: " + worklist);
        assertFalse(expiredIds.contains(current) || expiredIds.contains(endsToday));
        assertTrue(worklist.getValuesAs(JsonObject.class).stream().anyMatch(v -> v.getJsonNumber("id").longValue() == endsToday
                && !v.getBoolean("verlopen")), "ending within 30 days, after the expired ones: " + worklist);
        assertEquals(403, call("GET", "/redactie/verlopen", "professional", null).status());
    }

    @Test
    void questionsGoToTheEditorsAndAResolvedKnelpuntBecomesAConcept() throws Exception {
        Reply asked = call("POST", "/vragen/gesteld", "professional", "{\"vraag\":\"Telt vrijwilligerswerk mee voor de participatieverklaring?\",\"thema\":\"participatieverklaring\"}");
        assertEquals(201, asked.status(), asked.raw());
        assertEquals(422, call("POST", "/vragen/gesteld", "professional", "{\"vraag\":\"Mevrouw met BSN 111222333 vraagt of ze mag verhuizen.\"}").status());
        assertEquals(401, call("POST", "/vragen/gesteld", null, "{\"vraag\":\"Anoniem vragen kan niet, toch?\"}").status());
        long id = asked.object().getJsonNumber("id").longValue();
        assertTrue(call("GET", "/redactie/vragen", "editor", null).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(q -> q.getJsonNumber("id").longValue() == id));
        assertEquals(403, call("GET", "/redactie/vragen", "professional", null).status());
        assertEquals("AFGEWEZEN", call("POST", "/redactie/vragen/" + id + "/afwijzen", "editor", "{\"reden\":\"Staat al in vraag 12\"}")
                .object().getString("status"));

        String reference = BottleneckApiIT.call("POST", "", "professional2", BottleneckApiIT.report(
                "De termijn voor de leerbaarheidstoets is onduidelijk voor klantmanagers in de regio.", "GM0599")).body().getString("referentie");
        assertEquals(409, call("POST", "/redactie/knelpunten/" + reference, "editor", null).status(), "only once resolved");
        BottleneckApiIT.call("POST", "/" + reference + "/in-behandeling-nemen", "facilitator", "{}");
        BottleneckApiIT.call("POST", "/" + reference + "/oplossen", "facilitator",
                "{\"toelichting\":\"De toets wordt afgenomen tijdens de brede intake, voordat het PIP wordt vastgesteld.\","
                        + "\"afhandelcategorie\":\"VERDUIDELIJKT\"}");
        Reply draft = call("POST", "/redactie/knelpunten/" + reference, "editor", null);
        assertEquals(201, draft.status(), draft.raw());
        assertEquals("CONCEPT", draft.object().getString("status"));
        assertTrue(draft.object().getString("antwoord").contains("brede intake"));
        long version = draft.object().getJsonNumber("id").longValue();
        long entry = draft.object().getJsonNumber("vraag").longValue();
        call("POST", "/redactie/versies/" + version + "/ter-review", "editor", null);
        assertEquals(409, call("POST", "/redactie/versies/" + version + "/goedkeuren", "editor", null).status(), "its writer does not sign");
        for (String editor : List.of("editor2", "editor-vng", "editor-szw")) {
            assertEquals(200, call("POST", "/redactie/versies/" + version + "/goedkeuren", editor, null).status(), editor);
        }
        assertEquals(List.of(reference), call("GET", "/vragen/" + entry, "professional2", null).object().getJsonArray("beantwoordeKnelpunten")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(), "linked both ways");
        assertEquals(0, call("GET", "/vragen/" + entry, null, null).object().getJsonArray("beantwoordeKnelpunten").size(),
                "anonymous visitors do not see the knelpunten");
    }

    @Test
    void searchNeverShowsWhatTheReaderMayNotSee() throws Exception {
        String word = "vertrouwelijk" + RUN;
        String restricted = BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder()
                .add("titel", "Afgeschermd " + word + " knelpunt").add("omschrijving", "Dit " + word + " knelpunt is afgeschermd voor andere organisaties.")
                .add("thema", "taal").add("gemeente", "GM0344").add("afgeschermd", true).build().toString()).body().getString("referentie");
        String open = BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder()
                .add("titel", "Open " + word + " knelpunt").add("omschrijving", "Dit " + word + " knelpunt mag iedereen zien die is ingelogd.")
                .add("thema", "taal").add("gemeente", "GM0344").build().toString()).body().getString("referentie");

        JsonArray own = searchUntil(word, "professional", r -> contains(r, "KNELPUNT", restricted) && contains(r, "KNELPUNT", open));
        assertTrue(contains(own, "KNELPUNT", restricted) && contains(own, "KNELPUNT", open), "the reporting organisation sees both: " + own);
        JsonArray other = call("GET", "/zoeken?q=" + q(word), "professional2", null).array();
        assertTrue(contains(other, "KNELPUNT", open), other.toString());
        assertFalse(contains(other, "KNELPUNT", restricted), "another organisation never sees the restricted one: " + other);
        assertTrue(call("GET", "/zoeken?q=" + q(word), null, null).array().isEmpty(), "anonymous visitors find no knelpunten");
        assertTrue(call("GET", "/zoeken/suggesties?q=" + q("afgeschermd " + word.substring(0, 8)), "professional2", null).array().isEmpty());
        assertTrue(contains(call("GET", "/zoeken?q=" + q(word), "facilitator", null).array(), "KNELPUNT", restricted), "handlers see all");

        long cop = CommunitiesApiIT.createCop("Zoek-CoP", "OPEN");
        call("POST", "/cops/" + cop + "/lidmaatschap", "professional3", null);
        call("POST", "/cops/" + cop + "/discussies", "professional3", "{\"titel\":\"Ervaringen " + word + "\",\"tekst\":\"Een bericht over " + word + " voor leden.\"}");
        assertTrue(searchUntil(word, "professional3", r -> r.getValuesAs(JsonObject.class).stream().anyMatch(x -> x.getString("soort").equals("BERICHT")))
                .getValuesAs(JsonObject.class).stream().anyMatch(x -> x.getString("soort").equals("BERICHT")), "members find CoP posts");
        assertTrue(call("GET", "/zoeken?q=" + q(word) + "&soort=BERICHT", "professional2", null).array().isEmpty(), "non-members do not");

        assertEquals(403, call("POST", "/beheer/zoekindex", "editor", null).status());
        Reply rebuilt = call("POST", "/beheer/zoekindex", "admin", null);
        assertEquals(200, rebuilt.status(), rebuilt.raw());
        assertTrue(rebuilt.object().getInt("documenten") > 0);
        assertFalse(contains(call("GET", "/zoeken?q=" + q(word), "professional2", null).array(), "KNELPUNT", restricted), "still hidden after a rebuild");
    }

    @Test
    void theKennisbankIsPublicAndManagedByEditors() throws Exception {
        String body = "{\"titel\":\"Handreiking taalmeters " + RUN + "\",\"bron\":\"Divosa\",\"datum\":\"2026-10-01\",\"soort\":\"HANDREIKING\","
                + "\"samenvatting\":\"Hoe gemeenten de voortgang in taal meten tijdens de B1-route.\",\"link\":\"https://www.divosa.nl/\",\"themas\":[\"taal\"]}";
        assertEquals(403, call("POST", "/kennisbank", "professional", body).status());
        Reply created = call("POST", "/kennisbank", "editor", body);
        assertEquals(201, created.status(), created.raw());
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals("CONCEPT", created.object().getString("status"), "saving gives a concept");
        assertEquals(404, call("GET", "/kennisbank/" + id, null, null).status(), "a concept is not public");
        assertEquals("GEPUBLICEERD", call("POST", "/kennisbank/" + id + "/publiceren", "editor", null).object().getString("status"));
        assertTrue(call("GET", "/kennisbank?soort=HANDREIKING&thema=taal", null, null).object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(k -> k.getJsonNumber("id").longValue() == id));
        assertEquals(400, call("POST", "/kennisbank", "editor", body.replace("https://www.divosa.nl/", "javascript:alert(1)")).status());
        assertTrue(contains(searchUntil("taalmeters " + RUN, null, r -> contains(r, "KENNIS", String.valueOf(id))), "KENNIS", String.valueOf(id)));
        assertEquals(204, call("DELETE", "/kennisbank/" + id, "editor", null).status());
        assertEquals(404, call("GET", "/kennisbank/" + id, null, null).status());
    }
}
