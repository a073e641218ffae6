package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checker of ApiContractIT: what it finds wrong in an answer, and that it accepts one that fits. */
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract((JsonObject) parse("""
            {"paths":{"/knelpunten/{referentie}":{"get":{"responses":{"200":{"content":{"application/json":{"schema":
            {"$ref":"#/components/schemas/Knelpunt"}}}},"404":{"$ref":"#/components/responses/NotFound"}}}},
            "/knelpunten/zoeken":{"get":{"responses":{"204":{"description":"Niets"}}}}},
            "components":{"responses":{"NotFound":{"content":{"application/problem+json":{"schema":{"type":"object",
            "required":["status"],"properties":{"status":{"type":"integer"}}}}}}},"schemas":{"Knelpunt":{"type":"object",
            "required":["referentie","niveau"],"properties":{"referentie":{"type":"string"},"niveau":{"type":"string",
            "enum":["UITVOERING","SCHAKEL","STELSEL"]},"gemeldOp":{"type":"string","format":"date-time"},"versie":{"type":"integer"},
            "tags":{"type":"array","items":{"type":"string"}}}}}}}"""));

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }

    private static List<String> check(String path, int status, String mediaType, String body) {
        return CONTRACT.violations("GET", path, status, mediaType, body == null ? null : parse(body));
    }

    @Test
    void anAnswerThatFitsItsSchema() {
        assertEquals(List.of(), check("/knelpunten/KP-2026-00001", 200, "application/json",
                "{\"referentie\":\"KP-2026-00001\",\"niveau\":\"SCHAKEL\",\"gemeldOp\":\"2026-09-01T10:00:00Z\",\"versie\":3,\"tags\":[\"a\"]}"));
        assertEquals(List.of(), check("/knelpunten/KP-1?taal=nl", 404, "application/problem+json", "{\"status\":404}"));
        assertEquals(List.of(), check("/knelpunten/zoeken", 204, "application/json", null), "the literal path, not the template");
    }

    @Test
    void whatItFindsWrong() {
        assertEquals(List.of("GET /knelpunten/KP-1 200 $: required member \"niveau\" is missing",
                "GET /knelpunten/KP-1 200 $.referentie: not a string: 7",
                "GET /knelpunten/KP-1 200 $.versie: not an integer: 1.5",
                "GET /knelpunten/KP-1 200 $.gemeldOp: \"gisteren\" is no date-time",
                "GET /knelpunten/KP-1 200 $.tags[0]: null (JSON-B leaves out what is null)",
                "GET /knelpunten/KP-1 200 $.extra: not documented"),
                check("/knelpunten/KP-1", 200, "application/json",
                        "{\"referentie\":7,\"versie\":1.5,\"gemeldOp\":\"gisteren\",\"tags\":[null],\"extra\":true}"));
        assertEquals(List.of("GET /knelpunten/KP-1 200 $.niveau: \"LANDELIJK\" is not one of [\"UITVOERING\",\"SCHAKEL\",\"STELSEL\"]"),
                check("/knelpunten/KP-1", 200, "application/json", "{\"referentie\":\"KP-1\",\"niveau\":\"LANDELIJK\"}"));
        assertEquals(List.of("GET /knelpunten/KP-1 500: status not documented for /knelpunten/{referentie}"),
                check("/knelpunten/KP-1", 500, "application/problem+json", "{}"));
        assertEquals(List.of("GET /signalen 200: no such operation in the document"), check("/signalen", 200, "application/json", "[]"));
        assertEquals(Optional.of("/knelpunten/zoeken"), CONTRACT.template("/knelpunten/zoeken"));
    }

    @Test
    void theExamplesOfTheCommittedDocumentFitTheirSchemas() throws Exception {
        OpenApiContract document = new OpenApiContract((JsonObject) parse(java.nio.file.Files.readString(GeneratedClientIT.COMMITTED_COPY)));
        assertEquals(List.of(), document.exampleViolations());
        assertTrue(document.exampleCount() >= 20, "the main request bodies carry examples: " + document.exampleCount());
    }

    @Test
    void anExampleThatDoesNotFitIsNamed() {
        OpenApiContract document = new OpenApiContract((JsonObject) parse("""
                {"components":{"schemas":{"Stap":{"type":"object","properties":{"niveau":{"type":"string",
                "enum":["UITVOERING","SCHAKEL"],"example":"LANDELIJK"},"versie":{"type":"integer","example":3}}}}}}"""));
        assertEquals(List.of("$.components.schemas.Stap.properties.niveau.example: \"LANDELIJK\" is not one of [\"UITVOERING\",\"SCHAKEL\"]"),
                document.exampleViolations());
        assertEquals(2, document.exampleCount());
    }
}
