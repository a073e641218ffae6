package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Bar S4: oversized input, uploads with a spoofed type, a missing or forged view state (the form's CSRF token), and
 * nonsense in addresses and parameters get a clear 4xx or a message — never a 500, never a stack trace, and nothing
 * is stored on the way.
 */
@ExtendWith(Stack.class)
class BadRequestsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    private static HttpResponse<String> api(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1" + path))
                .header("Authorization", "Bearer " + Tokens.accessToken("professional"))
                .header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A 4xx problem document in Dutch and English, no stack trace. */
    private static void assertClearRefusal(HttpResponse<String> response, String what) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, what + ": " + response.statusCode() + " " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], what);
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        assertTrue(problem.getString("title", "").contains(" / "), what + ": title in Dutch and English: " + problem);
        assertNoStackTrace(response.body(), what);
    }

    private static final Pattern STACK_FRAME =
            Pattern.compile("Caused by: |\\bat ([\\w.]+/)?[a-z]+(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)");

    private static void assertNoStackTrace(String body, String what) {
        assertFalse(STACK_FRAME.matcher(body).find(), what + ": " + body);
    }

    private static String knelpunt(String title, String description) {
        return Json.createObjectBuilder().add("titel", title).add("omschrijving", description).add("thema", "taal")
                .add("gemeente", "GM0344").add("doelgroep", "Asielstatushouders").add("schaal", "TIENTALLEN").build().toString();
    }

    @Test
    void oversizedMalformedAndMistypedApiRequestsAreRefusedClearly() throws Exception {
        String longTitle = "Wachttijd " + RUN + " " + "lang ".repeat(400_000); // 2 MB
        assertClearRefusal(api("POST", "/knelpunten", "application/json",
                knelpunt(longTitle, "Te lang.").getBytes(StandardCharsets.UTF_8)), "a 2 MB title");
        assertClearRefusal(api("POST", "/knelpunten", "application/json",
                knelpunt("Te lange omschrijving " + RUN, "x".repeat(100_001)).getBytes(StandardCharsets.UTF_8)), "a 100,000-character description");
        assertClearRefusal(api("POST", "/knelpunten", "application/json",
                "{\"titel\": \"Half\", \"omschrijving\": ".getBytes(StandardCharsets.UTF_8)), "malformed JSON");
        assertClearRefusal(api("POST", "/knelpunten", "application/json",
                "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)), "JSON of the wrong shape");
        assertClearRefusal(api("POST", "/knelpunten", "text/plain",
                "titel=Wachttijd".getBytes(StandardCharsets.UTF_8)), "a body that is not JSON");
        assertClearRefusal(api("POST", "/knelpunten", "application/json",
                "{\"titel\": 12, \"omschrijving\": [], \"afgeschermd\": \"misschien\"}".getBytes(StandardCharsets.UTF_8)), "wrong types");
        for (String path : List.of("/knelpunten?pagina=-1", "/knelpunten?pagina=abc", "/knelpunten?paginagrootte=1000000",
                "/knelpunten?status=ONZIN", "/knelpunten/KP-9999-99999", "/knelpunten/"
                        + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8), "/signalen/abc/historie",
                "/discussies/99999999999999999999", "/cops/-1")) {
            HttpResponse<String> response = api("GET", path, null, null);
            assertTrue(response.statusCode() < 500, path + ": " + response.statusCode() + " " + response.body());
            if (response.statusCode() >= 400) {
                assertClearRefusal(response, path);
            }
        }
        // An address that is not valid UTF-8 never reaches the application: the server itself answers 400.
        assertEquals(400, api("GET", "/knelpunten/%00%ff", null, null).statusCode());
        HttpResponse<String> list = api("GET", "/knelpunten?paginagrootte=1000000", null, null);
        if (list.statusCode() == 200) {
            assertTrue(Json.createReader(new StringReader(list.body())).readObject().getJsonArray("knelpunten").size() <= 100,
                    "the page size is bounded");
        }
        assertEquals(0, api("GET", "/zoeken?q=" + URLEncoder.encode("Wachttijd " + RUN, StandardCharsets.UTF_8), null, null)
                .body().chars().filter(c -> c == '{').count(), "nothing of the refused requests was stored");
    }

    @Test
    void problemDetailsComeInTheLanguageTheClientAsksFor() throws Exception {
        for (String language : List.of("en-GB,en;q=0.9,nl;q=0.5", "nl-NL,nl;q=0.9,en;q=0.5")) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/knelpunten"))
                    .header("Authorization", "Bearer " + Tokens.accessToken("professional"))
                    .header("Accept", "application/json").header("Accept-Language", language).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"titel\": \"Te\", \"omschrijving\": \"Kort.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(400, response.statusCode(), response.body());
            JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
            boolean english = language.startsWith("en");
            assertEquals(english ? "Bad request" : "Ongeldig verzoek", problem.getString("title"), language);
            assertEquals(english ? "One or more fields are invalid." : "Een of meer velden zijn ongeldig.", problem.getString("detail"));
            assertEquals(english ? "en" : "nl", response.headers().firstValue("Content-Language").orElse(""));
            assertFalse(problem.getJsonArray("invalidParams").isEmpty());
            // the reason per field reads in that language too (issue 24)
            assertTrue(reason(problem, "titel").contains(english ? "at least 5 characters" : "minstens 5 tekens"), problem.toString());
            assertEquals(english ? "Choose an existing theme." : "Kies een bestaand thema.", reason(problem, "thema"));
            assertEquals(english ? "Choose an existing gemeente (CBS code, for example GM0344)."
                    : "Kies een bestaande gemeente (CBS-code, bijvoorbeeld GM0344).", reason(problem, "gemeente"));
        }
        // a refused workflow step on a knelpunt, in English: the action, status and level read in English as well
        String reference = BottleneckApiIT.call("POST", "", "professional",
                knelpunt("Engelse weigering " + RUN, "Inburgeraars wachten lang op een toetsplek.")).body().getString("referentie");
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/knelpunten/" + reference + "/opschalen"))
                .header("Authorization", "Bearer " + Tokens.accessToken("professional")).header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"toelichting\": \"Graag verder.\"}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("'escalate' is not possible for a knelpunt with status 'reported' at the execution level.",
                Json.createReader(new StringReader(refused.body())).readObject().getString("detail"));
        HttpResponse<String> notFound = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/knelpunten/KP-9999-99999"))
                .header("Authorization", "Bearer " + Tokens.accessToken("professional")).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(404, notFound.statusCode());
        JsonObject problem = Json.createReader(new StringReader(notFound.body())).readObject();
        assertEquals("Not found", problem.getString("title"));
        assertEquals("Knelpunt KP-9999-99999 does not exist.", problem.getString("detail"), "the English half");
    }

    private static String reason(JsonObject problem, String field) {
        return problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .filter(p -> field.equals(p.getString("name"))).map(p -> p.getString("reason")).findFirst().orElse("(none for " + field + ")");
    }

    @Test
    void anEnglishReaderGetsTheReportFormsFieldErrorsInEnglish() {
        browser.signIn("professional");
        try {
            browser.open("/app/knelpunten/nieuw.xhtml?lang=en");
            assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
            browser.driver.findElement(By.id("melden:titel")).sendKeys("Te");
            // the form starts at the reporter's own gemeente; without one chosen the gemeente is refused too
            new Select(browser.driver.findElement(By.id("melden:gemeente"))).selectByIndex(0);
            browser.submit(By.id("melden:verzenden"));
            assertTrue(browser.text("#melden\\:titel-fout").contains("at least 5 characters"), browser.text("#melden\\:titel-fout"));
            assertEquals("Choose an existing theme.", browser.text("#melden\\:thema-fout"));
            assertEquals("Choose an existing gemeente (CBS code, for example GM0344).", browser.text("#melden\\:gemeente-fout"));
            assertFalse(browser.driver.findElement(By.tagName("main")).getText().contains("Kies een"), "no Dutch reason on the English page");
        } finally {
            browser.open("/app/start.xhtml?lang=nl");
            browser.signOut();
        }
    }

    @Test
    void uploadsWithASpoofedTypeOrNoFileAreRefused() throws Exception {
        String reference = BottleneckApiIT.call("POST", "", "professional",
                knelpunt("Toetsplekken " + RUN, "Inburgeraars wachten lang op een toetsplek.")).body().getString("referentie");
        List<String> refused = new ArrayList<>();
        byte[][] spoofed = {
                "MZ\u0090\u0000\u0003 a Windows program".getBytes(StandardCharsets.ISO_8859_1),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
                new byte[0]};
        for (byte[] content : spoofed) {
            HttpResponse<byte[]> response = AttachmentsIT.upload("professional", reference, "rapport.pdf", content);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertEquals(400, response.statusCode(), body);
            assertNoStackTrace(body, "spoofed upload");
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            assertTrue(problem.getString("detail").contains(" / "), "detail in Dutch and English: " + problem);
            refused.add(problem.getJsonArray("invalidParams").getJsonObject(0).getString("reason"));
        }
        assertTrue(refused.stream().noneMatch(String::isBlank), "every refusal says why: " + refused);
        assertEquals("[]", BottleneckApiIT.call("GET", "/" + reference + "/bijlagen", "professional", null).raw(),
                "none of them was stored");
    }

    @Test
    void aSignOutWithoutTheSessionsTokenIsRefusedAndTheSessionStays() throws Exception {
        browser.signIn("professional");
        browser.open("/app/start.xhtml");
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        for (String form : List.of("", "token=", "token=" + "x".repeat(32))) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/uitloggen"))
                    .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode(), "sign-out with '" + form + "'");
            assertNoStackTrace(response.body(), "a forged sign-out");
        }
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/uitloggen"))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode(), "a link cannot sign anyone out");
        HttpResponse<String> page = browser.fetch("/app/start.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("uitloggen-knop"), "still signed in after the refused sign-outs");
        browser.open("/app/start.xhtml");
        browser.signOut();
        assertTrue(browser.fetch("/app/start.xhtml").statusCode() / 100 == 3, "the button signs out: the start page asks to sign in again");
    }

    @Test
    void aFormWithoutOrWithAForgedViewStateDoesNothing() throws Exception {
        browser.signIn("professional");
        browser.open("/app/knelpunten/nieuw.xhtml");
        String title = "Zonder viewstate " + RUN;
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        String form = "melden=melden&melden%3Atitel=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&melden%3Aomschrijving=Inburgeraars+wachten+lang.&melden%3Averzenden=Versturen";
        for (String viewState : List.of("", "&jakarta.faces.ViewState=-123456789%3A987654321",
                "&jakarta.faces.ViewState=" + "A".repeat(5000))) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/app/knelpunten/nieuw.xhtml"))
                    .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + viewState)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() < 500, "view state '" + viewState.length() + "': " + response.statusCode());
            assertNoStackTrace(response.body(), "a post without a valid view state");
            if (!viewState.isEmpty()) {
                assertTrue(response.body().contains("verlopen") || response.statusCode() == 400,
                        "a forged view state gets the expired-page message: " + response.statusCode());
            }
        }
        assertEquals(0, QaApiIT.call("GET", "/zoeken?q=" + QaApiIT.q(title), "professional", null).array().size(),
                "no knelpunt was created without a valid view state");
        browser.open("/app/start.xhtml");
        browser.signOut();
    }

    @Test
    void anOversizedFieldInTheFormGetsAMessage() {
        browser.signIn("professional");
        browser.open("/app/knelpunten/nieuw.xhtml");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        // Bypass the browser's maxlength, as a crafted request would.
        js.executeScript("var t = document.getElementById('melden:titel'); t.removeAttribute('maxlength'); t.value = arguments[0];"
                + "var d = document.getElementById('melden:omschrijving'); d.removeAttribute('maxlength'); d.value = arguments[1];",
                "Te lang " + RUN + " " + "x".repeat(5_000), "y".repeat(200_000));
        browser.submit(By.id("melden:verzenden"));
        String page = browser.driver.getPageSource();
        assertNoStackTrace(page, "an oversized form field");
        assertTrue(browser.driver.getCurrentUrl().contains("/app/knelpunten/nieuw.xhtml"), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.findElements(By.cssSelector(".field-error")).stream().anyMatch(e -> !e.getText().isBlank()),
                "a message at the field says what is wrong");
        browser.signOut();
    }

    @Test
    void nonsenseInPageParametersIsNoError() {
        browser.signIn("professional");
        for (String path : List.of("/app/knelpunten/index.xhtml?pagina=-1", "/app/knelpunten/index.xhtml?pagina=99999999999",
                "/app/knelpunten/index.xhtml?status=ONZIN&niveau=%00", "/app/knelpunten/detail.xhtml?ref=%3Cscript%3E",
                "/app/cops/cop.xhtml?id=abc", "/app/cops/draad.xhtml?id=-5", "/app/signalen/signaal.xhtml?ref=" + "9".repeat(300),
                "/app/dashboard/index.xhtml?van=gisteren", "/zoeken.xhtml?q=" + "%F0%9F%92%A9".repeat(500),
                "/vraag-en-antwoord/vraag.xhtml?id=1e99")) {
            HttpResponse<String> response = browser.fetch(path);
            assertTrue(response.statusCode() < 500, path + ": " + response.statusCode());
            assertNoStackTrace(response.body(), path);
        }
        browser.open("/app/start.xhtml"); // the fetches made newer views in this session than the one on screen
        browser.signOut();
    }
}
