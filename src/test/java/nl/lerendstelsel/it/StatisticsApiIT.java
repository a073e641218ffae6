package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The monitoring figures through the API: JSON for those who monitor, CSV per table, clear refusals. */
@Tag("quick")
@ExtendWith(Stack.class)
class StatisticsApiIT {

    @Test
    void theFiguresAsJsonAndEveryTableAsCsv() throws Exception {
        String knelpunt = SignalsApiIT.knelpuntAtLinking("Inburgeraars vinden geen plek bij een taalschool in de regio.");

        ApiClient.Reply all = ApiClient.call("GET", "/api/v1/statistieken?thema=leerbaarheidstoets", "ministry", null,
                "application/json");
        assertEquals(200, all.status(), all.raw());
        JsonObject knelpunten = all.body().getJsonObject("knelpunten");
        assertTrue(knelpunten.getJsonNumber("totaal").longValue() >= 1, all.raw());
        assertTrue(knelpunten.getJsonArray("perThema").getValuesAs(JsonObject.class).stream()
                .allMatch(t -> t.getString("code").equals("leerbaarheidstoets")), "the theme filter applies to every figure");
        assertTrue(knelpunten.getJsonArray("perNiveau").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("code").equals("LINKING") && l.getJsonNumber("aantal").longValue() >= 1), all.raw());
        assertEquals(3, knelpunten.getJsonArray("doorlooptijden").size());
        assertEquals("leerbaarheidstoets", all.body().getString("thema"));

        ApiClient.Reply csv = ApiClient.call("GET", "/api/v1/statistieken/tabellen/thema?thema=leerbaarheidstoets", "coordinator",
                null, "text/csv");
        assertEquals(200, csv.status(), csv.raw());
        assertTrue(csv.raw().startsWith("\uFEFFThema;Aantal\r\n"), csv.raw());
        assertTrue(csv.raw().contains("Leerbaarheidstoets"), csv.raw());

        // issue 29: the trend per theme, a column per month and the total, with the same filter
        ApiClient.Reply trend = ApiClient.call("GET", "/api/v1/statistieken/tabellen/trend-thema?thema=leerbaarheidstoets", "coordinator",
                null, "text/csv");
        assertEquals(200, trend.status(), trend.raw());
        String[] lines = trend.raw().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFThema;") && lines[0].endsWith(";Totaal"), lines[0]);
        assertEquals(2, lines.length, "one theme: " + trend.raw());
        assertTrue(lines[1].startsWith("Leerbaarheidstoets;"), lines[1]);
        ApiClient.Reply answers = ApiClient.call("GET", "/api/v1/statistieken/tabellen/signalen-antwoordtijd", "ministry", null,
                "application/json");
        assertEquals(200, answers.status(), answers.raw());
        assertTrue(answers.body().getString("titel").startsWith("Antwoordtijd van SZW"), answers.raw());

        ApiClient.Reply table = ApiClient.call("GET", "/api/v1/statistieken/tabellen/niveau", "admin", null, "application/json");
        assertEquals(200, table.status(), table.raw());
        assertEquals("Knelpunten per niveau", table.body().getString("titel"));

        assertEquals(404, ApiClient.call("GET", "/api/v1/statistieken/tabellen/geheim", "admin", null, "application/json").status());
        assertEquals(200, ApiClient.call("GET", "/api/v1/statistieken/signalen", "facilitator", null, "application/json").status());
        assertEquals(403, ApiClient.call("GET", "/api/v1/statistieken", "professional", null, "application/json").status());
        assertEquals(403, ApiClient.call("GET", "/api/v1/statistieken/knelpunten", "editor", null, "application/json").status());
        assertEquals(401, ApiClient.call("GET", "/api/v1/statistieken", null, null, "application/json").status());
        ApiClient.Reply badDate = ApiClient.call("GET", "/api/v1/statistieken?van=gisteren", "ministry", null, "application/json");
        assertEquals(400, badDate.status(), badDate.raw());
        assertTrue(badDate.contentType().startsWith("application/problem+json"));
        assertTrue(knelpunt.startsWith("KP-"));
    }
}
