package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An admin in a real browser filters the audit log down to their own sign-ins and downloads exactly those as CSV. */
@ExtendWith(Stack.class)
class AdministrationBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminFiltersTheAuditLogAndDownloadsCsv() {
        browser.signIn("admin");
        browser.open("/app/beheer/auditlog.xhtml");
        assertFalse(browser.driver.findElements(By.cssSelector("#auditregels tbody tr")).isEmpty());
        browser.driver.findElement(By.id("actor")).sendKeys("admin");
        new Select(browser.driver.findElement(By.id("actie"))).selectByValue("AANGEMELD");
        browser.submit(By.id("zoeken"));

        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#auditregels tbody tr"));
        assertFalse(rows.isEmpty(), "the admin's own sign-in is there");
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals("admin", cells.get(1).getText());
            assertEquals("AANGEMELD", cells.get(2).getText());
            assertFalse(cells.get(5).getText().isBlank(), "origin");
        }
        browser.assertAccessible("audit log, filtered");

        String href = browser.driver.findElement(By.id("download-csv")).getAttribute("href");
        assertTrue(href.contains("actor=admin") && href.contains("actie=AANGEMELD"), href);
        URI csvUri = URI.create(href);
        HttpResponse<String> csv = browser.fetch(csvUri.getRawPath().substring(csvUri.getRawPath().indexOf("/app/")) + "?" + csvUri.getRawQuery());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("auditlog.csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFTijdstip;Actor;Actie;Objecttype;Object;Resultaat;Herkomst;Details", lines.get(0));
        assertTrue(lines.size() > 1);
        assertTrue(lines.stream().skip(1).allMatch(line -> line.split(";")[1].equals("admin") && line.split(";")[2].equals("AANGEMELD")),
                String.join("\n", lines));

        browser.open("/app/beheer/auditlog.xhtml?van=2026-02-30");
        assertTrue(browser.text("#filterfout").contains("JJJJ-MM-DD"), browser.text("#filterfout"));
        browser.open("/app/start.xhtml");
        browser.signOut();
    }
}
