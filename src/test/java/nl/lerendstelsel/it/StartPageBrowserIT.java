package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Mijn werk" as people see it: a professional finds the knelpunt on which information is asked of them and their own
 * knelpunten, a facilitator the knelpunt they took and their queue — each a link to the knelpunt — and both pages, with
 * the bell counting unread notifications, pass axe (its experimental WCAG rules included).
 */
@Tag("quick")
@ExtendWith(Stack.class)
class StartPageBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser().checkingEveryTest();

    @Test
    void aProfessionalAndAFacilitatorFindTheirNextStepsOnMijnWerk() throws Exception {
        String asked = report("Werklijst wacht op informatie");
        ok(BottleneckApiIT.call("POST", "/" + asked + "/in-behandeling-nemen", "facilitator", BottleneckApiIT.step(null, null)));
        ok(BottleneckApiIT.call("POST", "/" + asked + "/informatie-vragen", "facilitator",
                BottleneckApiIT.step("Om hoeveel inburgeraars gaat het per maand?", null)));
        String fresh = report("Werklijst nieuw gemeld");

        browser.signIn("professional");
        assertEquals(List.of(asked), linkedReferences("#wacht-op-mij"), "information is asked of the professional");
        assertTrue(browser.text("#wacht-op-mij").contains("wachttermijn loopt af op"), browser.text("#wacht-op-mij"));
        List<String> mine = linkedReferences("#mijn-knelpunten");
        assertTrue(mine.containsAll(List.of(asked, fresh)), mine.toString());
        assertTrue(browser.text("#mijn-knelpunten").contains("laatste stap: Om informatie vragen"), browser.text("#mijn-knelpunten"));
        assertTrue(browser.driver.findElements(By.id("toegewezen")).isEmpty(), "a professional has no handler's sections");
        assertTrue(browser.text("#meldingen-ongelezen").matches("U hebt [1-9]\\d* ongelezen meldingen?"), browser.text("#meldingen-ongelezen"));
        String bell = browser.driver.findElement(By.id("bel")).getAccessibleName();
        // what is on screen: the word and the number (the rest is for screen readers only, visually-hidden)
        String shown = browser.text("#bel > span:first-child") + " " + browser.text("#bel-aantal");
        assertTrue(shown.matches("Meldingen [1-9]\\d*") && bell.equals(shown + " ongelezen"),
                "the bell's name starts with its visible text (WCAG 2.5.3): '" + bell + "', shown '" + shown + "'");
        List<String> menu = browser.driver.findElements(By.cssSelector("#hoofdmenu a")).stream().map(WebElement::getText).toList();
        assertTrue(menu.contains("Vraag stellen"), menu.toString());
        browser.assertAccessible("mijn-werk-professional");

        browser.submit(By.cssSelector("#wacht-op-mij a[href$='ref=" + asked + "']"));
        assertEquals(asked, browser.text("#referentie"));
        assertEquals("Wacht op informatie", browser.text("#status"));
        browser.open("/app/start.xhtml");
        browser.signOut();

        browser.signIn("facilitator");
        assertTrue(browser.text("#wachtrij-EXECUTION-kop").matches("Wachtrij: Uitvoeringsniveau \\([1-9]\\d*\\)"),
                browser.text("#wachtrij-EXECUTION-kop"));
        assertTrue(!linkedReferences("#wachtrij-EXECUTION").isEmpty(), "the top of the queue, as links");
        assertTrue(browser.driver.findElement(By.id("voorgesteld")).isDisplayed());
        assertTrue(browser.driver.findElements(By.id("wacht-op-mij")).size() == 1, "everyone's sections too");
        browser.assertAccessible("mijn-werk-facilitator");
        // the knelpunt they took: among the lines of "Aan mij toegewezen", or (when other tests' work fills those, the
        // suite runs on one stack) on the list behind its "Alles bekijken"
        WorkPage.open(browser, "toegewezen", asked);

        browser.open("/app/knelpunten/wachtrij.xhtml?toegewezen=mij");
        assertEquals("page", browser.driver.findElement(By.id("tab-mij")).getAttribute("aria-current"));
        assertTrue(!linkedReferences("#aan-mij").isEmpty(), browser.text("#aan-mij"));
        browser.assertAccessible("wachtrij-aan-mij");
        browser.submit(By.id("tab-niveau"));
        assertTrue(browser.driver.findElements(By.id("aan-mij")).isEmpty());
        browser.open("/app/start.xhtml");
        browser.signOut();
    }

    private static List<String> linkedReferences(String section) {
        browser.text(section);
        return browser.driver.findElements(By.cssSelector(section + " a[href*='/app/knelpunten/detail.xhtml?ref=']")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*ref=", "")).toList();
    }

    private static String report(String title) throws Exception {
        String body = Json.createObjectBuilder()
                .add("titel", title + " " + Long.toString(System.nanoTime(), 36))
                .add("omschrijving", "Inburgeraars wachten lang op een plek voor het examen.")
                .add("thema", "b1-route")
                .add("gemeente", "GM0344")
                .add("doelgroep", "Gezinsmigranten")
                .add("schaal", "TIENTALLEN")
                .build().toString();
        ApiClient.Reply created = BottleneckApiIT.call("POST", "", "professional", body);
        assertEquals(201, created.status(), created.raw());
        return created.body().getString("referentie");
    }

    private static void ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.raw());
    }
}
