package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 28: the OpenAPI document in the browser. A visitor who is not signed in follows the footer's link to
 * {@code /api-documentatie/}, where Swagger UI (served by the application) shows the document the server serves: its
 * tags, and per operation its summary and responses; read only, without "Try it out" or a token dialog. The page keeps
 * the site's Content-Security-Policy (no 'unsafe-eval', no inline scripts), logs no CSP violation or other error, and
 * passes axe, also with an operation opened.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class ApiDocumentationBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser().checkingEveryTest();

    @Test
    void anonymousVisitorReadsTheApiDocumentUnderTheSitesPolicy() {
        browser.submit(By.id("api-documentatie"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/api-documentatie/"), browser.driver.getCurrentUrl());
        assertEquals("nl", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.driver.getTitle().startsWith("API-documentatie |"), browser.driver.getTitle());
        assertTrue(browser.text("#token-endpoint").endsWith("/realms/lerend-stelsel/protocol/openid-connect/token"));
        // the info and the tags come from the served document
        assertTrue(browser.text("#swagger-ui .info .title").startsWith("Lerend Stelsel API"), browser.text("#swagger-ui .info .title"));
        assertEquals("Knelpunten", browser.text("#operations-tag-Knelpunten"));
        assertEquals(1, browser.driver.findElements(By.tagName("main")).size(), "one main landmark, the page's");
        assertTrue(browser.driver.findElements(By.cssSelector("#swagger-ui .btn.authorize, #swagger-ui .authorization__btn, "
                + "#swagger-ui select")).isEmpty(),
                "no token dialog and no server choice on a read-only page");
        browser.assertAccessibleWithoutConsoleErrors("api-documentatie");

        browser.driver.findElement(By.cssSelector("#operations-tag-Knelpunten button.expand-operation")).click();
        String report = "#operations-Knelpunten-report";
        assertTrue(browser.text(report + " .opblock-summary-description").startsWith("Een knelpunt melden (professional)."));
        assertEquals("POST", browser.text(report + " .opblock-summary-method"));
        browser.driver.findElement(By.cssSelector(report + " .opblock-summary-control")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(report + " tr.response[data-code='201']")));
        assertEquals(1, browser.driver.findElements(By.cssSelector(report + " tr.response[data-code='422']")).size(),
                "the operation's documented statuses");
        assertTrue(browser.driver.findElements(By.cssSelector("#swagger-ui .try-out__btn, #swagger-ui .execute")).isEmpty(),
                "Try it out is off");
        browser.assertAccessibleWithoutConsoleErrors("api-documentatie-operatie");

        HttpResponse<String> page = browser.fetch("/api-documentatie/");
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(policy.contains("unsafe-eval") || scripts.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("connect-src 'self'") && policy.contains("img-src 'self' data:"), policy);
    }
}
