package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The loop in the browser in which nobody watches a list or follows anything by hand (issue 24): a professional
 * reports; the facilitator learns it from the bell and by e-mail, finds it in their queue on "Mijn werk" and takes it;
 * asks for information; the reporter is e-mailed at once, finds it on "Mijn werk", opens the notification and answers;
 * the facilitator is told and escalates; the coordinator of the knelpunt's region learns it by e-mail and from the bell
 * (a coordinator of another region learns nothing), finds it on "Mijn werk", takes it and bundles it into a signal to
 * SZW; the ministry learns that from the bell and by e-mail, finds it on "Mijn werk" to acknowledge and then to answer,
 * and answers; the answer comes back down to the coordinator and, by e-mail and the bell, to the reporter, who finds
 * the outcome on the knelpunt.
 */
@ExtendWith(Stack.class)
class HandoffsBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Opens the notification about {@code reference} whose title starts with {@code start}, from the bell. */
    private static void openNotification(String reference, String start) {
        browser.driver.findElement(By.id("bel")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lijst")));
        String wanted = reference + ": " + start;
        var button = browser.driver.findElements(By.cssSelector("#lijst .notification-title")).stream()
                .filter(b -> b.getAttribute("value").startsWith(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification '" + wanted + "' in " + titles()));
        browser.assertAccessible("meldingen-overdracht");
        button.click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referentie"), reference));
    }

    private static List<String> titles() {
        return browser.driver.findElements(By.cssSelector("#lijst .notification-title")).stream()
                .map(b -> b.getAttribute("value")).toList();
    }

    /** Whether a notification on the page (the bell's list or the notifications page) is about {@code reference}. */
    private static boolean told(String reference) {
        return titles().stream().anyMatch(t -> t.startsWith(reference + ":"));
    }

    @Test
    void eachNextActorLearnsItIsTheirTurnWithoutLookingUpToTheMinistryAndBack() throws Exception {
        Keycloak.ensureUser("coordinator-rotterdam", "Rotterdam", "Coordinator", "coordinator.rotterdam@example.org", "VNG", "coordinator");
        for (String handler : List.of("facilitator", "coordinator", "coordinator-rotterdam", "ministry")) {
            browser.signIn(handler); // the platform knows people from their first sign-in on
            browser.signOut();
        }
        // The demo coordinator looks after Midden-Utrecht (AM13, where Utrecht lies); another one after Rijnmond (AM22).
        long utrecht = personId("coordinator");
        long rotterdam = personId("coordinator-rotterdam");
        setRegions(utrecht, "AM13");
        setRegions(rotterdam, "AM22");
        try {
            theLoop();
        } finally {
            setRegions(utrecht); // nationwide again, as the other tests know the demo coordinator
        }
    }

    private static void theLoop() throws Exception {
        // Older work fills the lines of the facilitator's queue on "Mijn werk" (earliest due day first), as on any
        // working day: the new knelpunt is then found through "Alles bekijken".
        for (int i = 0; i < WorkPage.LINES; i++) {
            BottleneckApiIT.Reply older = BottleneckApiIT.call("POST", "", "professional",
                    BottleneckApiIT.report("Inburgeraars in Utrecht wachten weken op een afspraak voor de toets (" + i + ")."));
            assertEquals(201, older.status(), older.raw());
        }
        browser.signIn("professional");
        browser.reportKnelpunt("Geen tolk beschikbaar bij het brede intakegesprek",
                "Voor het brede intakegesprek is in de regio Utrecht wekenlang geen tolk Tigrinya te krijgen.",
                "leerbaarheidstoets", "GM0344");
        String reference = browser.text("#referentie");
        browser.signOut();

        // The facilitator: told by e-mail and the bell, and the knelpunt waits in their queue on "Mijn werk".
        Mailbox.Mail queued = Mailbox.await("sanne.bakker@example.org", m -> m.subject().contains(reference));
        assertTrue(queued.subject().contains("Nieuw in uw wachtrij"), queued.subject());
        browser.signIn("facilitator");
        browser.open("/app/start.xhtml");
        openNotification(reference, "Nieuw in uw wachtrij");
        WorkPage.open(browser, "wachtrij-EXECUTION", reference);
        assertEquals("Gemeld", browser.text("#status"));
        browser.act("IN_BEHANDELING_NEMEN", null);
        browser.act("INFORMATIE_VRAGEN", "Om hoeveel inburgeraars gaat het per maand?");
        assertEquals("Wacht op informatie", browser.text("#status"));
        browser.signOut();

        // The reporter: e-mailed at once; "Mijn werk" says information is asked of them; they answer from the notification.
        Mailbox.Mail asked = Mailbox.await("fatima.elamrani@example.org",
                m -> m.subject().contains(reference) && m.subject().contains("Informatie gevraagd"));
        assertTrue(asked.text().contains("Om hoeveel inburgeraars gaat het per maand?"), asked.text());
        assertTrue(asked.text().contains("Geef de informatie uiterlijk op "), asked.text());
        browser.signIn("professional");
        WorkPage.open(browser, "wacht-op-mij", reference);
        assertEquals("Wacht op informatie", browser.text("#status"));
        browser.open("/app/start.xhtml");
        openNotification(reference, "Informatie gevraagd");
        browser.act("INFORMATIE_ONTVANGEN", "Het gaat om ongeveer twaalf inburgeraars per maand.");

        browser.handOverTo("facilitator", "/app/start.xhtml");
        openNotification(reference, "Informatie ontvangen");
        browser.act("OPSCHALEN", "Het tekort aan tolken speelt in de hele regio.");
        assertEquals("Schakelniveau", browser.text("#niveau"));
        browser.signOut();

        // The coordinator of Midden-Utrecht is told, in their language; the coordinator of Rijnmond is not.
        Mailbox.Mail escalated = Mailbox.await("pieter.jansen@example.org",
                m -> m.subject().contains(reference) && m.subject().contains("Opgeschaald naar schakelniveau"));
        assertTrue(escalated.text().contains("Het tekort aan tolken speelt in de hele regio."), escalated.text());
        browser.signIn("coordinator-rotterdam");
        browser.open("/app/meldingen/index.xhtml");
        assertFalse(told(reference), "nothing for the coordinator of another region: " + titles());
        assertEquals(List.of(), NotificationsApiIT.notifications("coordinator-rotterdam", "?paginaGrootte=100", "GET").body()
                .getJsonArray("meldingen").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("referentie").equals(reference)).toList(), "not through the API either");
        browser.open("/app/start.xhtml");
        assertEquals(List.of(), WorkPage.inSection(browser, "nieuw-schakelniveau", reference), "not new in another region: " + browser.text("#nieuw-schakelniveau"));

        browser.handOverTo("coordinator", "/app/start.xhtml");
        openNotification(reference, "Opgeschaald naar schakelniveau");
        assertTrue(browser.driver.findElements(By.cssSelector("[data-action='IN_BEHANDELING_NEMEN']")).size() == 1,
                "the coordinator can take it from here");
        browser.open("/app/meldingen/index.xhtml?lang=en");
        assertTrue(titles().stream().anyMatch(t -> t.startsWith(reference + ": Escalated to the linking level, now in your queue")),
                "in English for an English reader: " + titles());
        browser.open("/app/meldingen/index.xhtml?lang=nl");
        assertTrue(titles().stream().anyMatch(t -> t.startsWith(reference + ": Opgeschaald naar schakelniveau")), titles().toString());

        // The coordinator finds it on "Mijn werk", takes it and bundles it into a signal to SZW (stelselniveau).
        WorkPage.open(browser, "nieuw-schakelniveau", reference);
        browser.act("IN_BEHANDELING_NEMEN", null);
        assertEquals("In behandeling", browser.text("#status"));
        browser.submit(By.id("bundelen"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signaal:titel")));
        assertTrue(browser.driver.findElement(By.cssSelector("input[type='checkbox'][value='" + reference + "']")).isSelected(),
                "the knelpunt the coordinator came from is chosen already");
        browser.fill("signaal:titel", "Te weinig tolken Tigrinya voor het brede intakegesprek");
        browser.fill("signaal:probleem", "Gemeenten in Midden-Utrecht kunnen het brede intakegesprek niet voeren omdat er geen tolk Tigrinya is.");
        browser.fill("signaal:analyse", "De tolkvoorziening is landelijk ingekocht; gemeenten kunnen het tekort niet zelf oplossen.");
        new Select(browser.driver.findElement(By.id("signaal:urgentie"))).selectByValue("HOOG");
        new Select(browser.driver.findElement(By.id("signaal:voorstel"))).selectByValue("FINANCIERING");
        browser.submit(By.id("signaal:opslaan"));
        String signal = browser.text("#referentie");
        assertTrue(signal.matches("SIG-\\d{4}-\\d{3}"), signal);
        browser.submit(By.id("indienen:indienen-knop"));
        browser.submit(By.id("indienen:bevestig-indienen"));
        assertEquals("ingediend", browser.text("#status"));
        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        assertEquals("Stelselniveau", browser.text("#niveau"));
        browser.signOut();

        // The ministry: told by e-mail and the bell; "Mijn werk" lists the signal to acknowledge, then to answer.
        Mailbox.Mail submitted = Mailbox.await("eva.mulder@example.org",
                m -> m.subject().contains(signal) && m.subject().contains("Nieuw signaal ingediend"));
        assertTrue(submitted.text().contains("geen tolk Tigrinya"), submitted.text());
        browser.signIn("ministry");
        browser.open("/app/start.xhtml");
        openNotification(signal, "Nieuw signaal ingediend");
        WorkPage.open(browser, "te-bevestigen", signal);
        browser.submit(By.id("ministerie:ontvangen"));
        assertTrue(browser.text("#status").startsWith("ontvangen"), browser.text("#status"));
        WorkPage.open(browser, "te-beantwoorden", signal);
        browser.submit(By.id("ministerie:in-behandeling"));
        assertTrue(browser.text("#status").startsWith("in behandeling"), browser.text("#status"));
        new Select(browser.driver.findElement(By.id("beantwoorden:besluit"))).selectByValue("OVERGENOMEN");
        browser.fill("beantwoorden:tekst", "SZW breidt de landelijke tolkvoorziening uit met tolken Tigrinya voor het brede intakegesprek.");
        browser.submit(By.id("beantwoorden:publiceren"));
        browser.submit(By.id("beantwoorden:bevestig-publiceren"));
        assertEquals("beantwoord", browser.text("#status"));
        browser.open("/app/start.xhtml");
        assertEquals(List.of(), WorkPage.inSection(browser, "te-beantwoorden", signal), "answered: no longer the ministry's to do");
        browser.assertAccessibleWithoutConsoleErrors("mijn-werk-ministerie");
        browser.signOut();

        // Back down: the coordinator hears SZW's answer; the reporter is told and finds the outcome on the knelpunt.
        Mailbox.Mail answered = Mailbox.await("pieter.jansen@example.org",
                m -> m.subject().contains(signal) && m.subject().contains("Antwoord van SZW"));
        assertTrue(answered.text().contains("tolken Tigrinya"), answered.text());
        // adopted: not claimed solved yet, the follow-up decides ("in opvolging")
        Mailbox.Mail feedback = Mailbox.await("fatima.elamrani@example.org",
                m -> m.subject().contains(reference) && m.subject().contains("Signaal overgenomen"));
        assertTrue(feedback.text().contains("SZW breidt de landelijke tolkvoorziening uit"), feedback.text());
        browser.signIn("professional");
        browser.open("/app/start.xhtml");
        openNotification(reference, "Signaal overgenomen");
        assertEquals("In opvolging", browser.text("#status"));
        assertTrue(browser.text("#terugkoppeling").contains("SZW breidt de landelijke tolkvoorziening uit"), browser.text("#terugkoppeling"));
        assertTrue(browser.text("#signalen").contains(signal), browser.text("#signalen"));
        WorkPage.open(browser, "mijn-knelpunten", reference);
        assertEquals("In opvolging", browser.text("#status"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();
    }

    /** The id of the person the platform knows by {@code username}, from the people API (as the admin). */
    private static long personId(String username) throws Exception {
        SignalsApiIT.Reply people = SignalsApiIT.call("GET", "/api/v1/beheer/personen?q=" + username, "admin", null, "application/json");
        assertEquals(200, people.status(), people.raw());
        return people.body().getJsonArray("personen").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("gebruikersnaam").equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " unknown: " + people.raw())).getJsonNumber("id").longValue();
    }

    /** The arbeidsmarktregio's a handler looks after (none: the whole country), through the people API. */
    private static void setRegions(long person, String... regions) throws Exception {
        String body = jakarta.json.Json.createObjectBuilder().add("regios", jakarta.json.Json.createArrayBuilder(List.of(regions))).build().toString();
        SignalsApiIT.Reply set = SignalsApiIT.call("PUT", "/api/v1/beheer/personen/" + person + "/regios", "admin", body, "application/json");
        assertEquals(200, set.status(), set.raw());
    }

    @Test
    void takingOverAnAssignedKnelpuntAsksFirstAndTellsTheEarlierAssignee() throws Exception {
        BottleneckApiIT.Reply created = BottleneckApiIT.call("POST", "", "professional",
                BottleneckApiIT.report("Inburgeraars in Utrecht wachten weken op een tolk voor de brede intake."));
        assertEquals(201, created.status(), created.raw());
        String reference = created.body().getString("referentie");
        BottleneckApiIT.Reply assigned = BottleneckApiIT.call("POST", "/" + reference + "/toewijzen", "facilitator",
                "{\"behandelaar\":\"facilitator\"}");
        assertEquals(200, assigned.status(), assigned.raw());

        browser.signIn("admin");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        browser.act("IN_BEHANDELING_NEMEN", null);
        assertTrue(browser.text("#overnemen").contains("toegewezen aan Sanne Bakker"), browser.text("#overnemen"));
        assertEquals("Gemeld", browser.text("#status"), "nothing happened yet");
        browser.assertAccessible("overnemen-bevestigen");
        browser.submit(By.id("acties:overnemen-ja"));
        assertEquals("In behandeling", browser.text("#status"));

        browser.handOverTo("facilitator", "/app/start.xhtml");
        openNotification(reference, "Niet meer aan u toegewezen");
        browser.signOut();
    }
}
