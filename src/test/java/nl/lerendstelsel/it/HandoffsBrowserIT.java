package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The loop in the browser in which nobody watches a list or follows anything by hand (issue 24): a professional
 * reports; the facilitator learns it from the bell and by e-mail and opens it from the notification; asks for
 * information; the reporter is e-mailed at once, opens the notification and answers; the facilitator is told and
 * escalates; the coordinator learns it from the bell.
 */
@ExtendWith(Stack.class)
class HandoffsBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static void fill(String id, String text) {
        var field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void act(String action, String text) {
        if (text != null) {
            fill("acties:toelichting", text);
        }
        browser.submit(By.cssSelector("[data-action='" + action + "']"));
    }

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

    @Test
    void eachNextActorLearnsItIsTheirTurnWithoutLooking() throws Exception {
        for (String handler : List.of("facilitator", "coordinator")) {
            browser.signIn(handler); // the platform knows people from their first sign-in on
            browser.signOut();
        }
        browser.signIn("professional");
        browser.open("/app/knelpunten/nieuw.xhtml");
        fill("melden:titel", "Geen tolk beschikbaar bij het brede intakegesprek");
        fill("melden:omschrijving", "Voor het brede intakegesprek is in de regio Utrecht wekenlang geen tolk Tigrinya te krijgen.");
        new Select(browser.driver.findElement(By.id("melden:thema"))).selectByValue("leerbaarheidstoets");
        new Select(browser.driver.findElement(By.id("melden:gemeente"))).selectByValue("GM0344");
        browser.submit(By.id("melden:verzenden"));
        String reference = browser.text("#referentie");
        browser.signOut();

        Mailbox.Mail queued = Mailbox.await("sanne.bakker@example.org", m -> m.subject().contains(reference));
        assertTrue(queued.subject().contains("Nieuw in uw wachtrij"), queued.subject());
        browser.signIn("facilitator");
        browser.open("/app/start.xhtml");
        openNotification(reference, "Nieuw in uw wachtrij");
        act("IN_BEHANDELING_NEMEN", null);
        act("INFORMATIE_VRAGEN", "Om hoeveel inburgeraars gaat het per maand?");
        assertEquals("Wacht op informatie", browser.text("#status"));
        browser.signOut();

        Mailbox.Mail asked = Mailbox.await("fatima.elamrani@example.org",
                m -> m.subject().contains(reference) && m.subject().contains("Informatie gevraagd"));
        assertTrue(asked.text().contains("Om hoeveel inburgeraars gaat het per maand?"), asked.text());
        assertTrue(asked.text().contains("Geef de informatie uiterlijk op "), asked.text());
        browser.signIn("professional");
        browser.open("/app/start.xhtml");
        openNotification(reference, "Informatie gevraagd");
        act("INFORMATIE_ONTVANGEN", "Het gaat om ongeveer twaalf inburgeraars per maand.");
        browser.signOut();

        browser.signIn("facilitator");
        browser.open("/app/start.xhtml");
        openNotification(reference, "Informatie ontvangen");
        act("OPSCHALEN", "Het tekort aan tolken speelt in de hele regio.");
        assertEquals("Schakelniveau", browser.text("#niveau"));
        browser.signOut();

        browser.signIn("coordinator");
        browser.open("/app/start.xhtml");
        openNotification(reference, "Opgeschaald naar schakelniveau");
        assertTrue(browser.driver.findElements(By.cssSelector("[data-action='IN_BEHANDELING_NEMEN']")).size() == 1,
                "the coordinator can take it from here");
        browser.open("/app/meldingen/index.xhtml?lang=en");
        assertTrue(titles().stream().anyMatch(t -> t.startsWith(reference + ": Escalated to the linking level, now in your queue")),
                "in English for an English reader: " + titles());
        browser.open("/app/meldingen/index.xhtml?lang=nl");
        assertTrue(titles().stream().anyMatch(t -> t.startsWith(reference + ": Opgeschaald naar schakelniveau")), titles().toString());
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();
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
        act("IN_BEHANDELING_NEMEN", null);
        assertTrue(browser.text("#overnemen").contains("toegewezen aan Sanne Bakker"), browser.text("#overnemen"));
        assertEquals("Gemeld", browser.text("#status"), "nothing happened yet");
        browser.assertAccessible("overnemen-bevestigen");
        browser.submit(By.id("acties:overnemen-ja"));
        assertEquals("In behandeling", browser.text("#status"));
        browser.signOut();

        browser.signIn("facilitator");
        browser.open("/app/start.xhtml");
        openNotification(reference, "Niet meer aan u toegewezen");
        browser.signOut();
    }
}
