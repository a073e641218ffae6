package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.util.List;
import nl.lerendstelsel.it.ApiClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 30, outcomes that travel, through the REST API and the feed against the running stack: who may edit and share
 * an outcome (member, facilitator, outsider), the earlier versions kept for the members, the personal-data guard, a
 * shared outcome found by an outsider's search and in the feed while an unshared one is not, and who is told on sharing.
 */
@ExtendWith(Stack.class)
class OutcomesApiIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private static long cop;

    @BeforeAll
    static void setUp() throws Exception {
        for (String user : List.of("professional", "professional3", "facilitator", "admin", "ministry")) {
            assertEquals(200, CommunitiesApiIT.call("GET", "/cops", user, null).status()); // first sign-in creates the profile
        }
        cop = CommunitiesApiIT.createCop("CoP opbrengsten", "OPEN");
        assertEquals(200, CommunitiesApiIT.call("PUT", "/cops/" + cop + "/facilitatoren/facilitator", "admin", null).status());
        CommunitiesApiIT.member(cop, "professional", "facilitator");
    }

    private static Reply call(String method, String path, String user, String json) throws Exception {
        return CommunitiesApiIT.call(method, path, user, json);
    }

    private static long record(String title, String theme) throws Exception {
        Reply created = call("POST", "/cops/" + cop + "/opbrengsten", "facilitator", Json.createObjectBuilder().add("soort", "INZICHT")
                .add("titel", title).add("omschrijving", "Na de inburgering helpt een vast aanspreekpunt bij de gemeente nog een jaar.")
                .add("themas", Json.createArrayBuilder().add(theme)).build().toString());
        assertEquals(201, created.status(), created.raw());
        return created.object().getJsonNumber("id").longValue();
    }

    private static String change(String title, String text, long version) {
        return Json.createObjectBuilder().add("titel", title).add("omschrijving", text)
                .add("themas", Json.createArrayBuilder().add("nazorg").add("brede-intake")).add("regio", "AM13").add("versie", version)
                .build().toString();
    }

    @Test
    void theAuthorOrAFacilitatorEditsAndTheMembersSeeTheEarlierVersions() throws Exception {
        long id = record("Vast aanspreekpunt na de inburgering " + RUN, "nazorg");
        long version = call("GET", "/opbrengsten/" + id, "professional", null).object().getJsonNumber("versie").longValue();
        String edited = change("Vast aanspreekpunt tijdens de nazorg", "Een vast aanspreekpunt bij de gemeente, nog een jaar na de "
                + "inburgering, voorkomt dat oud-inburgeraars tussen wal en schip vallen.", version);

        assertEquals(403, call("PUT", "/opbrengsten/" + id, "professional", edited).status(), "a member who did not record it");
        assertEquals(404, call("PUT", "/opbrengsten/" + id, "ministry", edited).status(), "an outsider does not see it");
        assertEquals(403, call("PUT", "/opbrengsten/" + id + "/gedeeld", "professional", "{\"gedeeld\":true}").status(),
                "only a facilitator shares");

        Reply saved = call("PUT", "/opbrengsten/" + id, "facilitator", edited);
        assertEquals(200, saved.status(), saved.raw());
        assertEquals("Vast aanspreekpunt tijdens de nazorg", saved.object().getString("titel"));
        assertEquals(List.of("brede-intake", "nazorg"), saved.object().getJsonArray("themas").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "in the reference data's order, not the order given");
        assertEquals("AM13", saved.object().getString("regio"));
        assertEquals(409, call("PUT", "/opbrengsten/" + id, "facilitator", edited).status(), "the version read is gone");

        Reply refused = call("PUT", "/opbrengsten/" + id, "facilitator", change("Vast aanspreekpunt tijdens de nazorg",
                "Bel mevrouw Jansen op 06-12345678 voor het aanspreekpunt.", saved.object().getJsonNumber("versie").longValue()));
        assertEquals(422, refused.status(), refused.raw());
        assertEquals("application/problem+json", refused.contentType());

        JsonArray versions = call("GET", "/opbrengsten/" + id + "/versies", "professional", null).array();
        assertEquals(1, versions.size(), versions.toString());
        assertEquals("Vast aanspreekpunt na de inburgering " + RUN, versions.getJsonObject(0).getString("titel"));

        assertTrue(call("PUT", "/opbrengsten/" + id + "/gedeeld", "facilitator", "{\"gedeeld\":true}").object().getBoolean("gedeeld"));
        assertEquals(200, call("GET", "/opbrengsten/" + id, "ministry", null).status(), "shared: for everyone signed in");
        assertEquals(403, call("PUT", "/opbrengsten/" + id, "ministry", edited).status(), "but not theirs to edit");
        assertEquals(403, call("GET", "/opbrengsten/" + id + "/versies", "ministry", null).status(), "earlier versions: members only");
    }

    @Test
    void aSharedOutcomeIsFoundByAnOutsiderAndInTheFeedAndAnUnsharedOneIsNot() throws Exception {
        String word = "Nazorgkaart" + RUN;
        long shared = record("De " + word + " voor oud-inburgeraars", "nazorg");
        long unshared = record("Een " + word + " alleen voor de CoP", "nazorg");
        assertEquals(200, call("PUT", "/opbrengsten/" + shared + "/gedeeld", "facilitator", "{\"gedeeld\":true}").status());

        JsonArray found = QaApiIT.searchUntil(word, "ministry", r -> QaApiIT.contains(r, "OPBRENGST", String.valueOf(shared)));
        assertTrue(QaApiIT.contains(found, "OPBRENGST", String.valueOf(shared)), found.toString());
        assertFalse(QaApiIT.contains(found, "OPBRENGST", String.valueOf(unshared)), "an unshared outcome is not found: " + found);
        assertFalse(QaApiIT.contains(QaApiIT.call("GET", "/zoeken?q=" + QaApiIT.q(word), null, null).array(), "OPBRENGST",
                String.valueOf(shared)), "shared means signed in, not public");

        Reply feed = ApiClient.call("GET", "/app/cops/opbrengsten.xml?thema=nazorg", "ministry", null, "application/atom+xml");
        assertEquals(200, feed.status(), feed.raw());
        assertTrue(feed.contentType().startsWith("application/atom+xml"), feed.contentType());
        assertTrue(feed.raw().contains("<title>De " + word + " voor oud-inburgeraars</title>"), feed.raw());
        assertTrue(feed.raw().contains("/app/cops/opbrengst.xhtml?id=" + shared), feed.raw());
        assertTrue(feed.raw().contains("<category term=\"nazorg\""), feed.raw());
        assertFalse(feed.raw().contains("alleen voor de CoP"), "an unshared outcome is not in the feed");
        Reply anonymous = ApiClient.call("GET", "/app/cops/opbrengsten.xml", null, null, "application/atom+xml");
        assertNotEquals(200, anonymous.status(), "the feed is for signed-in readers");
        assertFalse(anonymous.raw().contains(word));

        assertFalse(call("PUT", "/opbrengsten/" + shared + "/gedeeld", "facilitator", "{\"gedeeld\":false}").object().getBoolean("gedeeld"));
        JsonArray after = QaApiIT.searchUntil(word, "ministry", r -> !QaApiIT.contains(r, "OPBRENGST", String.valueOf(shared)));
        assertFalse(QaApiIT.contains(after, "OPBRENGST", String.valueOf(shared)), "no longer shared, no longer found: " + after);
        assertFalse(ApiClient.call("GET", "/app/cops/opbrengsten.xml?thema=nazorg", "ministry", null, "application/atom+xml").raw()
                .contains(word), "and no longer in the feed");
        assertEquals(404, call("GET", "/opbrengsten/" + shared, "ministry", null).status());
    }

    @Test
    void sharingTellsTheMembersAndTheMembersOfCopsOnItsThemes() throws Exception {
        long onTheme = CommunitiesApiIT.createCop("CoP nazorg", "OPEN");
        Reply themed = call("PUT", "/cops/" + onTheme, "admin", Json.createObjectBuilder().add("naam", "CoP nazorg " + RUN)
                .add("omschrijving", "Een community over de nazorg na de inburgering.").add("lidmaatschap", "OPEN")
                .add("themas", Json.createArrayBuilder().add("nazorg")).add("regios", Json.createArrayBuilder()).build().toString());
        assertEquals(200, themed.status(), themed.raw());
        assertEquals("ACTIEF", call("POST", "/cops/" + onTheme + "/lidmaatschap", "professional3", null).object().getString("status"));

        long id = record("Nazorggesprek na een jaar " + RUN, "nazorg");
        String reference = "OPB-" + id;
        assertFalse(toldAbout("professional", reference), "nobody is told before it is shared");
        assertEquals(200, call("PUT", "/opbrengsten/" + id + "/gedeeld", "facilitator", "{\"gedeeld\":true}").status());
        assertTrue(toldAbout("professional", reference), "a member of the CoP");
        assertTrue(toldAbout("professional3", reference), "a member of a CoP on the outcome's theme");
        assertFalse(toldAbout("facilitator", reference), "not who shared it");
        assertFalse(toldAbout("ministry", reference), "not who is in neither");
    }

    private static boolean toldAbout(String username, String reference) throws Exception {
        return NotificationsApiIT.about(username, reference).stream().anyMatch(n -> n.getString("soort").equals("OPBRENGST"));
    }
}
