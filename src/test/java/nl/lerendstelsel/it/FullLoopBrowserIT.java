package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole loop in the browser, as the issue describes it: a professional posts a knelpunt, two other gemeenten
 * support it, the facilitator escalates it, the coordinator returns it with feedback, and the reporter and a
 * supporter see the feedback on the page and in their notifications, and got it by e-mail (checked in MailDev).
 */
@ExtendWith(Stack.class)
class FullLoopBrowserIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    private static void support(String username, String note) {
        browser.signIn(username);
        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        browser.fill("steun:toelichting", note);
        browser.submit(By.id("steun:ook-bij-ons"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("steun:ook-bij-ons")));
        browser.signOut();
    }

    private static String reference;

    private static List<String> titles() {
        return browser.driver.findElements(By.cssSelector("#lijst .notification-title")).stream()
                .map(b -> b.getAttribute("value")).toList();
    }

    @Test
    void upToTheLinkingLevelAndTheAnswerBackDownToReporterAndSupporters() throws Exception {
        browser.signIn("professional");
        browser.reportKnelpunt("Te weinig plekken voor de leerbaarheidstoets in de regio",
                "Inburgeraars in de regio wachten acht weken op de leerbaarheidstoets, waardoor het PIP later klaar is.",
                "leerbaarheidstoets", "GM0344");
        reference = browser.text("#referentie");
        assertTrue(reference.matches("KP-\\d{4}-\\d{5}"), reference);
        browser.signOut();

        support("professional2", "In Rotterdam wachten inburgeraars even lang.");
        support("professional3", "Ook in Amersfoort lopen de wachttijden op.");

        browser.signIn("facilitator");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        assertTrue(browser.text("#steun-aantallen").startsWith("Dit knelpunt speelt in 3 gemeente"), browser.text("#steun-aantallen"));
        browser.act("IN_BEHANDELING_NEMEN", null);
        browser.act("OPSCHALEN", "Speelt in drie gemeenten in twee regio's; landelijke capaciteit bij DUO.");
        assertEquals("Schakelniveau", browser.text("#niveau"));

        browser.handOverTo("coordinator", "/app/knelpunten/detail.xhtml?ref=" + reference);
        browser.act("IN_BEHANDELING_NEMEN", null);
        browser.act("TERUGLEGGEN", "DUO zet vanaf januari extra toetsmomenten in; plan tot dan het PIP met een voorlopige leerroute.");
        assertEquals("Uitvoeringsniveau", browser.text("#niveau"));
        assertEquals("Teruggelegd", browser.text("#status"));

        browser.handOverTo("professional", "/app/knelpunten/detail.xhtml?ref=" + reference);
        assertTrue(browser.text("#terugkoppeling").startsWith("DUO zet vanaf januari"), browser.text("#terugkoppeling"));
        // it is the reporter's turn: accept the feedback, or reply and send it back up
        assertTrue(browser.text("#terugkoppeling-beantwoorden").contains("aanvaard"), browser.text("#terugkoppeling-beantwoorden"));
        assertFalse(browser.driver.findElements(By.cssSelector("[data-action='TERUGKOPPELING_AANVAARDEN']")).isEmpty());
        assertFalse(browser.driver.findElements(By.cssSelector("[data-action='OPNIEUW_VOORLEGGEN']")).isEmpty());
        String bell = browser.driver.findElement(By.id("bel")).getAccessibleName();
        assertTrue(bell.matches("Meldingen [1-9]\\d* ongelezen"), bell);
        browser.assertAccessible("volledige-lus-melder");
        browser.driver.findElement(By.id("bel")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lijst")));
        assertTrue(titles().stream().anyMatch(t -> t.startsWith(reference + ": Terugleggen: nu op uitvoeringsniveau")), titles().toString());
        assertTrue(browser.text("#lijst").contains("DUO zet vanaf januari"));
        browser.assertAccessible("meldingen");
        browser.submit(By.id("meldingen:alles-gelezen"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ongelezen"), "0 ongelezen"));
        browser.open("/app/meldingen/instellingen.xhtml");
        browser.assertAccessibleWithoutConsoleErrors("meldingen-instellingen");

        browser.handOverTo("professional2", "/app/knelpunten/detail.xhtml?ref=" + reference);
        assertTrue(browser.text("#terugkoppeling").startsWith("DUO zet vanaf januari"));
        browser.open("/app/meldingen/index.xhtml");
        assertTrue(titles().stream().anyMatch(t -> t.startsWith(reference + ": Terugleggen")), titles().toString());
        browser.driver.findElements(By.cssSelector("#lijst .notification-title")).stream()
                .filter(b -> b.getAttribute("value").startsWith(reference + ": Terugleggen")).findFirst().orElseThrow().click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("terugkoppeling")));
        assertEquals(reference, browser.text("#referentie"), "opening a notification shows its knelpunt");
        browser.signOut();

        for (String address : List.of("fatima.elamrani@example.org", "joost.devries@example.org", "noor.hendriks@example.org")) {
            Mailbox.Mail mail = Mailbox.await(address, m -> m.subject().contains(reference) && m.subject().contains("Terugleggen"));
            assertTrue(mail.text().contains("DUO zet vanaf januari extra toetsmomenten in"), mail.text());
        }

        // the reporter accepts the feedback and the knelpunt is resolved
        browser.signIn("professional");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        browser.act("TERUGKOPPELING_AANVAARDEN", null);
        assertEquals("Opgelost", browser.text("#status"));
        assertTrue(browser.text("#terugkoppeling").startsWith("DUO zet vanaf januari"), browser.text("#terugkoppeling"));
        browser.assertAccessible("teruggelegd-aanvaard");
        browser.signOut();
    }
}
