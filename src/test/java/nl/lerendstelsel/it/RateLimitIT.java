package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Rate limits on writes (quality bar S7) in the running stack. The test stack switches the general limits off (the
 * suite itself is a scripted client writing thousands of times a minute) and gives one account,
 * {@link Stack#RATE_LIMITED_ACCOUNT}, a small limit of its own (20 a minute, burst 5) through the per-account setting:
 * the same filter and buckets as the general limits, only another number. Writes of that account are refused with a
 * 429 problem (API) or the 429 page (forms) once its burst is used up; its reads go on; after {@code Retry-After} it
 * can write again. The bucket is left as the tests leave it: other tests that write as this account (QaApiIT,
 * NotificationsApiIT) go through {@link ApiClient}, which waits out a 429's {@code Retry-After} once.
 */
@ExtendWith(Stack.class)
class RateLimitIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String USER = Stack.RATE_LIMITED_ACCOUNT;
    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    private static HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.APP_URL + path))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        request = method.equals("GET") ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Writes (an empty knelpunt, which an editor may not post: each answer is a 4xx) until one is refused with 429. */
    private static List<Integer> writeUntilRefused(String token) throws Exception {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int status = send("POST", "/api/v1/knelpunten", token).statusCode();
            statuses.add(status);
            if (status == 429) {
                return statuses;
            }
        }
        return statuses;
    }

    @Test
    void writesOverTheLimitAreRefusedWithAProblemAndRetryAfterWhileReadsGoOn() throws Exception {
        String token = Tokens.accessToken(USER);
        Thread.sleep(Stack.RATE_LIMITED_BURST * 60_000L / Stack.RATE_LIMITED_PER_MINUTE); // a full bucket, whatever ran before
        List<Integer> statuses = writeUntilRefused(token);
        System.out.println("S7 writes until refused: " + statuses.size() + " " + statuses);
        assertEquals(429, statuses.get(statuses.size() - 1), "refused at last: " + statuses);
        assertTrue(statuses.size() > Stack.RATE_LIMITED_BURST, "the whole burst passed first: " + statuses);
        assertTrue(statuses.subList(0, statuses.size() - 1).stream().allMatch(s -> s >= 400 && s < 500 && s != 429), statuses.toString());

        HttpResponse<String> refused = send("PUT", "/api/v1/knelpunten/KP-2026-99999", token);
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
        assertEquals(429, problem.getInt("status"));
        assertEquals("Te veel verzoeken / Too many requests", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("probeer het over") && problem.getString("detail").contains("try again in"),
                problem.getString("detail"));
        assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(null), "security headers on a 429 too");

        assertEquals(200, send("GET", "/api/v1/themas", token).statusCode(), "reads are never limited");
        assertEquals(200, send("GET", "/api/v1/knelpunten", token).statusCode(), "reads are never limited");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "health is never limited");
        String other = Tokens.accessToken("editor");
        assertTrue(send("POST", "/api/v1/knelpunten", other).statusCode() != 429, "another user has a bucket of their own");

        Thread.sleep(retryAfter * 1000 + 200);
        int after = send("POST", "/api/v1/knelpunten", token).statusCode();
        assertTrue(after != 429, "after Retry-After the next write passes, got " + after);
    }

    @Test
    void aFormPostOverTheLimitShowsTheFriendly429Page() throws Exception {
        browser.signIn(USER);
        browser.open("/app/vraag-stellen.xhtml");
        WebElement question = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vragen:vraag")));
        String typed = "Mag een inburgeraar de leerbaarheidstoets twee keer maken?";
        question.sendKeys(typed);
        String token = Tokens.accessToken(USER);
        assertEquals(429, writeUntilRefused(token).stream().reduce((a, b) -> b).orElseThrow(), "the same account's bucket is empty");
        // The next token comes 60/20 = 3 s after the last write that passed; on a busy machine the browser's post can
        // come later than that and pass. So the bucket is kept empty while the browser posts: every token that comes is
        // taken by another write within a few milliseconds.
        ExecutorService drain = Executors.newSingleThreadExecutor();
        AtomicBoolean draining = new AtomicBoolean(true);
        drain.submit(() -> {
            while (draining.get()) {
                send("POST", "/api/v1/knelpunten", token);
            }
            return null;
        });
        try {
            browser.submit(By.id("vragen:versturen"));
        } finally {
            draining.set(false);
            drain.shutdown();
            assertTrue(drain.awaitTermination(30, TimeUnit.SECONDS), "the writes that kept the bucket empty stopped");
        }

        assertEquals("Te veel wijzigingen in korte tijd", browser.text("h1"));
        String text = browser.text("#te-veel-tekst");
        assertTrue(text.matches("U hebt in korte tijd te veel wijzigingen verstuurd\\. Uw invoer is niet opgeslagen; probeer het over \\d+ seconden opnieuw\\."), text);
        assertNotNull(browser.text("#incident"));
        browser.assertAccessibleWithoutConsoleErrors("te-veel-verzoeken");

        // Back to the form: the browser still has what was typed, and once the wait is over it goes through.
        browser.driver.navigate().back();
        WebElement again = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vragen:vraag")));
        assertEquals(typed, again.getAttribute("value"), "the input is not lost");
        // The page's wait, and at least one token's time after the last write that kept the bucket empty.
        long seconds = Math.max(Long.parseLong(text.replaceAll("\\D+", "")), 60 / Stack.RATE_LIMITED_PER_MINUTE);
        Thread.sleep(seconds * 1000 + 500);
        browser.submit(By.id("vragen:versturen"));
        assertTrue(browser.driver.findElements(By.cssSelector("section.error-page")).isEmpty(), "sent after the wait");
        assertTrue(browser.text("#mijn-vragen").contains(typed), browser.text("#mijn-vragen"));
        browser.signOut();
    }

    /**
     * Issue 27: a Faces postback that claims to be an auto-complete query ({@code Faces-Request: partial/ajax} and a
     * parameter ending in {@code _query}) passed the limit before; it runs a command, so it counts like any other write.
     */
    @Test
    void aPostbackDressedUpAsAnAutoCompleteQueryCounts() throws Exception {
        browser.signIn(USER);
        String session = browser.driver.manage().getCookieNamed("LSSESSION").getValue();
        String token = Tokens.accessToken(USER);
        assertEquals(429, writeUntilRefused(token).stream().reduce((a, b) -> b).orElseThrow(), "the account's bucket is empty");
        String form = "vragen=vragen&vragen%3Avraag=Mag+het%3F&vragen%3Aversturen=vragen%3Aversturen&jakarta.faces.source=vragen%3Aversturen"
                + "&jakarta.faces.partial.ajax=true&jakarta.faces.partial.execute=%40form&jakarta.faces.partial.render=%40form"
                + "&jakarta.faces.behavior.event=query&vragen%3Aversturen_query=x&jakarta.faces.ViewState=stateless";
        HttpResponse<String> bypass = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/app/vraag-stellen.xhtml"))
                .header("Cookie", "LSSESSION=" + session).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("Issue 27 rate-limit bypass attempt: " + bypass.statusCode());
        assertEquals(429, bypass.statusCode(), "the dressed-up postback takes a token like any write");
        browser.signOut();
    }
}
