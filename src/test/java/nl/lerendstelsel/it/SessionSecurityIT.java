package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.w3c.dom.Document;

/**
 * Quality bar S5 in one place, against the running stack: a new session at sign-in (no session fixation), sign-out
 * ends the application's session and Keycloak's, the idle timeout is 30 minutes in both, the session cookie is
 * HttpOnly and SameSite (Secure comes from the setting for production, see docs/operations.md), and the security
 * headers are on a page, an API response and an error page.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class SessionSecurityIT {

    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeEach
    void signedOutEverywhere() {
        browser.forgetCookies();
    }

    private static HttpResponse<String> get(String path, String sessionId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.APP_URL + path)).header("Accept", "text/html");
        if (sessionId != null) {
            request.header("Cookie", "LSSESSION=" + sessionId);
        }
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Whether this session id is signed in: the start page answers 200 instead of sending the visitor to Keycloak. */
    private static boolean signedIn(String sessionId) throws Exception {
        HttpResponse<String> start = get("/app/start.xhtml", sessionId);
        return start.statusCode() == 200 && start.body().contains("id=\"gebruiker\"");
    }

    private static String sessionCookieHeader(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LSSESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    @Test
    void aPlantedSessionIdIsNotSignedInAndSignOutEndsBothSessions() throws Exception {
        // An attacker's session id (from a visit of their own), planted in the victim's browser before the sign-in.
        String planted = sessionCookieHeader(get("/app/start.xhtml", null)).split(";")[0].substring("LSSESSION=".length());
        browser.driver.manage().addCookie(new Cookie("LSSESSION", planted, "/"));
        browser.signIn("professional");
        String session = browser.driver.manage().getCookieNamed("LSSESSION").getValue();
        System.out.println("S5 session ids: planted " + planted.substring(0, 6) + "…, after sign-in " + session.substring(0, 6) + "…");
        assertNotEquals(planted, session, "a new session id at sign-in");
        assertFalse(signedIn(planted), "the planted id gives the attacker nothing");
        assertTrue(signedIn(session), "the new id is the signed-in session");

        browser.signOut();
        assertFalse(signedIn(session), "after sign-out the old session cookie no longer works");
        browser.open("/app/start.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        assertTrue(browser.driver.getCurrentUrl().startsWith(Stack.KEYCLOAK_URL), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.findElement(By.id("username")).isDisplayed(),
                "Keycloak's session is ended too: it asks for the password again");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndLivesOnlyAsLongAsTheBrowser() throws Exception {
        String cookie = sessionCookieHeader(get("/app/start.xhtml", null));
        System.out.println("S5 Set-Cookie: " + cookie.replaceAll("=[^;]+;", "=…;"));
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertTrue(attributes.stream().anyMatch(a -> a.equalsIgnoreCase("HttpOnly")), cookie);
        assertTrue(attributes.stream().anyMatch(a -> a.equalsIgnoreCase("SameSite=Lax")), cookie);
        assertTrue(attributes.stream().noneMatch(a -> a.regionMatches(true, 0, "Max-Age", 0, 7) || a.regionMatches(true, 0, "Expires", 0, 7)),
                "a session cookie, not stored on disk: " + cookie);
        // Plain HTTP here and lerendstelsel.session.cookie-secure not set: no Secure flag (the browser would drop the
        // cookie on http://). Production sets LERENDSTELSEL_SESSION_COOKIE_SECURE=true behind TLS (docs/operations.md).
        assertTrue(attributes.stream().noneMatch(a -> a.equalsIgnoreCase("Secure")), cookie);

        browser.signIn("professional2");
        Cookie signedIn = browser.driver.manage().getCookieNamed("LSSESSION");
        assertTrue(signedIn.isHttpOnly());
        assertEquals("Lax", signedIn.getSameSite());
        assertEquals(null, signedIn.getExpiry(), "session cookie");
        assertEquals(null, browser.driver.manage().getCookieNamed("JSESSIONID"), "one session cookie, the configured one");
        browser.signOut();
    }

    @Test
    void idleTimeoutIsThirtyMinutesInTheApplicationAndAtKeycloak() throws Exception {
        // The application: the deployment descriptor of the WAR that run.sh deployed.
        Path war = Path.of(System.getProperty("lerend.project.dir", "..")).resolve("src/target/lerend-stelsel.war");
        try (ZipFile zip = new ZipFile(war.toFile()); InputStream webXml = zip.getInputStream(zip.getEntry("WEB-INF/web.xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document descriptor = factory.newDocumentBuilder().parse(webXml);
            String minutes = descriptor.getElementsByTagNameNS("*", "session-timeout").item(0).getTextContent().strip();
            System.out.println("S5 session-timeout in the deployed WAR: " + minutes + " min");
            assertEquals("30", minutes);
            assertEquals("COOKIE", descriptor.getElementsByTagNameNS("*", "tracking-mode").item(0).getTextContent().strip(),
                    "no session id in URLs");
        }
        // Keycloak: the running realm, read through its admin API (development admin account of run.sh).
        HttpResponse<String> token = RAW.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                        + URLEncoder.encode("admin", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String accessToken = Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
        HttpResponse<String> realm = RAW.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK_URL + "/admin/realms/lerend-stelsel"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, realm.statusCode());
        JsonObject settings = Json.createReader(new StringReader(realm.body())).readObject();
        System.out.println("S5/S7 running realm: ssoSessionIdleTimeout " + settings.getInt("ssoSessionIdleTimeout")
                + ", bruteForceProtected " + settings.getBoolean("bruteForceProtected") + ", failureFactor " + settings.getInt("failureFactor"));
        assertEquals(1800, settings.getInt("ssoSessionIdleTimeout"));
        assertTrue(settings.getBoolean("bruteForceProtected"), "S7: brute-force detection on in the running realm");
    }

    private static void assertSecurityHeaders(String what, HttpResponse<String> response, String expectedCsp) {
        var headers = response.headers();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertTrue(csp.contains(expectedCsp), what + ": " + csp);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
    }

    @Test
    void securityHeadersOnAPageAnApiResponseAndAnErrorPage() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertEquals(200, home.statusCode());
        assertSecurityHeaders("home page", home, "script-src 'self' 'nonce-");
        assertFalse(home.headers().firstValue("Content-Security-Policy").orElseThrow().matches(".*script-src[^;]*unsafe-inline.*"));

        browser.signIn("professional3");
        HttpResponse<String> start = browser.fetch("/app/start.xhtml");
        assertEquals(200, start.statusCode());
        assertSecurityHeaders("signed-in page", start, "script-src 'self' 'nonce-");
        assertEquals("private, no-store", start.headers().firstValue("Cache-Control").orElse(null), "signed-in pages are not cached");
        HttpResponse<String> homeSignedIn = browser.fetch("/");
        assertEquals("private, no-store", homeSignedIn.headers().firstValue("Cache-Control").orElse(null),
                "a public page shows the signed-in person's name: not cached either");
        assertTrue(start.headers().firstValue("Content-Security-Policy").orElse("").contains("form-action 'self' " + Stack.KEYCLOAK_URL),
                "forms post to the application (and a sign-out redirects to Keycloak) only");
        assertEquals("max-age=31536000", start.headers().firstValue("Strict-Transport-Security").orElse(null), "HSTS");
        browser.signOut();

        HttpResponse<String> api = RAW.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/themas"))
                .header("Authorization", "Bearer " + Tokens.accessToken("professional3")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode());
        assertSecurityHeaders("API", api, "default-src 'none'");

        HttpResponse<String> missing = get("/bestaat-niet.xhtml", null);
        assertEquals(404, missing.statusCode());
        assertSecurityHeaders("error page", missing, "script-src 'self' 'nonce-");
        HttpResponse<String> apiMissing = get("/api/v1/bestaat-niet", null);
        assertEquals(404, apiMissing.statusCode());
        assertSecurityHeaders("API error", apiMissing, "default-src 'none'");
        assertNotNull(apiMissing.body());
    }

    /**
     * Issue 27: the REST API takes bearer tokens only. A signed-in browser's session cookie, which another site could make
     * the browser send along (CSRF, with SameSite=Lax as the only guard before), signs nobody in on /api/v1: a read that
     * needs a person and a write both get 401 problem+json; the public reads still answer; the page session goes on.
     */
    @Test
    void theApiRefusesTheSessionCookieOfASignedInBrowser() throws Exception {
        browser.signIn("professional3");
        String session = browser.driver.manage().getCookieNamed("LSSESSION").getValue();
        HttpRequest.Builder read = HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/me"))
                .header("Accept", "application/json").header("Cookie", "LSSESSION=" + session);
        HttpResponse<String> me = RAW.send(read.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> write = RAW.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/meldingen/gelezen"))
                .header("Accept", "application/json").header("Cookie", "LSSESSION=" + session)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        System.out.println("Issue 27 session cookie on the API: read " + me.statusCode() + ", write " + write.statusCode());
        for (HttpResponse<String> refused : List.of(me, write)) {
            assertEquals(401, refused.statusCode(), refused.request().uri() + ": " + refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals(401, Json.createReader(new StringReader(refused.body())).readObject().getInt("status"));
        }
        HttpResponse<String> publicRead = RAW.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/themas"))
                .header("Accept", "application/json").header("Cookie", "LSSESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, publicRead.statusCode(), "the public reads stay open");
        HttpResponse<String> withToken = RAW.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/me"))
                .header("Accept", "application/json").header("Authorization", "Bearer " + Tokens.accessToken("professional3")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, withToken.statusCode(), "a bearer token is how the API signs in");
        assertTrue(signedIn(session), "the browser's page session goes on");
        browser.signOut();
    }
}
