package nl.lerendstelsel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production-like setup of issue 9, end to end: {@code tools/payara-server.sh up --fresh --skip-build} brings up a
 * fresh PostgreSQL ({@code tools/postgres.sh}), Keycloak with the realm ({@code run.sh --no-app}) and the full Payara
 * Server with the EAR of this build and a server-defined JDBC pool; then a demo user signs in through the real Keycloak
 * login form (the authorization code flow over HTTP, as {@code SessionMemoryBenchmark} does), opens a signed-in page,
 * and calls the REST API with a bearer token. {@code tools/payara-server.sh down} stops it all again.
 *
 * <p>Ports (Maven properties): {@code it.server.app.port} 38080, {@code it.server.admin.port} 34848 (and the domain's
 * ports after it), {@code it.server.keycloak.port} 38180, {@code it.server.pg.port} 35432, {@code it.server.smtp.port}
 * 38025, {@code it.server.mailweb.port} 38090: apart from the other integration tests' stack, whose Keycloak may still
 * be stopping when this runs.
 */
class PayaraServerIT {

    private static final int APP_PORT = Integer.getInteger("lerend.it.server.app.port", 38080);
    private static final int ADMIN_PORT = Integer.getInteger("lerend.it.server.admin.port", 34848);
    private static final int KEYCLOAK_PORT = Integer.getInteger("lerend.it.server.keycloak.port", 38180);
    private static final String APP = "http://localhost:" + APP_PORT;
    private static final String ISSUER = "http://localhost:" + KEYCLOAK_PORT + "/realms/lerend-stelsel";
    private static final String PASSWORD = "LerendStelsel2026";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final Path PROJECT = Path.of(System.getProperty("lerend.project.dir", "..")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("lerend.it.work.dir", "target/it-server")).toAbsolutePath();
    private static final boolean ALREADY_UP = Boolean.getBoolean("lerend.it.server.running");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private static long upSeconds;

    @BeforeAll
    static void up() throws Exception {
        if (ALREADY_UP) {
            return;
        }
        long started = System.nanoTime();
        String output = script("up", "--fresh", "--skip-build");
        upSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertTrue(output.contains("LERENDSTELSEL SERVER READY"), output);
        System.out.printf("Production-like setup up in %d s%n", upSeconds);
    }

    @AfterAll
    static void down() throws Exception {
        if (!ALREADY_UP) {
            script("down");
        }
    }

    @Test
    void theEarRunsOnPayaraServerWithTheServersConnectionPool() throws Exception {
        String applications = script("asadmin", "list-applications", "--long");
        assertTrue(applications.matches("(?s).*lerend-stelsel\\s+<ear.*"), "the EAR is deployed on Payara Server:\n" + applications);
        assertTrue(script("asadmin", "list-jdbc-resources").contains("jdbc/lerend-stelsel"));
        String serverLog = Files.readString(WORK.resolve("payara-server/lerend-stelsel/logs/server.log"));
        assertTrue(serverLog.contains("Data source jdbc/lerend-stelsel"), "the application uses the server's JDBC resource");

        HttpResponse<String> ready = get(APP + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject check = json(ready.body()).getJsonArray("checks").getJsonObject(0);
        assertEquals("database", check.getString("name"));
        assertEquals("PostgreSQL", check.getJsonObject("data").getString("product"));
        assertEquals(200, get(APP + "/health/live").statusCode());
        HttpResponse<String> metrics = get(APP + "/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("memory_usedHeap_bytes{mp_scope=\"base\"}"), "MicroProfile Metrics on the server");
    }

    @Test
    void aDemoUserSignsInThroughKeycloakAndCallsTheApi() throws Exception {
        // The Keycloak login form, as a browser gets it from the application's redirect
        HttpResponse<String> login = follow(APP + "/app/start.xhtml", null);
        assertTrue(login.uri().toString().startsWith(ISSUER + "/"), "redirected to Keycloak: " + login.uri());
        Matcher action = FORM_ACTION.matcher(login.body());
        assertTrue(action.find(), "the Keycloak login form");
        HttpResponse<String> start = follow(action.group(1).replace("&amp;", "&"),
                "username=coordinator&password=" + PASSWORD + "&credentialId=");
        assertEquals(200, start.statusCode());
        assertEquals(APP + "/app/start.xhtml", start.uri().toString().replaceAll("[?#].*", ""));
        assertTrue(start.body().contains("id=\"gebruiker\"") && start.body().contains("Pieter Jansen"),
                "signed in as the coordinator on the start page");

        // A signed-in page: the knelpunten list (the session, not a new sign-in)
        HttpResponse<String> list = follow(APP + "/app/knelpunten/", null);
        assertEquals(200, list.statusCode());
        assertTrue(list.uri().toString().startsWith(APP + "/app/knelpunten/"), "stayed in the application: " + list.uri());
        assertTrue(list.body().contains("Pieter Jansen"));

        // The REST API with a bearer token of the same realm (the development-only password grant)
        String form = "grant_type=password&client_id=lerend-cli&scope=openid&username=coordinator&password=" + PASSWORD;
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String accessToken = json(token.body()).getString("access_token");
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/me"))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"coordinator\""), me.body());
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/me"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "no token, no answer");
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private static String script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", PROJECT.resolve("tools/payara-server.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("LERENDSTELSEL_DATA_DIR", WORK.toString());
        env.put("LERENDSTELSEL_APP_PORT", String.valueOf(APP_PORT));
        env.put("LERENDSTELSEL_SERVER_ADMIN_PORT", String.valueOf(ADMIN_PORT));
        env.put("LERENDSTELSEL_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
        env.put("LERENDSTELSEL_SMTP_PORT", System.getProperty("lerend.it.server.smtp.port", "38025"));
        env.put("LERENDSTELSEL_MAIL_WEB_PORT", System.getProperty("lerend.it.server.mailweb.port", "38090"));
        env.put("LERENDSTELSEL_PG_PORT", System.getProperty("lerend.it.server.pg.port", "35432"));
        env.put("LERENDSTELSEL_PG_DIR", WORK.resolve("postgres").toString());
        env.put("LERENDSTELSEL_START_TIMEOUT", System.getenv().getOrDefault("LERENDSTELSEL_START_TIMEOUT", "600"));
        for (String name : List.of("LERENDSTELSEL_DB_URL", "LERENDSTELSEL_SMTP_HOST", "LERENDSTELSEL_OIDC_PROVIDER_URI",
                "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "LERENDSTELSEL_BASE_URL", "LERENDSTELSEL_SEARCH_DIR")) {
            env.remove(name);
        }
        Files.createDirectories(WORK);
        Path log = WORK.resolve("payara-server-" + arguments[0] + ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("tools/payara-server.sh " + String.join(" ", arguments) + " failed:\n" + output);
        }
        return output;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request with this client's cookies and follows redirects across the application and Keycloak. */
    private HttpResponse<String> follow(String url, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        }
        HttpResponse<String> response = send(request);
        for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next));
        }
        return response;
    }

    /** Cookies kept per host and port (the application and Keycloak are both on localhost). */
    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        URI uri = builder.copy().build().uri();
        String origin = uri.getPort() + "|";
        StringBuilder header = new StringBuilder();
        cookies.forEach((key, value) -> {
            if (key.startsWith(origin)) {
                header.append(header.length() == 0 ? "" : "; ").append(key.substring(origin.length())).append('=').append(value);
            }
        });
        if (header.length() > 0) {
            builder.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(builder.header("Accept-Language", "nl").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = value.isEmpty() || setCookie.toLowerCase().contains("max-age=0");
            if (expired) {
                cookies.remove(origin + name);
            } else {
                cookies.put(origin + name, value);
            }
        }
        return response;
    }
}
