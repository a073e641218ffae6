package nl.lerendstelsel.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quality bar R3: Keycloak down. Starts Keycloak ({@code run.sh --no-app}) and the application ({@code run.sh
 * --app-only}) on a fresh data folder, shortens the realm's token lifetime (so the test also covers a session whose
 * tokens expire while Keycloak is away), signs a browser in through the real authorization code flow (an HTTP client
 * with a cookie jar that follows the redirects and fills in Keycloak's login form), then kills Keycloak with SIGKILL and
 * checks: the signed-in session keeps navigating (also after its tokens expired), an API call with a still-valid bearer
 * token works, a new sign-in gets a clear 503 page within 5 s, and after Keycloak is started again a new sign-in works.
 *
 * <p>Run with {@code tools/fault-keycloak-down.sh}; exit status 0 only when the bar is met.
 */
public final class KeycloakDownFault {

    private static final int TOKEN_SECONDS = 30;
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final String[] PAGES = {"/app/start.xhtml", "/app/knelpunten/", "/app/meldingen/"};

    private final FaultClient client;
    private final List<String[]> results = new ArrayList<>();
    private boolean ok = true;

    private KeycloakDownFault(FaultClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(System.getProperty("fault.data.dir", "target/fault-keycloak-down"));
        boolean ok = new KeycloakDownFault(new FaultClient("fault-keycloak-down", dataDir)).run();
        System.exit(ok ? 0 : 1);
    }

    /**
     * Cookies as a browser keeps them for {@code localhost}: shared by all ports, and {@code Secure} ones sent over plain
     * http too (browsers treat localhost as a secure context; Java's {@code CookieManager} does not, and Keycloak marks
     * its login-session cookies Secure).
     */
    private static final class CookieJar extends CookieHandler {
        private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            List<String> values = cookies.values().stream().filter(c -> !c.hasExpired()).filter(c -> path.startsWith(c.getPath()))
                    .map(c -> c.getName() + "=" + c.getValue()).toList();
            return values.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", values)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String header : values) {
                        for (HttpCookie cookie : HttpCookie.parse(header)) {
                            if (cookie.getPath() == null) {
                                cookie.setPath("/");
                            }
                            String key = cookie.getName() + "|" + cookie.getPath();
                            if (cookie.getMaxAge() == 0) {
                                cookies.remove(key);
                            } else {
                                cookies.put(key, cookie);
                            }
                        }
                    }
                }
            });
        }
    }

    /** A browser: its own cookie jar, redirects followed by hand so every hop can be seen and timed. */
    private static final class Browser {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        /** GET, following redirects; returns the last response. Connection errors are thrown as a browser would show them. */
        HttpResponse<String> open(String url) throws IOException, InterruptedException {
            return follow(http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = http.send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            return response;
        }

        /** The whole code flow: the app sends us to Keycloak, we fill in the form, Keycloak sends us back signed in. */
        HttpResponse<String> signIn(String appUrl, String username) throws IOException, InterruptedException {
            HttpResponse<String> login = open(appUrl + PAGES[0]);
            Matcher action = FORM_ACTION.matcher(login.body());
            if (!action.find()) {
                throw new IllegalStateException("no Keycloak login form at " + login.uri() + " (" + login.statusCode() + ")");
            }
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(FaultClient.PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
            return follow(http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
        }
    }

    private boolean run() throws Exception {
        Process services = null;
        Process app = null;
        try {
            services = client.freshServices();
            prepareRealm();
            app = client.freshApp();

            Browser fatima = new Browser();
            HttpResponse<String> signedIn = fatima.signIn(client.appUrl, "professional");
            check("sign-in through Keycloak before the outage", signedIn.statusCode() == 200 && isSignedIn(signedIn),
                    signedIn.statusCode() + " " + signedIn.uri().getPath());
            String token = client.token("professional");
            FaultClient.Reply before = client.api("GET", "me", "professional", null);
            check("API call with a token before the outage", before.status() == 200, String.valueOf(before.status()));

            ProcessHandle keycloak = FaultClient.keycloak(services);
            keycloak.destroyForcibly();
            keycloak.onExit().get();
            long downAt = System.nanoTime();
            client.say("killed Keycloak (pid " + keycloak.pid() + ") with SIGKILL");

            FaultClient.Reply api = client.apiWithToken("GET", "me", token, null);
            check("API call with the still-valid token, Keycloak down", api.status() == 200, String.valueOf(api.status()));
            navigate(fatima, "signed-in session navigates, Keycloak down");

            long t0 = System.nanoTime();
            Browser newcomer = new Browser();
            String outcome;
            boolean clear;
            try {
                HttpResponse<String> page = newcomer.open(client.appUrl + PAGES[0]);
                clear = page.statusCode() == 503 && page.body().contains("Inloggen is nu niet mogelijk")
                        && page.uri().getPort() == client.appPort;
                outcome = page.statusCode() + " on " + page.uri().getHost() + ":" + page.uri().getPort() + page.uri().getPath()
                        + (page.body().contains("Inloggen is nu niet mogelijk") ? " \"Inloggen is nu niet mogelijk\"" : "");
            } catch (IOException e) {
                clear = false;
                outcome = "browser error: " + e;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            check("new sign-in, Keycloak down: clear message within 5 s", clear && seconds <= 5,
                    outcome + String.format(" after %.2f s", seconds));

            long waitMillis = (TOKEN_SECONDS + 5) * 1000L - (System.nanoTime() - downAt) / 1_000_000;
            if (waitMillis > 0) {
                client.say("waiting " + waitMillis / 1000 + " s until the session's tokens have expired");
                Thread.sleep(waitMillis);
            }
            navigate(fatima, "signed-in session navigates after its tokens expired, Keycloak down");
            FaultClient.Reply expired = client.apiWithToken("GET", "me", token, null);
            check("API call with an expired token is refused (401), Keycloak down", expired.status() == 401,
                    String.valueOf(expired.status()));

            client.say("starting Keycloak again: run.sh --no-app");
            FaultClient.stop(services);
            long restart = System.nanoTime();
            services = client.runSh("run-services-again.log", "--no-app", "--no-demo");
            client.say(String.format("Keycloak ready again after %.1f s", (System.nanoTime() - restart) / 1e9));
            Thread.sleep(6000); // the application believes its last reachability answer for 5 s
            HttpResponse<String> again = new Browser().signIn(client.appUrl, "professional2");
            check("new sign-in after Keycloak is back", again.statusCode() == 200 && isSignedIn(again),
                    again.statusCode() + " " + again.uri().getPath());
            HttpResponse<String> refreshed = fatima.open(client.appUrl + PAGES[1]);
            // Informative: whether the old session could refresh its tokens at the restarted Keycloak, or had to sign in again.
            results.add(new String[] {"session from before the outage, Keycloak back", refreshed.statusCode() == 200 && isSignedIn(refreshed)
                    ? "still signed in" : "asked to sign in again (" + refreshed.statusCode() + " " + refreshed.uri().getHost() + ":"
                    + refreshed.uri().getPort() + ")", "info"});
            report();
            return ok;
        } finally {
            FaultClient.stop(app);
            FaultClient.stop(services);
        }
    }

    private void navigate(Browser browser, String what) throws Exception {
        List<String> seen = new ArrayList<>();
        boolean all = true;
        for (String page : PAGES) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = browser.open(client.appUrl + page);
                boolean good = response.statusCode() == 200 && isSignedIn(response) && response.uri().getPort() == client.appPort;
                all &= good;
                seen.add(page + " " + response.statusCode() + String.format(" %.2f s", (System.nanoTime() - t0) / 1e9));
            } catch (IOException e) {
                all = false;
                seen.add(page + " " + e);
            }
        }
        check(what, all, String.join(", ", seen));
    }

    /** A page of the signed-in part shows the person's name in the header. */
    private static boolean isSignedIn(HttpResponse<String> page) {
        return page.body().contains("Fatima El Amrani") || page.body().contains("Joost de Vries");
    }

    /**
     * Through Keycloak's admin API: realm tokens of {@link #TOKEN_SECONDS} s (development realm default: 300 s), and this
     * run's application address as a redirect URI of the web client.
     */
    private void prepareRealm() throws Exception {
        String base = "http://localhost:" + client.keycloakPort;
        HttpResponse<String> admin = client.http.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        String adminToken = Json.createReader(new StringReader(admin.body())).readObject().getString("access_token");
        JsonObject change = Json.createObjectBuilder().add("accessTokenLifespan", TOKEN_SECONDS).build();
        HttpResponse<String> put = client.http.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/lerend-stelsel"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 204) {
            throw new IllegalStateException("could not shorten the token lifetime: " + put.statusCode() + " " + put.body());
        }
        client.say("realm tokens now live " + TOKEN_SECONDS + " s");

        // The development realm lets the web client return to the standard ports only; add this run's application port.
        HttpResponse<String> found = client.http.send(HttpRequest.newBuilder(URI.create(base
                        + "/admin/realms/lerend-stelsel/clients?clientId=lerend-stelsel-web")).header("Authorization", "Bearer " + adminToken)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonObject web = Json.createReader(new StringReader(found.body())).readArray().getJsonObject(0);
        JsonObject withPort = Json.createObjectBuilder(web).add("redirectUris", Json.createArrayBuilder(web.getJsonArray("redirectUris"))
                .add(client.appUrl + "/*")).build();
        HttpResponse<String> updated = client.http.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/lerend-stelsel/clients/"
                        + web.getString("id"))).header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(withPort.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() != 204) {
            throw new IllegalStateException("could not add the redirect URI: " + updated.statusCode() + " " + updated.body());
        }
    }

    private void check(String what, boolean passed, String detail) {
        ok &= passed;
        results.add(new String[] {what, detail, passed ? "ok" : "FAILED"});
        client.say((passed ? "ok      " : "FAILED  ") + what + ": " + detail);
    }

    private void report() throws IOException {
        StringBuilder out = new StringBuilder("\nR3 Keycloak down (killed with SIGKILL)\n");
        for (String[] r : results) {
            out.append(String.format("%-7s %s: %s%n", r[2], r[0], r[1]));
        }
        out.append("R3 ").append(ok ? "MET" : "MISSED").append('\n');
        System.out.print(out);
        Files.writeString(client.dataDir.resolve("report.txt"), out.toString(), StandardCharsets.UTF_8);
    }
}
