package nl.lerendstelsel.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What the fault scripts share: the stack started with {@code run.sh} on given ports and a data folder (whole, or
 * Keycloak and the application separately so one can be killed and restarted alone), access tokens for the demo
 * users, and small JSON calls to the REST API.
 */
final class FaultClient {

    static final String PASSWORD = "LerendStelsel2026";

    /** The fault driver's name, before each line it prints ({@code fault-kill9}). */
    final String name;
    final Path projectDir;
    final Path dataDir;
    final int appPort;
    final int keycloakPort;
    final int smtpPort;
    final int mailWebPort;
    final String appUrl;
    final String issuer;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String[]> tokens = new ConcurrentHashMap<>();

    FaultClient(String name, Path dataDir) {
        this.name = name;
        this.projectDir = Path.of(System.getProperty("lerend.project.dir", "..")).toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath();
        this.appPort = Integer.getInteger("fault.app.port", 28080);
        this.keycloakPort = Integer.getInteger("fault.keycloak.port", 28180);
        this.smtpPort = Integer.getInteger("fault.smtp.port", 28025);
        this.mailWebPort = Integer.getInteger("fault.mailweb.port", 28090);
        this.appUrl = "http://localhost:" + appPort;
        this.issuer = "http://localhost:" + keycloakPort + "/realms/lerend-stelsel";
    }

    /** Prints a line of the fault driver's progress. */
    void say(String message) {
        System.out.println("[" + name + "] " + message);
    }

    /** Starts Keycloak and MailDev on fresh data ({@code run.sh --no-app --fresh}), without the demo data. */
    Process freshServices() throws Exception {
        say("Keycloak and MailDev: run.sh --no-app --fresh (data in " + dataDir + ")");
        return runSh("run-services.log", "--no-app", "--fresh", "--no-demo");
    }

    /** Starts Payara Micro on fresh data ({@code run.sh --app-only --fresh}), without the demo data. */
    Process freshApp() throws Exception {
        say("Payara Micro: run.sh --app-only --fresh");
        return runSh("run-app.log", "--app-only", "--fresh", "--no-demo");
    }

    /** Starts {@code run.sh --skip-build} with these options and waits for its "READY" line; output goes to {@code log}. */
    Process runSh(String logName, String... options) throws Exception {
        Files.createDirectories(dataDir.resolve("logs"));
        List<String> command = new java.util.ArrayList<>(List.of("bash", projectDir.resolve("run.sh").toString(), "--skip-build"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true);
        builder.environment().put("LERENDSTELSEL_APP_PORT", String.valueOf(appPort));
        builder.environment().put("LERENDSTELSEL_KEYCLOAK_PORT", String.valueOf(keycloakPort));
        builder.environment().put("LERENDSTELSEL_SMTP_PORT", String.valueOf(smtpPort));
        builder.environment().put("LERENDSTELSEL_MAIL_WEB_PORT", String.valueOf(mailWebPort));
        builder.environment().put("LERENDSTELSEL_DATA_DIR", dataDir.toString());
        builder.environment().remove("LERENDSTELSEL_SMTP_HOST");
        Path log = dataDir.resolve("logs").resolve(logName);
        Files.deleteIfExists(log);
        Process process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "run.sh " + logName);
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(400);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains("LERENDSTELSEL READY")) {
                return process;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("run.sh " + String.join(" ", options) + " stopped; see " + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("run.sh " + String.join(" ", options) + " not ready after 400 s; see " + log);
    }

    /** Stops a {@code run.sh} as Ctrl-C would (it stops what it started). */
    static void stop(Process runSh) throws InterruptedException {
        if (runSh == null || !runSh.isAlive()) {
            return;
        }
        runSh.destroy();
        if (!runSh.waitFor(90, TimeUnit.SECONDS)) {
            runSh.descendants().forEach(ProcessHandle::destroyForcibly);
            runSh.destroyForcibly();
        }
    }

    /** The java process of Payara Micro that this {@code run.sh} started. */
    static ProcessHandle payara(Process runSh) {
        return runSh.descendants().filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Payara Micro process under run.sh " + runSh.pid()));
    }

    /** The Keycloak java process that this {@code run.sh} started. */
    static ProcessHandle keycloak(Process runSh) {
        return runSh.descendants().filter(p -> p.info().commandLine().orElse("").contains("keycloak")
                && p.info().command().orElse("").endsWith("java")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Keycloak process under run.sh " + runSh.pid()));
    }

    /** A bearer token for a demo user, reused until shortly before it expires. */
    String token(String username) throws Exception {
        String[] cached = tokens.get(username);
        if (cached != null && Long.parseLong(cached[1]) > System.currentTimeMillis()) {
            return cached[0];
        }
        String form = "grant_type=password&client_id=lerend-cli&scope=openid&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + PASSWORD;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        long lifetime = body.getJsonNumber("expires_in").longValue();
        tokens.put(username, new String[] {body.getString("access_token"),
                String.valueOf(System.currentTimeMillis() + Math.max(5, lifetime - 30) * 1000)});
        return body.getString("access_token");
    }

    /** The answer to an API call: status and JSON body (null when there is none). */
    record Reply(int status, JsonStructure json, String raw) {
        JsonObject object() {
            return (JsonObject) json;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Calls {@code /api/v1/<path>} as {@code username}; network errors are thrown (the call was not acknowledged). */
    Reply api(String method, String path, String username, String json) throws Exception {
        return apiWithToken(method, path, token(username), json);
    }

    /** As {@link #api}, with this bearer token as it is (no new token is fetched). */
    Reply apiWithToken(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + "/api/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        JsonStructure body = raw.startsWith("{") || raw.startsWith("[") ? Json.createReader(new StringReader(raw)).read() : null;
        return new Reply(response.statusCode(), body, raw);
    }

    /** Whether {@code url} answers 200 now (short timeouts). */
    boolean up(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
