package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The REST API, health and security headers of the running stack, with real Keycloak tokens. */
@Tag("quick")
@ExtendWith(Stack.class)
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.APP_URL + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    @Test
    void referenceDataIsPublicAndComplete() throws Exception {
        HttpResponse<String> gemeenten = get("/api/v1/gemeenten", null);
        assertEquals(200, gemeenten.statusCode());
        JsonArray list = (JsonArray) json(gemeenten);
        assertEquals(342, list.size());
        assertEquals("1.0.0", gemeenten.headers().firstValue("API-Version").orElse(null));
        assertEquals("attachment; filename=\"api.json\"", gemeenten.headers().firstValue("Content-Disposition").orElse(null),
                "a JSON answer is never rendered as a page (ASVS V14.4.2)");

        JsonObject utrecht = (JsonObject) json(get("/api/v1/gemeenten/GM0344", null));
        assertEquals("Utrecht", utrecht.getString("naam"));
        assertNotNull(utrecht.getJsonObject("arbeidsmarktregio"));

        JsonArray themas = (JsonArray) json(get("/api/v1/themas", null));
        assertEquals(17, themas.size());
        JsonArray organisaties = (JsonArray) json(get("/api/v1/organisaties", null));
        List<String> codes = organisaties.getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList();
        assertTrue(codes.containsAll(List.of("DUO", "COA", "IND", "UWV", "DIVOSA", "VNG", "SZW")), codes.toString());
        JsonArray regios = (JsonArray) json(get("/api/v1/arbeidsmarktregios", null));
        assertEquals(35, regios.size());
    }

    /** Query keys are lowerCamelCase (ADR); the old kebab-case names keep working until API version 2 (issue 28). */
    @Test
    void oldQueryParameterNamesKeepWorking() throws Exception {
        for (String path : List.of("/api/v1/organisaties", "/api/v1/gemeenten")) {
            JsonArray current = (JsonArray) json(get(path, null));
            JsonArray all = (JsonArray) json(get(path + "?ookOpgeheven=true", null));
            assertTrue(all.size() >= current.size(), path);
            assertEquals(all, json(get(path + "?ook-opgeheven=true", null)), path + ": the old name means the same");
        }
        JsonArray themes = (JsonArray) json(get("/api/v1/themas?ookIngetrokken=true", null));
        assertEquals(themes, json(get("/api/v1/themas?ook-ingetrokken=true", null)), "the old name means the same");
        assertTrue(themes.size() >= 17);
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        HttpResponse<String> missing = get("/api/v1/gemeenten/GM9999", null);
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = (JsonObject) json(missing);
        assertEquals(404, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("GM9999"));

        HttpResponse<String> badRegion = get("/api/v1/gemeenten?arbeidsmarktregio=XX", null);
        assertEquals(400, badRegion.statusCode());
        assertEquals(400, ((JsonObject) json(badRegion)).getInt("status"));

        HttpResponse<String> unknownPath = get("/api/v1/bestaat-niet", null);
        assertEquals(404, unknownPath.statusCode());
        assertEquals("application/problem+json", unknownPath.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void meNeedsAValidToken() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/me", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        HttpResponse<String> forged = get("/api/v1/me", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        assertEquals(401, forged.statusCode());
        assertEquals(401, ((JsonObject) json(forged)).getInt("status"));
    }

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("professional", "GM0344", List.of("professional")),
                Arguments.of("professional2", "GM0599", List.of("professional")),
                Arguments.of("facilitator", "DIVOSA", List.of("facilitator", "professional")),
                Arguments.of("coordinator", "VNG", List.of("coordinator")),
                Arguments.of("ministry", "SZW", List.of("ministry")),
                Arguments.of("editor", "DIVOSA", List.of("editor")),
                Arguments.of("admin", "DIVOSA", List.of("admin")));
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void meReturnsProfileRolesAndOrganisation(String username, String organisation, List<String> roles) throws Exception {
        HttpResponse<String> response = get("/api/v1/me", Tokens.accessToken(username));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = (JsonObject) json(response);
        assertEquals(username, me.getString("gebruikersnaam"));
        assertEquals(organisation, me.getJsonObject("organisatie").getString("code"));
        assertEquals(roles.stream().sorted().toList(),
                me.getJsonArray("rollen").getValuesAs(JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted().toList());
    }

    @Test
    void healthIncludesTheDatabase() throws Exception {
        HttpResponse<String> ready = get("/health/ready", null);
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = (JsonObject) json(ready);
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals(200, get("/health/live", null).statusCode());
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> openapi = get("/openapi?format=JSON", null);
        assertEquals(200, openapi.statusCode());
        JsonObject document = (JsonObject) json(openapi);
        assertTrue(document.getString("openapi").startsWith("3."));
        // the server names the major version (ADR /core/uri-version), relative to the document so that it is https behind TLS
        assertEquals("/api/v1", document.getJsonArray("servers").getJsonObject(0).getString("url"));
        JsonObject paths = document.getJsonObject("paths");
        for (String path : List.of("/me", "/gemeenten", "/themas", "/organisaties")) {
            assertTrue(paths.containsKey(path), "OpenAPI lacks " + path + ": " + paths.keySet());
        }
        // the knelpunten list takes its query parameters as one @BeanParam, which the document lists one by one (the
        // paging parameters, the same on every list, as references to one component each)
        List<String> listParameters = paths.getJsonObject("/knelpunten").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name", p.getString("$ref", ""))).toList();
        for (String parameter : List.of("niveau", "status", "thema", "gemeente", "sorteer", "sortering", "#/components/parameters/pagina")) {
            assertTrue(listParameters.contains(parameter), "GET /knelpunten lacks " + parameter + ": " + listParameters);
        }
        // a resource names its tag once, on the class: every operation of it carries the tag, and the document lists each tag once
        List<String> tagNames = document.getJsonArray("tags").getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList();
        assertEquals(tagNames.stream().distinct().toList(), tagNames, "each tag once");
        assertTrue(tagNames.containsAll(List.of("Knelpunten", "Signalen", "Communities of Practice", "Beheer")), tagNames.toString());
        Map<String, String> tagged = Map.of("/knelpunten/{referentie}/oplossen", "Knelpunten",
                "/signalen/{referentie}/beantwoorden", "Signalen",
                "/cops/{id}/leden", "Communities of Practice");
        tagged.forEach((path, tag) -> {
            JsonObject operations = paths.getJsonObject(path);
            assertNotNull(operations, "OpenAPI lacks " + path);
            operations.values().stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                    .filter(operation -> operation.containsKey("responses"))
                    .forEach(operation -> assertTrue(operation.getJsonArray("tags") != null
                            && operation.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                                    .anyMatch(t -> t.getString().equals(tag)), path + " lacks the tag " + tag + ": " + operation));
        });
    }

    /** Every operation lists real status codes, and every response documents the API-Version header it carries (issue 28). */
    @Test
    void everyResponseIsDocumentedWithItsStatusAndVersionHeader() throws Exception {
        JsonObject document = (JsonObject) json(get("/openapi?format=JSON", null));
        JsonObject shared = document.getJsonObject("components").getJsonObject("responses");
        List<String> wrong = new java.util.ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, operation) -> {
            if (!(operation instanceof JsonObject o) || !o.containsKey("responses")) {
                return;
            }
            JsonObject responses = o.getJsonObject("responses");
            if (!responses.containsKey("400")) {
                wrong.add(verb + " " + path + " lacks 400");
            }
            responses.forEach((status, response) -> {
                JsonObject resolved = response.asJsonObject().containsKey("$ref")
                        ? shared.getJsonObject(response.asJsonObject().getString("$ref").replaceFirst(".*/", ""))
                        : response.asJsonObject();
                if (!status.matches("[1-5]\\d\\d")) {
                    wrong.add(verb + " " + path + " " + status);
                } else if (resolved.getJsonObject("headers") == null || !resolved.getJsonObject("headers").containsKey("API-Version")) {
                    wrong.add(verb + " " + path + " " + status + " lacks API-Version");
                }
            });
        }));
        assertEquals(List.of(), wrong);
        // and the header is really there, also on errors the security layer and JAX-RS give
        for (String path : List.of("/api/v1/me", "/api/v1/bestaat-niet", "/api/v1/gemeenten?arbeidsmarktregio=XX")) {
            assertEquals("1.0.0", get(path, null).headers().firstValue("API-Version").orElse(null), path);
        }
    }

    @Test
    void securityHeadersOnPagesAndApi() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertEquals(200, home.statusCode());
        Map<String, List<String>> headers = home.headers().map();
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", home.headers().firstValue("Referrer-Policy").orElse(null));
        String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("nonce-"), "CSP: " + headers);
        assertTrue(get("/api/v1/themas", null).headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }
}
