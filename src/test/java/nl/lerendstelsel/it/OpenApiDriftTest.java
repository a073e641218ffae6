package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The drift check of GeneratedClientIT: which differences between the served document and the copy it names, and which not. */
class OpenApiDriftTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{"/api/v1/knelpunten":{"post":{"operationId":"melden","tags":["Knelpunten","Melden"],
            "responses":{"201":{"description":"Gemeld"}}}}},"components":{"schemas":{"Knelpunt":{"type":"object",
            "required":["titel","referentie"],"properties":{"niveau":{"type":"string","enum":["UITVOERING","SCHAKEL","STELSEL"]}}}}}}""";

    private static Optional<String> drift(String served, String copy) {
        return OpenApiDrift.firstDifference(parse(served), parse(copy));
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }

    @Test
    void theOrderOfMembersAndOfArrayElementsDoesNotCount() {
        String reordered = DOCUMENT.replace("\"required\":[\"titel\",\"referentie\"]", "\"required\":[\"referentie\",\"titel\"]")
                .replace("{\"openapi\":\"3.1.0\",\"paths\"", "{\"paths\"").replace("}}}}}}", "}}}}},\"openapi\":\"3.1.0\"}");
        assertEquals(Optional.empty(), drift(reordered, DOCUMENT));
    }

    @Test
    void theFirstDifferenceIsNamedByItsPath() {
        assertEquals(Optional.of("$.paths./api/v1/knelpunten.post.operationId: served \"meld\", committed copy \"melden\""),
                drift(DOCUMENT.replace("\"melden\"", "\"meld\""), DOCUMENT));
        assertEquals(Optional.of("$.components.schemas.Knelpunt.properties.niveau.enum[]: only in the committed copy: \"STELSEL\""),
                drift(DOCUMENT.replace(",\"STELSEL\"", ""), DOCUMENT));
        assertEquals(Optional.of("$.paths./api/v1/knelpunten.post.responses.400: only in the served document: {\"description\":\"Ongeldig\"}"),
                drift(DOCUMENT.replace("\"Gemeld\"}", "\"Gemeld\"},\"400\":{\"description\":\"Ongeldig\"}"), DOCUMENT));
        assertEquals(Optional.of("$.components.schemas.Knelpunt.required[]: only in the served document: \"niveau\""),
                drift(DOCUMENT.replace("\"required\":[", "\"required\":[\"niveau\","), DOCUMENT));
    }
}
