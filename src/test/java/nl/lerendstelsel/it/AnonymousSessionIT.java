package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Bar P4 for visitors: a plain GET of a public page (home, Q&amp;A, kennisbank, search, status, the API documentation, the
 * error pages) creates no HTTP session, so crawlers and casual visitors cost the server no session memory. The public
 * pages are stateless Faces views; their forms (the Q&amp;A "useful?" form, search-as-you-type), the search box and the language switch still work
 * without a session, with the Content-Security-Policy nonce on every script. Pages under {@code /app/} keep their
 * server-side view state, and signing in still starts a session.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class AnonymousSessionIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String WORD = "sessieloos" + RUN;
    /** The application's session cookie (web.xml) and the container's default name. */
    private static final List<String> SESSION_COOKIES = List.of("LSSESSION", "JSESSIONID");

    // no cookie handler: every request is a first visit
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @RegisterExtension
    static final Browser browser = new Browser();

    private static long entry;
    private static long knowledgeItem;
    private static String question;

    @BeforeAll
    static void publishedContent() throws Exception {
        QaApiIT.profiles();
        long version = QaApiIT.concept(WORD, "\"DIVOSA\"");
        question = "Hoe werkt de " + WORD + " in de B1-route?";
        assertEquals("TER_REVIEW", QaApiIT.call("POST", "/redactie/versies/" + version + "/ter-review", "editor", null).object().getString("status"));
        entry = entryOf(version);
        ApiClient.Reply approved = QaApiIT.call("POST", "/redactie/versies/" + version + "/goedkeuren", "editor2", null); // four eyes
        assertEquals("GEPUBLICEERD", approved.object().getString("status"), approved.raw());
        ApiClient.Reply item = QaApiIT.call("POST", "/kennisbank", "editor", "{\"titel\":\"Handreiking " + WORD + "\",\"bron\":\"Divosa\","
                + "\"datum\":\"2026-10-01\",\"soort\":\"HANDREIKING\",\"samenvatting\":\"Over pagina's zonder sessie.\","
                + "\"link\":\"https://www.divosa.nl/\",\"themas\":[\"taal\"]}");
        assertEquals(201, item.status(), item.raw());
        knowledgeItem = item.object().getJsonNumber("id").longValue();
        assertEquals(200, QaApiIT.call("POST", "/kennisbank/" + knowledgeItem + "/publiceren", "editor", null).status()); // public once published
        // the search index follows the publication asynchronously
        QaApiIT.searchUntil(WORD, null, results -> QaApiIT.contains(results, "QA", String.valueOf(entry)));
    }

    /** The Q&amp;A item of a version under review. */
    private static long entryOf(long version) throws Exception {
        ApiClient.Reply versions = QaApiIT.call("GET", "/redactie/werkvoorraad?status=TER_REVIEW", "editor", null);
        return versions.array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("id").longValue() == version).findFirst().orElseThrow()
                .getJsonNumber("vraag").longValue();
    }

    @BeforeEach
    void freshBrowser() {
        browser.forgetCookies();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> SESSION_COOKIES.stream().anyMatch(name -> cookie.startsWith(name + "=")))
                .toList();
    }

    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Test
    void aPlainGetOfEveryPublicPageCreatesNoSession() throws Exception {
        Map<String, Integer> pages = new java.util.LinkedHashMap<>();
        pages.put("/", 200);
        pages.put("/index.xhtml?lang=en", 200);
        pages.put("/vraag-en-antwoord/", 200);
        pages.put("/vraag-en-antwoord/thema.xhtml?code=b1-route", 200);
        pages.put("/vraag-en-antwoord/vraag.xhtml?id=" + entry, 200);
        pages.put("/vraag-en-antwoord/vraag.xhtml?id=999999999", 200);
        pages.put("/kennisbank/", 200);
        pages.put("/kennisbank/index.xhtml?soort=HANDREIKING&thema=taal", 200);
        pages.put("/kennisbank/item.xhtml?id=" + knowledgeItem, 200);
        pages.put("/zoeken.xhtml", 200);
        pages.put("/zoeken.xhtml?q=" + WORD, 200);
        pages.put("/status.xhtml", 200);
        pages.put("/api-documentatie/", 200);
        pages.put("/bestaat-niet.xhtml", 404);
        pages.put("/kennisbank/item.xhtml?id=999999999", 404);
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("P4 anonymous GETs (status, session cookie, scripts with the nonce):");
        for (Map.Entry<String, Integer> page : pages.entrySet()) {
            HttpResponse<String> response = get(page.getKey());
            List<String> cookies = sessionCookies(response);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            Matcher nonce = NONCE.matcher(csp);
            List<String> scripts = SCRIPT.matcher(response.body()).results().map(java.util.regex.MatchResult::group).toList();
            String value = nonce.find() ? nonce.group(1) : null;
            long withNonce = value == null ? 0 : scripts.stream().filter(s -> s.contains("nonce=\"" + value + "\"")).count();
            table.append("\n  ").append(page.getKey()).append(": ").append(response.statusCode()).append(", ")
                    .append(cookies.isEmpty() ? "no session" : "SESSION").append(", ").append(withNonce).append('/').append(scripts.size());
            if (response.statusCode() != page.getValue()) {
                problems.add(page.getKey() + " answered " + response.statusCode());
            }
            if (!cookies.isEmpty()) {
                problems.add(page.getKey() + " created a session: " + cookies);
            }
            // every page sends the policy with a nonce, and every script it has carries that nonce (the status page has none)
            if (value == null || withNonce != scripts.size()) {
                problems.add(page.getKey() + ": " + withNonce + " of " + scripts.size() + " scripts carry the CSP nonce (" + csp + ")");
            }
        }
        System.out.println(table);
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + table);
    }

    @Test
    void signingInStillStartsASession() throws Exception {
        HttpResponse<String> response = get("/app/start.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/realms/lerend-stelsel/"));
        assertFalse(sessionCookies(response).isEmpty(), "the sign-in keeps its state and the page to return to in a session");
    }

    @Test
    void publicFormsSearchAndLanguageSwitchWorkWithoutASession() {
        // the "useful?" form of an answer: a postback to a stateless view
        browser.open("/vraag-en-antwoord/vraag.xhtml?id=" + entry);
        assertEquals(question, browser.text("#vraag"));
        browser.driver.findElement(By.id("bruikbaar:opmerking")).sendKeys("Duidelijk antwoord");
        browser.submit(By.id("bruikbaar:ja"));
        assertTrue(browser.text("#bruikbaar\\:meldingen").contains("Bedankt"), browser.text("#bruikbaar\\:meldingen"));
        assertEquals(question, browser.text("#vraag"), "the postback shows the same answer");

        // the search box of the Q&A base (a plain GET form)
        browser.open("/vraag-en-antwoord/");
        browser.driver.findElement(By.id("zoekterm")).sendKeys(WORD);
        browser.submit(By.id("zoekknop"));
        assertTrue(browser.text("#resultaten").contains(question), browser.text("#resultaten"));

        // search-as-you-type: a PrimeFaces ajax postback to a stateless view, with the CSP nonce
        browser.open("/zoeken.xhtml");
        browser.driver.findElement(By.id("typen")).sendKeys(WORD.substring(0, WORD.length() - 2));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggesties"), WORD));

        // the language switch (a link; the choice is a cookie)
        browser.open("/kennisbank/");
        browser.driver.findElement(By.id("taalwissel")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        browser.driver.findElement(By.id("taalwissel")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));

        for (String name : SESSION_COOKIES) {
            assertNull(browser.driver.manage().getCookieNamed(name), "no session after using the public pages: " + name);
        }
        assertEquals(List.of(), browser.consoleErrors(), "browser console errors (scripts, CSP)");
    }

    @Test
    void signedInTheSamePagesWorkAndAppPagesKeepTheirState() {
        browser.signIn("professional3");
        Cookie session = browser.driver.manage().getCookieNamed("LSSESSION");
        assertNotNull(session);
        browser.open("/vraag-en-antwoord/vraag.xhtml?id=" + entry);
        assertTrue(browser.driver.findElements(By.id("gebruiker")).size() == 1, "still signed in on a public page");
        browser.submit(By.id("bruikbaar:nee"));
        assertTrue(browser.text("#bruikbaar\\:meldingen").contains("Bedankt"), browser.text("#bruikbaar\\:meldingen"));
        assertEquals(session.getValue(), browser.driver.manage().getCookieNamed("LSSESSION").getValue(), "the same session");

        HttpResponse<String> form = browser.fetch("/app/knelpunten/nieuw.xhtml");
        assertEquals(200, form.statusCode());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find(), "the report form has a view state");
        assertFalse(state.group(1).equals("stateless"), "pages under /app/ keep server-side state");
        browser.open("/app/start.xhtml");
        browser.signOut();
        assertEquals(List.of(), browser.consoleErrors(), "browser console errors (scripts, CSP)");
    }
}
