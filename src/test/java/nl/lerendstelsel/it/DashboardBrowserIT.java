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
 * The dashboard in the browser: charts drawn, every chart with its table, filters that apply to the whole page, a
 * clear message for a bad period, the facilitator's scope, and axe on all of it.
 */
@ExtendWith(Stack.class)
class DashboardBrowserIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theMinistryReadsTheDashboardAndAFacilitatorSeesTheirCops() throws Exception {
        SignalsApiIT.knelpuntAtLinking("Inburgeraars vinden geen examenplek in de regio.");
        browser.signIn("ministry");
        browser.open("/app/dashboard/index.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grafiek-status canvas")));
        for (String table : List.of("status", "niveau", "trend", "thema", "regio", "doorlooptijd", "afloop", "te-laat", "meeste-steun",
                "signalen-status", "signalen-besluit", "signalen-opvolging", "signalen-te-laat")) {
            assertFalse(browser.driver.findElements(By.id("tabel-" + table)).isEmpty(), table);
            assertFalse(browser.driver.findElements(By.id("csv-" + table)).isEmpty(), table);
        }
        assertTrue(Integer.parseInt(browser.text("#kc-gemeld")) >= 1);
        assertTrue(browser.text("#tabel-niveau").contains("Schakelniveau"), browser.text("#tabel-niveau"));
        browser.assertAccessible("dashboard");

        new Select(browser.driver.findElement(By.id("thema"))).selectByValue("leerbaarheidstoets");
        browser.submit(By.id("tonen"));
        String themes = browser.text("#tabel-thema tbody");
        assertTrue(themes.startsWith("Leerbaarheidstoets"), themes);
        assertEquals(1, browser.driver.findElements(By.cssSelector("#tabel-thema tbody tr")).size(), "the filter applies to every table");
        String csvLink = browser.driver.findElement(By.id("csv-thema")).getAttribute("href");
        assertTrue(csvLink.contains("thema=leerbaarheidstoets"), csvLink);

        browser.open("/app/dashboard/index.xhtml?van=2026-02-30");
        assertTrue(browser.text("#filter-fout").contains("JJJJ-MM-DD"), browser.text("#filter-fout"));
        browser.assertAccessible("dashboard-fout");
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();

        browser.signIn("facilitator");
        browser.open("/app/dashboard/index.xhtml");
        assertTrue(browser.text("#periode").contains("CoP's die u faciliteert"), browser.text("#periode"));
        browser.assertAccessible("dashboard-facilitator");
        browser.signOut();

        browser.signIn("professional");
        browser.open("/app/dashboard/index.xhtml");
        assertTrue(browser.text("h1").contains("geen toegang"), browser.text("h1"));
        browser.signOut();
    }
}
