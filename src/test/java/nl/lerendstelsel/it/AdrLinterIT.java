package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the running stack serves, checked by the official API Design Rules linter of Logius (the
 * Spectral ruleset that developer.overheid.nl runs, vendored in tools/quality/adr): no errors and no warnings.
 */
@ExtendWith(Stack.class)
class AdrLinterIT {

    @Test
    void servedDocumentPassesTheAdrLinter() throws Exception {
        HttpResponse<String> served = ApiIT.get("/openapi?format=JSON", null);
        assertEquals(200, served.statusCode(), served.body());
        Path dir = Files.createDirectories(Path.of("target/adr"));
        Path document = dir.resolve("openapi.json");
        Files.writeString(document, served.body(), StandardCharsets.UTF_8);
        Path report = dir.resolve("spectral.json");
        Process spectral = new ProcessBuilder(QualityTools.spectral().toString(), "lint", "--ruleset",
                QualityTools.adrRuleset().toString(), "--format", "json", "--output", report.toAbsolutePath().toString(),
                "--fail-severity", "hint", document.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("spectral.log").toFile()).start();
        assertTrue(spectral.waitFor(5, TimeUnit.MINUTES), "spectral finished");
        assertTrue(Files.isRegularFile(report), "spectral wrote no report: " + Files.readString(dir.resolve("spectral.log")));
        List<String> problems = new ArrayList<>();
        for (JsonValue value : Json.createReader(new StringReader(Files.readString(report))).readArray()) {
            JsonObject result = value.asJsonObject();
            String severity = switch (result.getInt("severity")) {
                case 0 -> "error";
                case 1 -> "warning";
                case 2 -> "info";
                default -> "hint";
            };
            String path = result.getJsonArray("path").stream().map(p -> p instanceof jakarta.json.JsonString s ? s.getString() : p.toString())
                    .collect(Collectors.joining("."));
            problems.add(severity + " " + result.getString("code") + " at " + path + ": " + result.getString("message"));
        }
        assertEquals(List.of(), problems, problems.size() + " findings of the ADR linter on the served OpenAPI document\n"
                + String.join("\n", problems));
    }
}
