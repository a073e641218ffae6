package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administration API over HTTP with real tokens: only admins read the audit log, the retention report and the people
 * directory (403 for every other role, 401 without a token); refusals land in the audit log with all six fields; the log
 * pages with a cursor and exports as CSV with Dutch headers; a person whose access was withdrawn is refused with a valid token.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class PeopleAndAuditApiIT {

    private static final List<String> ADMIN_ONLY_GETS = List.of("/api/v1/auditlog", "/api/v1/auditlog/export",
            "/api/v1/beheer/bewaartermijn", "/api/v1/beheer/personen");

    private static ApiClient.Reply call(String method, String path, String user, String json) throws Exception {
        return ApiClient.call(method, path, user, json, "application/json, text/csv");
    }

    @Test
    void onlyAdminsGetInAndRefusalsAreAuditedWithAllSixFields() throws Exception {
        for (String user : List.of("professional", "facilitator", "coordinator", "ministry", "editor")) {
            for (String path : ADMIN_ONLY_GETS) {
                assertEquals(403, call("GET", path, user, null).status(), user + " " + path);
            }
            assertEquals(403, call("POST", "/api/v1/beheer/bewaartermijn/uitvoeringen", user, null).status(), user);
            assertEquals(403, call("PUT", "/api/v1/beheer/personen/1/toegang", user, "{\"actief\": false}").status(), user);
        }
        for (String path : ADMIN_ONLY_GETS) {
            assertEquals(401, call("GET", path, null, null).status(), path);
            assertEquals(200, call("GET", path, "admin", null).status(), path);
        }

        ApiClient.Reply refused = call("GET", "/api/v1/auditlog?actor=editor&actie=TOEGANG_GEWEIGERD&object=/api/v1/beheer/bewaartermijn",
                "admin", null);
        assertEquals(200, refused.status(), refused.raw());
        JsonObject entry = refused.body().getJsonArray("regels").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("object").equals("/api/v1/beheer/bewaartermijn")).findFirst().orElseThrow();
        assertEquals("editor", entry.getString("actor"));
        assertEquals("TOEGANG_GEWEIGERD", entry.getString("actie"));
        assertEquals("API", entry.getString("objecttype"));
        assertEquals("/api/v1/beheer/bewaartermijn", entry.getString("object"));
        assertEquals("DENIED", entry.getString("resultaat"));
        assertFalse(entry.getString("herkomst").isBlank());
        assertNotNull(java.time.Instant.parse(entry.getString("tijdstip")));
    }

    @Test
    void theLogPagesWithACursorAndExportsAsCsv() throws Exception {
        ApiClient.Reply first = call("GET", "/api/v1/auditlog?aantal=2", "admin", null);
        assertEquals(200, first.status(), first.raw());
        assertEquals(2, first.body().getJsonArray("regels").size());
        String next = first.body().getString("volgende");
        ApiClient.Reply second = call("GET", "/api/v1/auditlog?aantal=2&na=" + next, "admin", null);
        assertEquals(200, second.status(), second.raw());
        assertNotEquals(first.body().getJsonArray("regels").getJsonObject(1).getInt("id"),
                second.body().getJsonArray("regels").getJsonObject(0).getInt("id"));

        ApiClient.Reply bad = call("GET", "/api/v1/auditlog?van=gisteren", "admin", null);
        assertEquals(400, bad.status());
        assertEquals("van", bad.body().getJsonArray("invalidParams").getJsonObject(0).getString("name"));

        ApiClient.Reply csv = call("GET", "/api/v1/auditlog/export?actie=AANGEMELD", "admin", null);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.raw().startsWith("\uFEFFTijdstip;Actor;Actie;Objecttype;Object;Resultaat;Herkomst;Details\r\n"), csv.raw());
        assertTrue(csv.raw().lines().skip(1).allMatch(line -> line.split(";")[2].equals("AANGEMELD")), "only the filtered action");
    }

    @Test
    void aPersonWhoseAccessIsWithdrawnIsRefusedWithAValidToken() throws Exception {
        assertEquals(200, call("GET", "/api/v1/knelpunten", "professional3", null).status(), "professional3 signs in");
        ApiClient.Reply found = call("GET", "/api/v1/beheer/personen?q=professional3", "admin", null);
        JsonObject person = found.body().getJsonArray("personen").stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("gebruikersnaam").equals("professional3")).findFirst().orElseThrow();
        long id = person.getJsonNumber("id").longValue();
        assertTrue(person.getJsonArray("rollen").getString(0).equals("professional"));
        try {
            ApiClient.Reply withdrawn = call("PUT", "/api/v1/beheer/personen/" + id + "/toegang", "admin", "{\"actief\": false}");
            assertEquals(200, withdrawn.status(), withdrawn.raw());
            assertFalse(withdrawn.body().getBoolean("actief"));
            ApiClient.Reply refused = call("GET", "/api/v1/knelpunten", "professional3", null);
            assertEquals(403, refused.status());
            assertTrue(refused.raw().contains("ingetrokken"), refused.raw());
            assertEquals(400, call("PUT", "/api/v1/beheer/personen/" + id + "/toegang", "admin", "{}").status());
        } finally {
            assertEquals(200, call("PUT", "/api/v1/beheer/personen/" + id + "/toegang", "admin", "{\"actief\": true}").status());
        }
        assertEquals(200, call("GET", "/api/v1/knelpunten", "professional3", null).status(), "access given back");
        ApiClient.Reply audited = call("GET", "/api/v1/auditlog?actie=GEBRUIKER_GEDEACTIVEERD&actor=admin", "admin", null);
        assertFalse(audited.body().getJsonArray("regels").isEmpty());
    }

    @Test
    void theRetentionReportSaysWhatTheNextRunWouldDo() throws Exception {
        ApiClient.Reply report = call("GET", "/api/v1/beheer/bewaartermijn", "admin", null);
        assertEquals(200, report.status(), report.raw());
        assertEquals(24, report.body().getInt("bewaartermijnMaanden"));
        assertEquals(java.time.LocalDate.parse(report.body().getString("vandaag")).minusMonths(24).toString(),
                report.body().getString("afgerondOpOfVoor"));
        assertTrue(report.body().getJsonNumber("aantal").longValue() >= report.body().getJsonArray("knelpunten").size());
        var kinds = report.body().getJsonArray("soorten");
        assertEquals(6, kinds.size(), "one entry per kind");
        var signals = kinds.getValuesAs(jakarta.json.JsonObject.class).stream().filter(k -> k.getString("soort").equals("signalen"))
                .findFirst().orElseThrow();
        assertEquals("jaren", signals.getString("eenheid"));
        assertEquals(java.time.LocalDate.parse(report.body().getString("vandaag")).minusYears(signals.getInt("termijn")).toString(),
                signals.getString("totEnMet"));
        assertEquals(403, call("PUT", "/api/v1/beheer/bewaartermijn/termijnen", "editor", "{\"berichten\": 36}").status());
        ApiClient.Reply unknown = call("PUT", "/api/v1/beheer/bewaartermijn/termijnen", "admin", "{\"reacties\": 36}");
        assertEquals(400, unknown.status(), unknown.raw());
        ApiClient.Reply tooShort = call("PUT", "/api/v1/beheer/bewaartermijn/termijnen", "admin", "{\"berichten\": 1}");
        assertEquals(400, tooShort.status(), tooShort.raw());
        assertEquals("application/problem+json", tooShort.contentType());
        ApiClient.Reply same = call("PUT", "/api/v1/beheer/bewaartermijn/termijnen", "admin", "{\"berichten\": 36}");
        assertEquals(200, same.status(), same.raw());
        assertEquals(6, same.body().getJsonArray("soorten").size());
    }
}
