package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A monitor round as people run it (issue 29): the coordinator drafts a round for all gemeenten with two questions and
 * opens it; Utrecht and Rotterdam find it on "Mijn werk", submit their answers and see the round answered on "Mijn
 * gemeente"; the coordinator sees the results per question and the response rate (the gemeenten asked counted from the API's list of gemeenten). Every page passes axe.
 */
@ExtendWith(Stack.class)
class MonitorBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser().checkingEveryTest();

    @Test
    void aCoordinatorOpensARoundTwoGemeentenAnswerAndTheResultsShow() throws Exception {
        browser.signIn("coordinator");
        browser.open("/app/monitor/index.xhtml");
        browser.assertAccessible("monitor-rondes");
        browser.submit(By.id("nieuwe-ronde"));
        String title = "Monitor brede intake " + Long.toString(System.nanoTime(), 36);
        browser.fill("ronde:titel", title);
        browser.fill("ronde:vragen:0:tekst", "Hoe voert uw gemeente de brede intake uit?");
        browser.fill("ronde:vragen:0:opties", "Volledig zelf\nDeels uitbesteed\nVolledig uitbesteed");
        browser.driver.findElement(By.id("ronde:vragen:0:verplicht")).click();
        browser.submit(By.id("ronde:vraag-toevoegen"));
        new Select(browser.driver.findElement(By.id("ronde:vragen:1:soort"))).selectByValue("OPEN");
        browser.fill("ronde:vragen:1:tekst", "Wat is uw grootste knelpunt in de uitvoering?");
        browser.assertAccessible("monitor-ronde-opstellen");
        browser.submit(By.id("ronde:opslaan"));
        String id = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals("concept", browser.text("#status"));
        assertEquals(2, browser.driver.findElements(By.cssSelector("#vragen li")).size());
        browser.submit(By.id("stappen:openen"));
        assertEquals("open", browser.text("#status"));
        browser.assertAccessible("monitor-ronde-open");
        browser.signOut();

        answer("professional", id, 0, "Lange wachttijden voor de B1-route bij de taalscholen.");
        answer("professional2", id, 1, null);

        browser.signIn("coordinator");
        browser.open("/app/monitor/resultaten.xhtml?id=" + id);
        long asked = ApiClient.call("GET", "/api/v1/gemeenten", "coordinator", null).array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getBoolean("actief")).count();
        String rate = browser.text("#respons");
        assertEquals(Math.round(200.0 / asked) + " % van de gemeenten deed mee (2 van " + asked + ").", rate);
        assertTrue(browser.text("#org-GM0344").contains("ingediend"), browser.text("#org-GM0344"));
        assertTrue(browser.text("#org-GM0599").contains("ingediend"), browser.text("#org-GM0599"));
        String table = browser.text("#tabel-1");
        assertTrue(table.contains("Volledig zelf 1 50 %") && table.contains("Deels uitbesteed 1 50 %")
                && table.contains("Volledig uitbesteed 0 0 %"), table);
        assertTrue(browser.text("#open-2").contains("Lange wachttijden voor de B1-route"), browser.text("#open-2"));
        JsonObject api = ApiClient.call("GET", "/api/v1/monitorrondes/" + id + "/resultaten", "ministry", null).object();
        assertEquals(2, api.getJsonObject("respons").getInt("geantwoord"));
        assertEquals(asked, api.getJsonObject("respons").getJsonNumber("gevraagd").longValue());
        browser.assertAccessible("monitor-resultaten");
        browser.signOut();
    }

    /** {@code user} finds the round on "Mijn werk", chooses option {@code option} of the first question and submits. */
    private static void answer(String user, String id, int option, String openAnswer) {
        browser.signIn(user);
        browser.submit(By.cssSelector("#monitorrondes a[href$='ronde.xhtml?id=" + id + "']"));
        browser.driver.findElement(By.id("antwoorden:vragen:0:keuze:" + option)).click();
        if (openAnswer != null) {
            browser.fill("antwoorden:vragen:1:tekst", openAnswer);
        }
        browser.assertAccessible("monitor-invullen-" + user);
        browser.submit(By.id("antwoorden:indienen"));
        assertTrue(browser.text("#eigen-status").startsWith("ingediend"), browser.text("#eigen-status"));
        assertTrue(browser.driver.findElements(By.id("antwoorden")).isEmpty(), "submitted once: no form any more");
        browser.text("#eigen-antwoorden");
        browser.open("/app/mijn-gemeente.xhtml");
        String answered = browser.text("#monitor-" + id);
        assertTrue(answered.contains("ingediend op"), "Mijn gemeente lists the round as answered: " + answered);
        assertTrue(browser.driver.findElement(By.cssSelector("#monitor-" + id + " a")).getAttribute("href").endsWith("ronde.xhtml?id=" + id));
        browser.assertAccessible("mijn-gemeente-monitor-" + user);
        browser.open("/app/start.xhtml");
        browser.signOut();
    }
}
