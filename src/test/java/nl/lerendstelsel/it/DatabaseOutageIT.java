package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R2 in the suite (PostgreSQL run only): the database stops under the running application. Pages answer a friendly
 * 503 page with an incident id and the API a 503 problem with an incident id, never a stack trace; when the database
 * is back the application serves again by itself within 30 seconds, without a restart. {@code tools/fault-db-restart.sh}
 * measures the same under load.
 */
@ExtendWith(Stack.class)
class DatabaseOutageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat (java|jakarta|org|com|nl|sun|fish)\\.\\w|Caused by:|Exception:|\\.java:\\d+\\)");
    private static final Pattern PAGE_INCIDENT = Pattern.compile("id=\"incident\"[^>]*>[^<]*?([A-Z2-9]{4}-[A-Z2-9]{4})");

    @Test
    void whileTheDatabaseIsDownPagesAndApiSay503WithAnIncidentAndTheApplicationRecoversByItself() throws Exception {
        assumeTrue(Stack.POSTGRESQL, "the database restart is a PostgreSQL scenario (Derby is embedded in the application)");
        String token = Tokens.accessToken("coordinator");
        String reporter = Tokens.accessToken("professional");
        assertEquals(200, get("/api/v1/knelpunten", token, "application/json").statusCode());
        assertEquals(200, get("/vraag-en-antwoord/", null, "text/html").statusCode());

        Stack.postgres("stop");
        long back;
        try {
            HttpResponse<String> page = get("/vraag-en-antwoord/", null, "text/html");
            assertEquals(503, page.statusCode(), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("tijdelijk niet beschikbaar"), page.body());
            assertTrue(PAGE_INCIDENT.matcher(page.body()).find(), "an incident id on the page");
            assertFalse(STACK_TRACE.matcher(page.body()).find(), page.body());
            assertTrue(page.headers().firstValue("Retry-After").isPresent());

            HttpResponse<String> api = get("/api/v1/knelpunten", token, "application/json");
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonObject problem = Json.createReader(new StringReader(api.body())).readObject();
            assertEquals(503, problem.getInt("status"));
            assertTrue(problem.getString("incident").matches("[A-Z0-9]{8}"), api.body());
            assertFalse(STACK_TRACE.matcher(api.body()).find(), api.body());
            assertTrue(api.headers().firstValue("Retry-After").isPresent());

            HttpResponse<String> write = post("/api/v1/knelpunten", reporter, SignalsApiIT.report(
                    "Storing: knelpunt tijdens databasestoring", "Dit knelpunt kan niet worden opgeslagen."));
            assertEquals(503, write.statusCode(), write.body());
        } finally {
            Stack.postgres("start");
            back = System.nanoTime();
        }

        int status = 0;
        while (System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
            status = get("/api/v1/knelpunten", token, "application/json").statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(200, status, "the API serves again within 30 s of the database being back");
        assertEquals(200, get("/vraag-en-antwoord/", null, "text/html").statusCode());
        HttpResponse<String> write = post("/api/v1/knelpunten", reporter, SignalsApiIT.report(
                "Storing: knelpunt na de databasestoring", "Na de herstart wordt dit gewoon opgeslagen."));
        assertEquals(201, write.statusCode(), write.body());
    }

    private static HttpResponse<String> get(String path, String token, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.APP_URL + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
