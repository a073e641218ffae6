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
        String supported = SignalsApiIT.knelpuntAtLinking("Inburgeraars vinden geen examenplek in de regio.");
        assertEquals(201, BottleneckApiIT.call("POST", "/" + supported + "/steun", "professional2",
                "{\"gemeente\":\"GM0599\",\"toelichting\":\"Ook in Rotterdam.\"}").status());
        browser.signIn("ministry");
        browser.open("/app/dashboard/index.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grafiek-status canvas")));
        for (String table : List.of("status", "niveau", "trend", "thema", "regio", "doorlooptijd", "afloop", "te-laat", "meeste-steun",
                "tijd-per-niveau", "tijd-per-niveau-thema", "tijd-per-niveau-periode", "signalen-status", "signalen-besluit", "signalen-opvolging", "signalen-te-laat",
                "trend-thema", "trend-niveau", "trend-regio", "signalen-thema", "signalen-regio", "signalen-antwoordtijd")) {
            assertFalse(browser.driver.findElements(By.id("tabel-" + table)).isEmpty(), table);
            assertFalse(browser.driver.findElements(By.id("csv-" + table)).isEmpty(), table);
        }
        assertTrue(Integer.parseInt(browser.text("#kc-gemeld").replace(".", "")) >= 1);
        assertTrue(browser.text("#tabel-niveau").contains("Schakelniveau"), browser.text("#tabel-niveau"));
        // issue 29: target groups, coverage, every counted row a link to the filtered list, the raw export
        for (String table : List.of("doelgroep", "dekking", "dekking-jaar", "dekking-regio", "dekking-provincie")) {
            assertFalse(browser.driver.findElements(By.id("tabel-" + table)).isEmpty(), table);
            assertFalse(browser.driver.findElements(By.id("csv-" + table)).isEmpty(), table);
        }
        assertTrue(browser.text("#tabel-doelgroep").contains("Gezinsmigranten"), browser.text("#tabel-doelgroep"));
        assertTrue(browser.text("#dekking-kerncijfers").matches("(?s).*\\(\\d+ van de \\d+\\).*"), browser.text("#dekking-kerncijfers"));
        String levelLink = browser.driver.findElement(By.cssSelector("#tabel-niveau tbody tr a")).getAttribute("href");
        assertTrue(levelLink.contains("/app/knelpunten/index.xhtml?niveau="), levelLink);
        // issue 29: time per level; the knelpunt escalated above ended its stay at execution level today
        assertTrue(browser.text("#tabel-tijd-per-niveau").contains("Uitvoeringsniveau"), browser.text("#tabel-tijd-per-niveau"));
        String phaseThemeLink = browser.driver.findElement(By.cssSelector("#tabel-tijd-per-niveau-thema tbody tr a")).getAttribute("href");
        assertTrue(phaseThemeLink.contains("/app/knelpunten/index.xhtml?thema="), phaseThemeLink);
        // issue 29: the trends per theme, level and region head their rows, link them to the filtered list and leave out empty months
        String trendThemeLink = browser.driver.findElement(By.cssSelector("#tabel-trend-thema tbody th[scope=row] a")).getAttribute("href");
        assertTrue(trendThemeLink.contains("/app/knelpunten/index.xhtml?thema="), trendThemeLink);
        String levelRow = browser.text("#tabel-trend-niveau tbody");
        assertTrue(levelRow.contains("Schakelniveau"), levelRow);
        List<org.openqa.selenium.WebElement> months = browser.driver.findElements(By.cssSelector("#tabel-trend-niveau thead th"));
        assertEquals("Totaal", months.get(months.size() - 1).getText());
        List<org.openqa.selenium.WebElement> levels = browser.driver.findElements(By.cssSelector("#tabel-trend-niveau tbody tr"));
        for (int column = 1; column < months.size() - 1; column++) {
            int month = column;
            assertTrue(levels.stream().anyMatch(row -> !"0".equals(row.findElements(By.cssSelector("th, td")).get(month).getText())),
                    "a month without reports is left out: " + months.get(month).getText());
        }
        String exportLink = browser.driver.findElement(By.id("export-knelpunten")).getAttribute("href");
        assertTrue(exportLink.contains("/app/dashboard/knelpunten.csv?van="), exportLink);
        browser.assertAccessible("dashboard");

        new Select(browser.driver.findElement(By.id("thema"))).selectByValue("leerbaarheidstoets");
        browser.submit(By.id("tonen"));
        String themes = browser.text("#tabel-thema tbody");
        assertTrue(themes.startsWith("Leerbaarheidstoets"), themes);
        assertEquals(1, browser.driver.findElements(By.cssSelector("#tabel-thema tbody tr")).size(), "the filter applies to every table");
        String csvLink = browser.driver.findElement(By.id("csv-thema")).getAttribute("href");
        assertTrue(csvLink.contains("thema=leerbaarheidstoets"), csvLink);
        // issue 29: the trend per theme as CSV, with the page's filter: every month of the period and the total
        java.net.URI trendCsv = java.net.URI.create(browser.driver.findElement(By.id("csv-trend-thema")).getAttribute("href"));
        java.net.http.HttpResponse<String> csv = browser.fetch(trendCsv.getRawPath().substring(trendCsv.getRawPath().indexOf("/app/"))
                + "?" + trendCsv.getRawQuery());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("dashboard-trend-thema-"), csv.headers().toString());
        List<String> lines = csv.body().lines().toList();
        assertEquals(2, lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("\uFEFFThema;") && lines.get(0).endsWith(";Totaal"), lines.get(0));
        assertTrue(lines.get(0).split(";").length >= 14, "every month of the default period, empty ones included: " + lines.get(0));
        assertTrue(lines.get(1).startsWith("Leerbaarheidstoets;"), lines.get(1));

        // a named knelpunt is a link (a period of its own, so the figures are computed now, not taken from the cache)
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        browser.open("/app/dashboard/index.xhtml?van=" + today.minusDays(3) + "&tot=" + today);
        List<org.openqa.selenium.WebElement> rows = browser.driver.findElements(By.cssSelector("#tabel-meeste-steun tbody tr"));
        assertFalse(rows.isEmpty(), "the supported knelpunt is in the table");
        for (org.openqa.selenium.WebElement row : rows) {
            List<org.openqa.selenium.WebElement> cells = row.findElements(By.tagName("td"));
            String reference = cells.get(0).getText();
            assertTrue(reference.matches("KP-\\d{4}-\\d{5}"), row.getText());
            for (org.openqa.selenium.WebElement named : cells.subList(0, 2)) {
                String href = named.findElement(By.tagName("a")).getAttribute("href");
                assertTrue(href.endsWith("/app/knelpunten/detail.xhtml?ref=" + reference), href);
            }
        }
        browser.assertAccessible("dashboard-links");

        browser.open("/app/dashboard/index.xhtml?van=2020-01-01&tot=2020-03-31");
        for (String table : List.of("tijd-per-niveau", "tijd-per-niveau-thema", "tijd-per-niveau-periode")) {
            assertTrue(browser.text("#tabel-" + table).contains("Nog geen afgeronde fasen in deze periode."), browser.text("#tabel-" + table));
        }
        browser.assertAccessible("dashboard-geen-fasen");

        browser.open("/app/dashboard/index.xhtml?van=2026-02-30");
        assertTrue(browser.text("#filter-fout").contains("JJJJ-MM-DD"), browser.text("#filter-fout"));
        browser.assertAccessibleWithoutConsoleErrors("dashboard-fout");

        browser.handOverTo("facilitator", "/app/dashboard/index.xhtml");
        assertTrue(browser.text("#periode").contains("CoP's die u faciliteert"), browser.text("#periode"));
        assertTrue(browser.driver.findElements(By.id("export-knelpunten")).isEmpty(), "the raw export is not for facilitators");
        browser.assertAccessible("dashboard-facilitator");

        browser.handOverTo("professional", "/app/dashboard/index.xhtml");
        assertTrue(browser.text("h1").contains("geen toegang"), browser.text("h1"));
        // issue 29: Mijn gemeente, each figure beside the region and the country and linked to its list
        browser.open("/app/mijn-gemeente.xhtml");
        assertTrue(browser.text("h1").contains("Mijn gemeente: Utrecht"), browser.text("h1"));
        List<org.openqa.selenium.WebElement> figures = browser.driver.findElements(By.cssSelector("#cijfers tbody tr"));
        assertEquals(10, figures.size(), browser.text("#cijfers"));
        String openLink = browser.driver.findElement(By.cssSelector("#cijfer-open th a")).getAttribute("href");
        assertTrue(openLink.endsWith("/app/knelpunten/index.xhtml?gemeente=GM0344"), openLink);
        assertTrue(browser.text("#cijfers thead").contains("Gemiddeld in Nederland"), browser.text("#cijfers thead"));
        browser.assertAccessible("mijn-gemeente");
        browser.driver.findElement(By.cssSelector("#cijfer-open th a")).click();
        assertEquals("GM0344", new Select(browser.driver.findElement(By.id("gemeente"))).getFirstSelectedOption().getAttribute("value"),
                "the gemeente filter is in the list's form");
        new Select(browser.driver.findElement(By.id("doelgroep"))).selectByValue("statushouders");
        browser.submit(By.id("filteren"));
        assertTrue(browser.driver.getCurrentUrl().contains("doelgroep=statushouders"), browser.driver.getCurrentUrl());
        browser.assertAccessible("knelpunten-doelgroep");
        browser.signOut();
    }
}
