package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paging and sorting as every list of the API does them: {@code pagina} and {@code paginaGrootte} (1-100), the total in
 * {@code X-Total-Count}, the way on in the {@code Link} header (RFC 8288), {@code sorteer} with the deprecated
 * {@code sortering}, and 400 with {@code invalidParams} for what is out of bounds; and the document that says so.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class PagingApiIT {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>;\\s*rel=\"(\\w+)\"");

    private record Page(int status, long total, Map<String, URI> links, String body) {
        JsonObject object() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    @Test
    void aListIsWalkedToItsEndByTheLinkHeaderAndSortedWithSorteerOrTheDeprecatedSortering() throws Exception {
        String tag = "blader" + Long.toString(System.nanoTime(), 36);
        List<String> reported = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body = Json.createObjectBuilder().add("titel", "Bladeren door de lijst " + i)
                    .add("omschrijving", "Een knelpunt om door de pagina's te lopen, nummer " + i + ".")
                    .add("thema", "leerbaarheidstoets").add("gemeente", "GM0344").add("tags", Json.createArrayBuilder().add(tag))
                    .build().toString();
            ApiClient.Reply created = ApiClient.call("POST", "/api/v1/knelpunten", "professional", body);
            assertEquals(201, created.status(), created.raw());
            reported.add(created.body().getString("referentie"));
        }

        Page page = get(URI.create(Stack.APP_URL + "/api/v1/knelpunten?tag=" + tag + "&sorteer=gemeld&paginaGrootte=1"), "coordinator");
        URI last = page.links().get("last");
        assertEquals(URI.create(Stack.APP_URL + "/api/v1/knelpunten").getPath(), last.getPath());
        assertEquals(java.util.Set.of("tag=" + tag, "sorteer=gemeld", "paginaGrootte=1", "pagina=3"),
                java.util.Set.of(last.getRawQuery().split("&")), "the other parameters stay: " + page.links());
        assertFalse(page.links().containsKey("prev"), "the first page has no previous one");
        List<String> walked = new ArrayList<>();
        int pages = 0;
        while (true) {
            assertEquals(200, page.status(), page.body());
            assertEquals(3, page.total(), "X-Total-Count on every page");
            assertEquals(3, page.object().getJsonNumber("totaal").longValue(), "the envelope says the same");
            page.object().getJsonArray("knelpunten").getValuesAs(JsonObject.class).forEach(k -> walked.add(k.getString("referentie")));
            pages++;
            assertTrue(page.links().containsKey("first") && page.links().containsKey("last"), page.links().toString());
            if (pages > 1) {
                assertTrue(page.links().containsKey("prev"), page.links().toString());
            }
            if (!page.links().containsKey("next")) {
                break;
            }
            page = get(page.links().get("next"), "coordinator");
        }
        assertEquals(3, pages);
        assertEquals(reported, walked, "oldest reported first, each once");

        Page descending = get(URI.create(Stack.APP_URL + "/api/v1/knelpunten?tag=" + tag + "&sortering=-gemeld"), "coordinator");
        assertEquals(200, descending.status(), descending.body());
        List<String> newestFirst = new ArrayList<>(reported);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, descending.object().getJsonArray("knelpunten").getValuesAs(JsonObject.class).stream()
                .map(k -> k.getString("referentie")).toList(), "the deprecated sortering still sorts");
        assertEquals(Map.of("first", "1", "last", "1"), pageNumbers(descending), "all on one page of twenty");

        Page unknown = get(URI.create(Stack.APP_URL + "/api/v1/knelpunten?sorteer=titel"), "coordinator");
        assertEquals(400, unknown.status());
        JsonObject invalid = unknown.object().getJsonArray("invalidParams").getJsonObject(0);
        assertEquals("sorteer", invalid.getString("name"));
        assertTrue(invalid.getString("reason").contains("-gewijzigd") && invalid.getString("reason").contains("wachtrij"),
                "names the values that are allowed: " + invalid);
    }

    @Test
    void pageAndPageSizeOutOfBoundsAreRefusedWithTheParameterNamed() throws Exception {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("/knelpunten?paginaGrootte=0", "paginaGrootte");
        refused.put("/knelpunten?paginaGrootte=101", "paginaGrootte");
        refused.put("/knelpunten?pagina=0", "pagina");
        refused.put("/knelpunten?pagina=abc", "pagina");
        refused.put("/meldingen?paginaGrootte=1000", "paginaGrootte");
        refused.put("/vragen?pagina=-1", "pagina");
        refused.put("/vragen/gesteld?paginaGrootte=-5", "paginaGrootte");
        for (Map.Entry<String, String> request : refused.entrySet()) {
            Page page = get(URI.create(Stack.APP_URL + "/api/v1" + request.getKey()), "professional");
            assertEquals(400, page.status(), request.getKey() + ": " + page.body());
            assertEquals(request.getValue(), page.object().getJsonArray("invalidParams").getJsonObject(0).getString("name"), request.getKey());
        }
        assertEquals(200, get(URI.create(Stack.APP_URL + "/api/v1/knelpunten?paginaGrootte=100"), "professional").status(),
                "the maximum is allowed");
    }

    @Test
    void aBareArrayStaysAnArrayAndTellsTheTotalAndTheWayOnInItsHeaders() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertEquals(201, ApiClient.call("POST", "/api/v1/vragen/gesteld", "professional2", Json.createObjectBuilder()
                    .add("vraag", "Hoe lang duurt de leerbaarheidstoets, vraag " + i + "?").add("thema", "leerbaarheidstoets")
                    .build().toString()).status());
        }
        Page first = get(URI.create(Stack.APP_URL + "/api/v1/vragen/gesteld?paginaGrootte=1"), "professional2");
        assertEquals(200, first.status(), first.body());
        assertTrue(first.body().startsWith("["), "still a bare array: " + first.body());
        assertEquals(1, Json.createReader(new StringReader(first.body())).readArray().size());
        assertTrue(first.total() >= 2, "X-Total-Count: " + first.total());
        assertEquals(String.valueOf(first.total()), pageNumbers(first).get("last"), "one a page: the last page is the total");
        assertEquals("2", pageNumbers(first).get("next"));
    }

    @Test
    void theDocumentDescribesThePagingParametersAndHeadersOnceAndTheDeprecatedSortering() throws Exception {
        JsonObject document = ApiClient.call("GET", "/openapi?format=JSON", null, null).object();
        JsonObject components = document.getJsonObject("components");
        assertEquals(100, components.getJsonObject("parameters").getJsonObject("paginaGrootte").getJsonObject("schema")
                .getInt("maximum"));
        assertNotNull(components.getJsonObject("headers").getJsonObject("X-Total-Count"));
        assertNotNull(components.getJsonObject("headers").getJsonObject("Link"));
        JsonObject paths = document.getJsonObject("paths");
        for (String path : List.of("/knelpunten", "/knelpunten/{referentie}/reacties", "/signalen", "/meldingen", "/vragen", "/kennisbank",
                "/cops", "/cops/{id}/leden", "/cops/{id}/discussies", "/discussies/{id}", "/opbrengsten", "/vragen/gesteld")) {
            JsonObject get = paths.getJsonObject(path).getJsonObject("get");
            List<String> references = get.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                    .map(p -> p.getString("$ref", "")).toList();
            assertTrue(references.containsAll(List.of("#/components/parameters/pagina", "#/components/parameters/paginaGrootte")),
                    path + ": " + references);
            JsonObject headers = get.getJsonObject("responses").getJsonObject("200").getJsonObject("headers");
            assertEquals("#/components/headers/Link", headers.getJsonObject("Link").getString("$ref"), path);
            assertEquals("#/components/headers/X-Total-Count", headers.getJsonObject("X-Total-Count").getString("$ref"), path);
        }
        Map<String, JsonObject> knelpunten = new LinkedHashMap<>();
        paths.getJsonObject("/knelpunten").getJsonObject("get").getJsonArray("parameters").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.containsKey("name")).forEach(p -> knelpunten.put(p.getString("name"), p));
        assertTrue(knelpunten.get("sortering").getBoolean("deprecated"), knelpunten.get("sortering").toString());
        assertTrue(knelpunten.get("sortering").getString("description").contains("sorteer"));
        assertFalse(knelpunten.get("sorteer").getBoolean("deprecated", false));
    }

    private static Page get(URI address, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address).header("Accept", ApiClient.JSON)
                .header("Authorization", "Bearer " + Tokens.accessToken(user));
        HttpResponse<String> response = ApiClient.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, URI> links = new LinkedHashMap<>();
        Matcher link = LINK.matcher(response.headers().firstValue("Link").orElse(""));
        while (link.find()) {
            links.put(link.group(2), URI.create(link.group(1)));
        }
        return new Page(response.statusCode(), Long.parseLong(response.headers().firstValue("X-Total-Count").orElse("-1")), links,
                response.body());
    }

    /** The page number each link points to. */
    private static Map<String, String> pageNumbers(Page page) {
        Map<String, String> numbers = new LinkedHashMap<>();
        page.links().forEach((rel, uri) -> {
            Matcher number = Pattern.compile("(?:^|&)pagina=(\\d+)").matcher(uri.getRawQuery());
            numbers.put(rel, number.find() ? number.group(1) : "?");
        });
        return numbers;
    }
}
