package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin in a real browser filters the audit log down to their own sign-ins and downloads exactly those as CSV; a
 * person whose access an admin withdraws in the middle of their session gets the 403 page "Uw toegang is ingetrokken" at
 * their next page and cannot sign in again until the access is given back; an admin sets the retention period per kind
 * and sees what the next run erases.
 */
@ExtendWith(Stack.class)
class AdministrationBrowserIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

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

    @Test
    void anAdminSetsTheRetentionPeriodPerKindAndSeesWhatTheNextRunErases() {
        browser.signIn("admin");
        browser.open("/app/beheer/bewaartermijn.xhtml");
        assertTrue(browser.text("#volgende-ronde").startsWith("Bij de volgende ronde:"), browser.text("#volgende-ronde"));
        assertEquals(6, browser.driver.findElements(By.cssSelector("#per-soort tbody tr")).size(), "one line per kind");
        assertTrue(browser.text("#per-soort").contains("Berichten in CoP-discussies"), browser.text("#per-soort"));
        assertEquals("36", browser.driver.findElement(By.id("termijnen:berichten")).getAttribute("value"));
        browser.assertAccessible("retention page");

        browser.fill("termijnen:berichten", "2");
        browser.submit(By.id("termijnen:opslaan"));
        assertTrue(browser.text("#termijnen .field-error").contains("6 tot en met 240"), "refused below the minimum, with the range");
        assertEquals("2", browser.driver.findElement(By.id("termijnen:berichten")).getAttribute("value"), "the input stays");
        browser.assertAccessible("retention page, refused");

        browser.fill("termijnen:berichten", "48");
        browser.fill("termijnen:signalen", "10");
        browser.submit(By.id("termijnen:opslaan"));
        assertTrue(browser.text("#meldingen").contains("De bewaartermijnen zijn opgeslagen."), browser.text("#meldingen"));
        assertEquals("48", browser.driver.findElement(By.id("termijnen:berichten")).getAttribute("value"));
        assertTrue(browser.text("#per-soort").contains("48 maanden"), browser.text("#per-soort"));
        assertTrue(browser.text("#per-soort").contains("10 jaar"), browser.text("#per-soort"));

        browser.fill("termijnen:berichten", "36");
        browser.fill("termijnen:signalen", "7");
        browser.submit(By.id("termijnen:opslaan"));
        assertEquals("36", browser.driver.findElement(By.id("termijnen:berichten")).getAttribute("value"));
        browser.open("/app/start.xhtml");
        browser.signOut();
    }

    @Test
    void anAdminFiltersSortsAndPagesTheGemeentenAndSetsThemeTargets() {
        browser.signIn("admin");
        browser.open("/app/beheer/referentiedata.xhtml");
        assertTrue(browser.text("#aantal-gemeenten").contains("342"), browser.text("#aantal-gemeenten"));
        assertEquals(25, rows().size());
        assertTrue(browser.text("#gemeenten-paginering").contains("Pagina 1 van 14"), browser.text("#gemeenten-paginering"));
        String firstOnPageOne = rows().get(0).findElements(By.tagName("td")).get(1).getText();
        browser.submit(By.id("gemeenten-volgende"));
        assertTrue(browser.text("#gemeenten-paginering").contains("Pagina 2 van 14"));
        assertFalse(rows().get(0).findElements(By.tagName("td")).get(1).getText().equals(firstOnPageOne));

        browser.driver.findElement(By.id("q")).sendKeys("berg");
        browser.submit(By.id("gemeenten-filteren"));
        List<WebElement> found = rows();
        assertFalse(found.isEmpty());
        assertTrue(found.size() < 25, "fewer than a page");
        for (WebElement row : found) {
            assertTrue(row.findElements(By.tagName("td")).get(1).getText().toLowerCase().contains("berg"), row.getText());
        }
        assertTrue(browser.text("#aantal-gemeenten").contains(found.size() + " van de 342"), browser.text("#aantal-gemeenten"));
        assertEquals("berg", browser.driver.findElement(By.id("q")).getAttribute("value"), "the filter stays filled in");

        browser.submit(By.id("sorteer-code"));
        assertEquals("ascending", browser.driver.findElement(By.xpath("//a[@id='sorteer-code']/ancestor::th")).getAttribute("aria-sort"));
        List<String> up = codes();
        assertEquals(up.stream().sorted().toList(), up, "sorted by code");
        assertEquals(found.size(), up.size(), "sorting keeps the filter");
        browser.submit(By.id("sorteer-code"));
        assertEquals("descending", browser.driver.findElement(By.xpath("//a[@id='sorteer-code']/ancestor::th")).getAttribute("aria-sort"));
        List<String> down = new java.util.ArrayList<>(up);
        java.util.Collections.reverse(down);
        assertEquals(down, codes());
        browser.assertAccessible("reference data, filtered and sorted");

        new Select(browser.driver.findElement(By.id("referentiedata:thema"))).selectByValue("taal");
        browser.driver.findElement(By.id("referentiedata:uitvoering")).sendKeys("0");
        browser.submit(By.id("referentiedata:termijnen-opslaan"));
        assertFalse(browser.driver.findElements(By.cssSelector("#themas .field-error")).stream().allMatch(e -> e.getText().isBlank()),
                "the refused number is explained at its field");
        browser.open("/app/start.xhtml");
        browser.signOut();
    }

    @Test
    void theEditFormKeepsTheKnelpuntsRetiredTheme() throws Exception {
        String code = "proef-bw-" + Long.toString(System.nanoTime(), 36);
        ApiClient.Reply added = CommunitiesApiIT.call("POST", "/themas", "admin", Json.createObjectBuilder().add("code", code)
                .add("naam", "Proefthema bewerken").add("name", "Edit test theme").build().toString());
        assertEquals(201, added.status(), added.raw());
        ApiClient.Reply reported = BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder()
                .add("titel", "Wachtlijst taalschool onder een proefthema").add("omschrijving", "Inburgeraars wachten lang op een plek bij de taalschool.")
                .add("thema", code).add("gemeente", "GM0344").build().toString());
        assertEquals(201, reported.status(), reported.raw());
        String reference = reported.body().getString("referentie");
        assertEquals(200, CommunitiesApiIT.call("PUT", "/themas/" + code, "admin", "{\"actief\":false}").status());

        browser.signIn("professional");
        browser.open("/app/knelpunten/bewerken.xhtml?ref=" + reference);
        WebElement selected = new Select(browser.driver.findElement(By.id("bewerken:thema"))).getFirstSelectedOption();
        assertEquals(code, selected.getAttribute("value"), "the knelpunt's own theme is offered and chosen");
        assertEquals("Proefthema bewerken (ingetrokken)", selected.getText());
        WebElement title = browser.driver.findElement(By.id("bewerken:titel"));
        title.clear();
        title.sendKeys("Wachtlijst taalschool onder een ingetrokken proefthema");
        browser.submit(By.id("bewerken:opslaan"));
        assertTrue(browser.driver.getCurrentUrl().contains("/app/knelpunten/detail.xhtml"), browser.driver.getCurrentUrl());
        JsonObject saved = BottleneckApiIT.call("GET", "/" + reference, "professional", null).body();
        assertEquals("Wachtlijst taalschool onder een ingetrokken proefthema", saved.getString("titel"));
        assertEquals(code, saved.getString("thema"));
        browser.signOut();
    }

    private static List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#gemeententabel tbody tr"));
    }

    private static List<String> codes() {
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList();
    }

    @Test
    void aSessionWhoseAccessIsWithdrawnEndsWithTheWithdrawnPage() throws Exception {
        // professional3: the demo user whose access PeopleAndAuditApiIT also withdraws and gives back; no test relies on it meanwhile
        browser.signIn("professional3");
        browser.open("/app/knelpunten/index.xhtml");
        assertEquals("Knelpunten", browser.text("h1"));
        long id = personId("professional3");
        try {
            assertEquals(200, access(id, false).status());

            browser.open("/app/knelpunten/index.xhtml");
            assertEquals("Uw toegang is ingetrokken", browser.text("h1"), "the next page of the running session");
            assertTrue(browser.text(".error-page").contains("U bent afgemeld"), browser.text(".error-page"));
            assertTrue(browser.driver.findElements(By.id("uitloggen-knop")).isEmpty(), "signed out");
            browser.assertAccessible("403 access withdrawn");
            assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());

            openStartSigningInIfAsked();
            assertEquals("Uw toegang is ingetrokken", browser.text("h1"), "a new sign-in is refused as well");
            assertTrue(browser.driver.findElements(By.id("gebruiker")).isEmpty());
        } finally {
            assertEquals(200, access(id, true).status(), "access given back");
        }
        ApiClient.Reply denied = ApiClient.call("GET", "/api/v1/auditlog?actie=TOEGANG_GEWEIGERD&actor=professional3", "admin", null,
                "application/json");
        assertTrue(denied.raw().contains("/app/knelpunten/index.xhtml"), "the refused page is audited: " + denied.raw());
        ApiClient.Reply refusedSignIn = ApiClient.call("GET", "/api/v1/auditlog?actie=AANMELDEN_GEWEIGERD&actor=professional3", "admin",
                null, "application/json");
        assertFalse(refusedSignIn.body().getJsonArray("regels").isEmpty(), refusedSignIn.raw());

        openStartSigningInIfAsked();
        browser.text("#gebruiker");
        browser.open("/app/knelpunten/index.xhtml");
        assertEquals("Knelpunten", browser.text("h1"), "signed in again after the access was given back");
        browser.signOut();
    }

    /**
     * Opens the start page; Keycloak may still know the person (its own session outlives the application's) and send them
     * straight back, or ask for the password again.
     */
    private static void openStartSigningInIfAsked() {
        browser.open("/app/start.xhtml");
        browser.wait.until(d -> !d.findElements(By.id("kc-login")).isEmpty() || d.getCurrentUrl().startsWith(Stack.APP_URL));
        if (!browser.driver.findElements(By.id("kc-login")).isEmpty()) {
            WebElement page = browser.driver.findElement(By.tagName("html"));
            browser.driver.findElement(By.id("username")).sendKeys("professional3");
            browser.driver.findElement(By.id("password")).sendKeys(Stack.DEMO_PASSWORD);
            browser.driver.findElement(By.id("kc-login")).click();
            browser.waitUntilGone(page);
            browser.wait.until(d -> d.getCurrentUrl().startsWith(Stack.APP_URL));
        }
    }

    private static long personId(String username) throws Exception {
        ApiClient.Reply found = ApiClient.call("GET", "/api/v1/beheer/personen?q=" + username, "admin", null, "application/json");
        assertEquals(200, found.status(), found.raw());
        return found.body().getJsonArray("personen").stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("gebruikersnaam").equals(username)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static ApiClient.Reply access(long id, boolean active) throws Exception {
        return ApiClient.call("PUT", "/api/v1/beheer/personen/" + id + "/toegang", "admin", "{\"actief\": " + active + "}",
                "application/json");
    }
}
