package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Script and expression payloads stored through the API are shown as text on every page that shows them, in a real
 * browser: nothing executes (S2, S3). Each payload would set {@code window.__xss}; it must stay undefined.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class XssBrowserIT {

    private static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='script'</script>",
            "<img src=x onerror=\"window.__xss='img'\">",
            "\"><svg onload=\"window.__xss='svg'\">",
            "'><iframe src=\"javascript:window.parent.__xss='iframe'\"></iframe>",
            "#{facesContext.externalContext.requestMap.put('x', 1)} ${7*7} #{7*7}",
            "{{constructor.constructor('window.__xss=1')()}}");

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    private static void assertNothingRan(String page) {
        Object marker = ((JavascriptExecutor) browser.driver).executeScript("return window.__xss === undefined ? null : String(window.__xss);");
        assertNull(marker, "a payload ran on " + page);
    }

    @Test
    void storedPayloadsStayText() throws Exception {
        String title = "Toetslocaties " + PAYLOADS.get(1);
        String description = String.join("\n", PAYLOADS);
        ApiClient.Reply created = ApiClient.call("POST", "/api/v1/knelpunten", "professional", Json.createObjectBuilder()
                .add("titel", title).add("omschrijving", "Inburgeraars wachten lang. " + description).add("thema", "leerbaarheidstoets")
                .add("gemeente", "GM0344").add("doelgroep", PAYLOADS.get(2)).add("schaal", "TIENTALLEN")
                .add("tags", Json.createArrayBuilder().add("xss")).build().toString(), "application/json");
        assertEquals(201, created.status(), created.raw());
        String reference = created.body().getString("referentie");
        for (String payload : PAYLOADS) {
            assertEquals(201, ApiClient.call("POST", "/api/v1/knelpunten/" + reference + "/reacties", "facilitator",
                    Json.createObjectBuilder().add("tekst", payload).build().toString(), "application/json").status());
        }

        browser.signIn("professional");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        assertTrue(browser.text("h1").contains("onerror"), "the title is shown as text: " + browser.text("h1"));
        assertTrue(browser.driver.getPageSource().contains("#{7*7}") || browser.text("body").contains("#{7*7}"),
                "expressions are not evaluated");
        assertNothingRan("the knelpunt page");
        browser.open("/app/knelpunten/index.xhtml?tag=xss");
        assertNothingRan("the knelpunten list");
        browser.open("/zoeken.xhtml?q=" + URLEncoder.encode("Toetslocaties", StandardCharsets.UTF_8));
        assertNothingRan("the search results");
        browser.open("/zoeken.xhtml?q=" + URLEncoder.encode(PAYLOADS.get(0), StandardCharsets.UTF_8));
        assertNothingRan("a search for a script");
        browser.open("/app/meldingen/index.xhtml");
        assertNothingRan("the notifications");
        assertEquals(List.of(), browser.consoleErrors(), "a payload that reached the page as markup shows here, even when CSP blocked it");
        browser.signOut();
    }
}
