package nl.lerendstelsel.it;

import static nl.lerendstelsel.it.QaApiIT.call;
import static nl.lerendstelsel.it.QaApiIT.contains;
import static nl.lerendstelsel.it.QaApiIT.searchUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.lerendstelsel.it.ApiClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The kennisbank's lifecycle against the running stack: saving gives a concept nobody but editors sees; an editor
 * publishes; archiving takes it off the public list, the item API and the search and keeps it; an editor publishes it
 * again; other roles are refused every step; the steps are in the audit trail. A file is accepted or refused by its
 * content, and downloaded by the public only while the item is published. In the browser an editor writes an item with
 * a PDF, publishes it, the public kennisbank shows it with the file, and archiving (after a confirmation) removes it.
 * Beside it, the small dashboard figure of issue 26's part: Q&amp;A answers past their validity.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class KnowledgeIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void profiles() throws Exception {
        QaApiIT.profiles();
    }

    private static long concept(String word) throws Exception {
        Reply created = call("POST", "/kennisbank", "editor", "{\"titel\":\"Monitor " + word + "\",\"bron\":\"KIS\",\"datum\":\"2026-11-02\","
                + "\"soort\":\"MONITOR\",\"samenvatting\":\"Hoe gemeenten de " + word + " in de brede intake gebruiken.\","
                + "\"link\":\"https://www.kis.nl/\",\"themas\":[\"brede-intake\"]}");
        assertEquals(201, created.status(), created.raw());
        assertEquals("CONCEPT", created.object().getString("status"), "saving gives a concept");
        return created.object().getJsonNumber("id").longValue();
    }

    /** Whether the list (with this query) holds the item, on any of its pages: other tests fill the same lists. */
    private static boolean listed(String query, String user, long id) throws Exception {
        String pages = (query.isEmpty() ? "?" : query + "&") + "paginaGrootte=100&pagina=";
        for (int page = 1; ; page++) {
            Reply list = call("GET", "/kennisbank" + pages + page, user, null);
            assertEquals(200, list.status(), list.raw());
            if (list.object().getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(k -> k.getJsonNumber("id").longValue() == id)) {
                return true;
            }
            if (page * 100L >= list.object().getJsonNumber("totaal").longValue()) {
                return false;
            }
        }
    }

    static HttpResponse<byte[]> upload(String username, long id, String fileName, byte[] content) throws Exception {
        return ApiClient.upload("PUT", "/api/v1/kennisbank/" + id + "/bestand", username, fileName, content);
    }

    /** A path of the application without a session or token, as an anonymous visitor. */
    private static HttpResponse<byte[]> anonymous(String path) throws Exception {
        return ApiClient.HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void conceptPublishedArchivedAndPublishedAgainOnlyByEditors() throws Exception {
        String word = "intakewijzer" + RUN;
        long id = concept(word);
        String item = "/kennisbank/" + id;
        assertEquals(404, call("GET", item, null, null).status(), "a concept is not public");
        assertEquals(404, call("GET", item, "professional", null).status());
        assertFalse(listed("", null, id));
        assertEquals(200, call("GET", item, "editor", null).status(), "editors see concepts");
        assertTrue(listed("?status=CONCEPT", "editor", id), "the editors' list of concepts");
        assertEquals(403, call("GET", "/kennisbank?status=CONCEPT", "professional", null).status());

        assertEquals(403, call("POST", item + "/publiceren", "professional", null).status());
        assertEquals(403, call("POST", item + "/publiceren", "coordinator", null).status());
        assertEquals(401, call("POST", item + "/publiceren", null, null).status());
        Reply published = call("POST", item + "/publiceren", "editor", null);
        assertEquals("GEPUBLICEERD", published.object().getString("status"), published.raw());
        assertEquals(409, call("POST", item + "/publiceren", "editor", null).status(), "published once");
        assertEquals(200, call("GET", item, null, null).status());
        assertTrue(listed("?soort=MONITOR&thema=brede-intake", null, id));
        assertTrue(contains(searchUntil(word, null, r -> contains(r, "KENNIS", String.valueOf(id))), "KENNIS", String.valueOf(id)));

        assertEquals(403, call("POST", item + "/archiveren", "professional", null).status());
        assertEquals(403, call("DELETE", item, "professional", null).status());
        Reply archived = call("POST", item + "/archiveren", "editor", null);
        assertEquals("GEARCHIVEERD", archived.object().getString("status"), archived.raw());
        assertEquals(409, call("POST", item + "/archiveren", "editor", null).status());
        assertEquals(404, call("GET", item, null, null).status(), "archived is not public");
        assertFalse(listed("", null, id));
        assertFalse(contains(searchUntil(word, null, r -> !contains(r, "KENNIS", String.valueOf(id))), "KENNIS", String.valueOf(id)),
                "archived leaves the search");
        assertEquals("GEARCHIVEERD", call("GET", item, "editor", null).object().getString("status"), "kept");
        assertTrue(listed("?status=GEARCHIVEERD", "editor", id));

        assertEquals("GEPUBLICEERD", call("POST", item + "/publiceren", "editor", null).object().getString("status"), "republished");
        assertEquals(200, call("GET", item, null, null).status());
        Reply changed = call("PUT", item, "editor", "{\"titel\":\"Monitor " + word + " (herzien)\",\"bron\":\"KIS\",\"datum\":\"2026-11-02\","
                + "\"soort\":\"MONITOR\",\"samenvatting\":\"Herziene versie over de " + word + ".\",\"themas\":[]}");
        assertEquals("CONCEPT", changed.object().getString("status"), "a change is a concept until published again");
        assertEquals(404, call("GET", item, null, null).status());
        assertEquals(204, call("DELETE", item, "editor", null).status(), "DELETE archives, it does not delete");
        assertEquals("GEARCHIVEERD", call("GET", item, "editor", null).object().getString("status"));

        Reply audit = call("GET", "/auditlog?objecttype=KnowledgeItem&object=" + id + "&aantal=50", "admin", null);
        assertEquals(200, audit.status(), audit.raw());
        List<String> actions = audit.object().getJsonArray("regels").getValuesAs(JsonObject.class).stream().map(e -> e.getString("actie")).toList();
        assertTrue(actions.containsAll(List.of("KENNIS_TOEGEVOEGD", "KENNIS_GEPUBLICEERD", "KENNIS_GEARCHIVEERD", "KENNIS_GEWIJZIGD")), actions.toString());
    }

    @Test
    void aFileIsCheckedByContentAndPublicOnlyWhilePublished() throws Exception {
        long id = concept("bestandstoets" + RUN);
        HttpResponse<byte[]> disguised = upload("editor", id, "monitor.pdf", "MZ this is a program, not a report".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, disguised.statusCode(), new String(disguised.body(), StandardCharsets.UTF_8));
        assertEquals("bestand", json(disguised).getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        assertEquals(403, upload("professional", id, "monitor.pdf", PDF).statusCode());
        HttpResponse<byte[]> accepted = upload("editor", id, "Monitor brede intake 2026.pdf", PDF);
        assertEquals(200, accepted.statusCode(), new String(accepted.body(), StandardCharsets.UTF_8));
        JsonObject file = json(accepted).getJsonObject("bestand");
        assertEquals("PDF", file.getString("soort"));
        assertEquals(PDF.length, file.getInt("grootte"));

        String download = "/api/v1/kennisbank/" + id + "/bestand";
        assertEquals(404, anonymous(download).statusCode(), "not public while a concept");
        assertEquals(404, anonymous("/kennisbank/bestand?id=" + id).statusCode());
        assertEquals(200, call("GET", "/kennisbank/" + id + "/bestand", "editor", null).status(), "editors read it");

        assertEquals(200, call("POST", "/kennisbank/" + id + "/publiceren", "editor", null).status());
        for (String path : List.of(download, "/kennisbank/bestand?id=" + id)) {
            HttpResponse<byte[]> got = anonymous(path);
            assertEquals(200, got.statusCode(), path);
            assertArrayEquals(PDF, got.body());
            assertEquals("application/pdf", got.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            String disposition = got.headers().firstValue("Content-Disposition").orElse("");
            // served under a generated name with the detected kind's extension, not the name given (issue 27)
            assertTrue(disposition.startsWith("attachment; filename=\"kennisbank-" + id + ".pdf\""), disposition);
            assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(""));
        }

        assertEquals(200, call("POST", "/kennisbank/" + id + "/archiveren", "editor", null).status());
        assertEquals(404, anonymous(download).statusCode(), "archived: no longer public");
        assertEquals(404, anonymous("/kennisbank/bestand?id=" + id).statusCode());
    }

    @Test
    void anEditorPublishesAnItemWithAFileAndThePublicSeesIt() throws Exception {
        String title = "Infographic kosten inburgering " + RUN;
        Path pdf = Files.createTempFile("kosten-inburgering", ".pdf");
        Files.write(pdf, PDF);
        browser.signIn("editor");
        browser.open("/app/redactie/kennis.xhtml");
        browser.fill("kennis:titel", title);
        browser.fill("kennis:bron", "VNG");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2026-11-20'", browser.driver.findElement(By.id("kennis:datum")));
        new Select(browser.driver.findElement(By.id("kennis:soort"))).selectByValue("INFOGRAPHIC");
        browser.fill("kennis:samenvatting", "De typen kosten onder de Wet inburgering 2021 in een overzicht voor gemeenten.");
        browser.driver.findElement(By.id("kennis:bestand")).sendKeys(pdf.toAbsolutePath().toString());
        browser.submit(By.id("kennis:opslaan"));
        assertTrue(browser.text("#kennis-status").contains("Concept"), browser.text("#kennis-status"));
        assertTrue(browser.text("#huidig-bestand").contains(pdf.getFileName().toString()), browser.text("#huidig-bestand"));
        String url = browser.driver.getCurrentUrl();
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.assertAccessible("kennis-concept");

        browser.open("/app/redactie/index.xhtml");
        assertTrue(browser.text("#kennis-concepten").contains(title), "on the editors' worklist");
        browser.assertAccessible("redactie-kennis-concepten");
        assertEquals(404, anonymous("/kennisbank/item.xhtml?id=" + id).statusCode(), "a concept is not public");

        browser.open("/app/redactie/kennis.xhtml?id=" + id);
        browser.submit(By.id("kennis:publiceren"));
        assertTrue(browser.text("#kennis-status").contains("Gepubliceerd"), browser.text("#kennis-status"));
        browser.signOut();

        browser.open("/kennisbank/index.xhtml?soort=INFOGRAPHIC");
        String card = browser.text("#item-" + id);
        assertTrue(card.contains(title) && card.contains("Infographic") && card.contains("Download het bestand"), card);
        String href = browser.driver.findElement(By.cssSelector("#item-" + id + " a[href*='/kennisbank/bestand']")).getAttribute("href");
        assertTrue(href.endsWith("/kennisbank/bestand?id=" + id), href);
        browser.assertAccessible("kennisbank-met-bestand");
        browser.open("/kennisbank/item.xhtml?id=" + id);
        assertTrue(browser.text("#bestand").contains("PDF"), browser.text("#bestand"));
        browser.assertAccessible("kennisitem-met-bestand");
        assertEquals(200, anonymous("/kennisbank/bestand?id=" + id).statusCode());

        browser.signIn("editor");
        browser.open("/app/redactie/kennis.xhtml?id=" + id);
        browser.submit(By.id("kennis:archiveren"));
        assertTrue(browser.text("#archiveren-vraag").contains("archiveren"), "asks for confirmation");
        browser.assertAccessible("kennis-archiveren-vraag");
        browser.submit(By.id("kennis:bevestig-archiveren"));
        assertTrue(browser.text("#kennis-status").contains("Gearchiveerd"), browser.text("#kennis-status"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();
        assertEquals(404, anonymous("/kennisbank/item.xhtml?id=" + id).statusCode(), "archived: off the public pages");
        assertEquals(404, anonymous("/kennisbank/bestand?id=" + id).statusCode());
        assertFalse(new String(anonymous("/kennisbank/index.xhtml?soort=INFOGRAPHIC").body(), StandardCharsets.UTF_8).contains(title));
        Files.deleteIfExists(pdf);
    }

    @Test
    void answersPastTheirValidityAreCountedOnTheDashboard() throws Exception {
        // two filters nobody read before, so neither figure comes from the dashboard's one-minute cache
        long before = call("GET", "/statistieken?van=2019-03-03&tot=2019-03-04", "coordinator", null).object().getJsonNumber("verlopenAntwoorden").longValue();
        java.time.LocalDate ended = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(2);
        QaApiIT.published("nazorg", "Gold de nazorgregeling " + RUN + " ook in 2025?", "Ja, tot de wijziging van de regeling.", null, ended);
        QaApiIT.published("nazorg", "Geldt de nazorgregeling " + RUN + " nog?", "Ja, tot en met vandaag.", null,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
        Reply after = call("GET", "/statistieken?van=2019-03-05&tot=2019-03-06", "coordinator", null);
        assertEquals(200, after.status(), after.raw());
        assertEquals(before + 1, after.object().getJsonNumber("verlopenAntwoorden").longValue(), "the expired one, not the one valid today");
        assertEquals(403, call("GET", "/statistieken", "professional", null).status());
    }
}
