package nl.lerendstelsel.it;

import static nl.lerendstelsel.it.BottleneckApiIT.call;
import static nl.lerendstelsel.it.BottleneckApiIT.reported;
import static nl.lerendstelsel.it.BottleneckApiIT.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import nl.lerendstelsel.it.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comments, following and notifications through the API, with the e-mail checked in the real SMTP inbox (MailDev)
 * of the test stack: feedback reaches the reporter and the supporter, in the application and by e-mail.
 */
@ExtendWith(Stack.class)
class NotificationsApiIT {

    static Reply notifications(String username, String path, String method) throws Exception {
        return notifications(username, path, method, method.equals("PUT") ? "{\"email\":{\"REACTIE\":\"GEEN\"}}" : "");
    }

    /** {@code path} after {@code /api/v1/meldingen}, always with a JSON body (empty for a GET), without an Accept header. */
    static Reply notifications(String username, String path, String method, String body) throws Exception {
        return ApiClient.call(method, "/api/v1/meldingen" + path, username, body, null);
    }

    /** The notifications of {@code username} about {@code reference} (their latest 100). */
    static List<JsonObject> about(String username, String reference) throws Exception {
        return notifications(username, "?paginaGrootte=100", "GET").body().getJsonArray("meldingen").getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("referentie").equals(reference)).toList();
    }

    @Test
    void feedbackReachesTheReporterAndTheSupporterInTheAppAndByEMail() throws Exception {
        String reference = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        String path = "/" + reference;
        assertEquals(201, call("POST", path + "/steun", "professional2", "{\"toelichting\":\"Ook in Rotterdam.\"}").status());
        assertEquals(200, call("POST", path + "/in-behandeling-nemen", "facilitator", step(null, null)).status());
        ApiClient.Reply comment = call("POST", path + "/reacties", "facilitator",
                "{\"tekst\":\"Welke toetslocaties zijn het drukst?\"}");
        assertEquals(201, comment.status(), comment.raw());
        assertEquals("Welke toetslocaties zijn het drukst?", call("GET", path + "/reacties", "professional", null)
                .body().getJsonArray("reacties").getJsonObject(0).getString("tekst"));

        List<String> kinds = about("professional", reference).stream().map(m -> m.getString("soort")).toList();
        assertTrue(kinds.containsAll(List.of("STEUN", "STAP", "REACTIE")), kinds.toString());
        List<String> facilitatorKinds = about("facilitator", reference).stream().map(m -> m.getString("soort")).toList();
        assertTrue(facilitatorKinds.stream().allMatch("ACTIE"::equals), "nobody is told of their own acts, only that a new "
                + "knelpunt waited in their queue: " + facilitatorKinds);

        ApiClient.Reply resolved = call("POST", path + "/oplossen", "facilitator",
                step("DUO plant extra toetsmomenten in de regio Utrecht vanaf januari.", null, "OPGELOST_IN_UITVOERING"));
        assertEquals(200, resolved.status(), resolved.raw());
        JsonObject feedback = about("professional", reference).stream().filter(m -> m.getString("soort").equals("TERUGKOPPELING"))
                .findFirst().orElseThrow();
        assertFalse(feedback.getBoolean("gelezen"));
        assertTrue(feedback.getString("tekst").startsWith("DUO plant extra toetsmomenten"));
        assertTrue(about("facilitator", reference).stream().noneMatch(m -> m.getString("soort").equals("REACTIE")),
                "the facilitator follows since commenting, but was the one acting");

        Mailbox.Mail toReporter = Mailbox.await("fatima.elamrani@example.org",
                m -> m.subject().contains(reference) && m.subject().contains("Oplossen"));
        assertTrue(toReporter.text().contains("DUO plant extra toetsmomenten"), toReporter.text());
        assertTrue(toReporter.text().contains(Stack.APP_URL + "/app/knelpunten/detail.xhtml?ref=" + reference), toReporter.text());
        Mailbox.await("joost.devries@example.org", m -> m.subject().contains(reference) && m.subject().contains("Oplossen"));

        ApiClient.Reply read = notifications("professional", "/" + feedback.getJsonNumber("id").longValue() + "/gelezen", "POST");
        assertEquals(200, read.status(), read.raw());
        assertTrue(read.body().getBoolean("gelezen"));
        assertEquals(404, notifications("professional2", "/" + feedback.getJsonNumber("id").longValue() + "/gelezen", "POST").status(),
                "someone else's notification does not exist for you");
        notifications("professional", "/gelezen", "POST");
        assertEquals(0, notifications("professional", "", "GET").body().getJsonNumber("ongelezen").longValue());
    }

    @Test
    void commentsFollowingAndPreferences() throws Exception {
        String reference = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        String path = "/" + reference;
        assertEquals(403, call("POST", path + "/reacties", "ministry", "{\"tekst\":\"Interessant.\"}").status());
        ApiClient.Reply personal = call("POST", path + "/reacties", "professional2",
                "{\"tekst\":\"Bel mevrouw op 06-12345678.\"}");
        assertEquals(422, personal.status(), personal.raw());
        assertEquals(400, call("POST", path + "/reacties", "professional2", "{\"tekst\":\"  \"}").status());

        assertFalse(call("GET", path + "/volgen", "coordinator", null).body().getBoolean("volgt"));
        assertTrue(call("PUT", path + "/volgen", "coordinator", null).body().getBoolean("volgt"));
        call("POST", path + "/reacties", "professional2", "{\"tekst\":\"In Rotterdam zien we hetzelfde.\"}");
        assertTrue(about("coordinator", reference).stream().anyMatch(m -> m.getString("soort").equals("REACTIE")));
        assertFalse(call("DELETE", path + "/volgen", "coordinator", null).body().getBoolean("volgt"));

        JsonObject defaults = notifications("editor", "/voorkeuren", "GET").body().getJsonObject("email");
        assertEquals("DIRECT", defaults.getString("TERUGKOPPELING"));
        assertEquals("DAGELIJKS", defaults.getString("REACTIE"));
        JsonObject changed = notifications("editor", "/voorkeuren", "PUT").body().getJsonObject("email");
        assertEquals("GEEN", changed.getString("REACTIE"));
        assertEquals("DIRECT", changed.getString("TERUGKOPPELING"), "kinds not mentioned stay");
    }

    @Test
    void aFollowerWhoMayNoLongerSeeItIsNoLongerTold() throws Exception {
        String reference = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        String path = "/" + reference;
        assertTrue(call("PUT", path + "/volgen", "editor", null).body().getBoolean("volgt"));
        call("POST", path + "/reacties", "facilitator", "{\"tekst\":\"Eerste reactie voor de volgers.\"}");
        assertEquals(1, about("editor", reference).size(), "a follower is told");
        assertEquals(200, call("PATCH", path, "professional", "{\"afgeschermd\":true}").status());
        call("POST", path + "/reacties", "facilitator", "{\"tekst\":\"Tweede reactie, nu afgeschermd.\"}");
        assertEquals(1, about("editor", reference).size(), "after the restriction the editor hears nothing more");
    }

    @Test
    void eachRecipientGetsTheDeliveryTheyChose() throws Exception {
        // Two followers, told in one go: editor-szw wants no e-mail about feedback, editor-vng keeps the default (at once).
        assertEquals(200, notifications("editor-szw", "/voorkeuren", "PUT", "{\"email\":{\"TERUGKOPPELING\":\"GEEN\"}}").status());
        String reference = reported("Inburgeraars wachten acht weken op hun leerbaarheidstoets.");
        String path = "/" + reference;
        for (String follower : List.of("editor-szw", "editor-vng")) {
            assertTrue(call("PUT", path + "/volgen", follower, null).body().getBoolean("volgt"));
        }
        assertEquals(200, call("POST", path + "/in-behandeling-nemen", "facilitator", step(null, null)).status());
        assertEquals(200, call("POST", path + "/oplossen", "facilitator",
                step("De toetsaanbieder zet vanaf maart extra toetsdagen in.", null, "OPGELOST_IN_UITVOERING")).status());

        for (String follower : List.of("editor-szw", "editor-vng")) {
            assertTrue(about(follower, reference).stream().anyMatch(m -> m.getString("soort").equals("TERUGKOPPELING")),
                    follower + " is told in the application either way");
        }
        Mailbox.await("marieke.deboer@example.org", m -> m.subject().contains(reference) && m.subject().contains("Oplossen"));
        Mailbox.await("fatima.elamrani@example.org", m -> m.subject().contains(reference) && m.subject().contains("Oplossen"));
        // The reporter's and editor-vng's e-mails left in the same outbox run that would have sent editor-szw's.
        assertTrue(Mailbox.all().stream().noneMatch(m -> m.to().contains("karim.bouzid@example.org") && m.subject().contains(reference)),
                "editor-szw chose no e-mail about feedback");
    }

    @Test
    void whoeverSwitchedToEnglishGetsTheirEMailInEnglishOnly() throws Exception {
        // The language switch (?lang=en, LanguageFilter) on any request of a signed-in person, here an API call with a token.
        assertEquals(200, notifications("professional3", "?lang=en", "GET").status());
        try {
            String reference = reported("Inburgeraars wachten negen weken op een toetsplek.");
            String path = "/" + reference;
            assertTrue(call("PUT", path + "/volgen", "professional3", null).body().getBoolean("volgt"));
            assertEquals(200, call("POST", path + "/in-behandeling-nemen", "facilitator", step(null, null)).status());
            assertEquals(200, call("POST", path + "/oplossen", "facilitator",
                    step("De toetsaanbieder opent in april een extra locatie.", null, "OPGELOST_IN_UITVOERING")).status());

            Mailbox.Mail english = Mailbox.await("noor.hendriks@example.org", m -> m.subject().contains(reference));
            assertTrue(english.text().startsWith("Dear ") && english.text().contains("There is feedback on a knelpunt")
                    && english.text().contains("De toetsaanbieder opent in april een extra locatie.")
                    && english.text().contains("See the knelpunt: " + Stack.APP_URL), english.text());
            for (String dutch : List.of("Beste", "Bekijk", "U krijgt", "Oplossen", "-- English --")) {
                assertFalse(english.subject().contains(dutch) || english.text().contains(dutch), dutch + " in " + english);
            }
            // the reporter did not switch to English: Dutch (with English below while the language is unknown)
            Mailbox.Mail both = Mailbox.await("fatima.elamrani@example.org", m -> m.subject().contains(reference));
            assertTrue(both.subject().contains("Oplossen"), both.subject());
        } finally {
            // back to Dutch, so the other tests read this person's e-mails in Dutch
            notifications("professional3", "?lang=nl", "GET");
        }
    }
}
