package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The HTML the server sends, page by page (public and signed in, as several roles), checked by the Nu Html Checker
 * (vnu, the W3C validator): no errors (A1).
 */
@ExtendWith(Stack.class)
class HtmlValidityIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    /** The page as the server sends it, with the browser's session (so signed-in pages are the real ones). */
    private static String fetch(String path) {
        HttpResponse<String> response = browser.fetch(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The handler queue's page size (QueuePage.PAGE_SIZE). */
    private static final int QUEUE_PAGE = 20;

    /** The page, after checking that its pager links back to page 1 with {@code href} (as the HTML has it). */
    private static String pagerLink(String html, String href) {
        assertTrue(html.contains("<a href=\"" + href + "\">"), "pager link " + href + " in\n"
                + html.replaceAll("(?s).*(<nav class=\"pager\".*?</nav>).*", "$1"));
        return html;
    }

    private static long outcomeCop;

    /** Issue 30: an outcome with an earlier version, shared, for its page and the list. */
    private static long editedSharedOutcome() throws Exception {
        outcomeCop = CommunitiesApiIT.createCop("CoP HTML opbrengst", "OPEN");
        CommunitiesApiIT.call("PUT", "/cops/" + outcomeCop + "/facilitatoren/facilitator", "admin", null);
        ApiClient.Reply recorded = CommunitiesApiIT.call("POST", "/cops/" + outcomeCop + "/opbrengsten", "facilitator",
                Json.createObjectBuilder().add("soort", "INZICHT").add("titel", "Nazorg begint bij de brede intake")
                        .add("omschrijving", "Wie in de brede intake al naar de nazorg kijkt, hoeft later minder op te vangen.")
                        .add("themas", Json.createArrayBuilder().add("nazorg")).build().toString());
        assertEquals(201, recorded.status(), recorded.raw());
        long id = recorded.object().getJsonNumber("id").longValue();
        assertEquals(200, CommunitiesApiIT.call("PUT", "/opbrengsten/" + id, "facilitator", Json.createObjectBuilder()
                .add("titel", "Nazorg begint al bij de brede intake").add("omschrijving", "Wie in de brede intake al naar de nazorg "
                        + "kijkt, hoeft later minder op te vangen en weet wat er speelt.")
                .add("themas", Json.createArrayBuilder().add("nazorg")).add("gemeente", "GM0344").build().toString()).status());
        assertEquals(200, CommunitiesApiIT.call("PUT", "/opbrengsten/" + id + "/gedeeld", "facilitator", "{\"gedeeld\":true}").status());
        return id;
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        String knelpunt = SignalsApiIT.knelpuntAtLinking("Inburgeraars vinden geen examenplek; de HTML moet kloppen.");
        Map<String, String> pages = new LinkedHashMap<>();
        long practice = PracticeBrowserIT.publishedPractice(browser, "Taalmaatjes, geldige HTML", false);
        for (String path : List.of("/", "/vraag-en-antwoord/", "/kennisbank/", "/zoeken.xhtml?q=toets", "/api-documentatie/",
                "/praktijkvoorbeelden/", "/praktijkvoorbeelden/praktijk.xhtml?id=" + practice)) {
            pages.put(path, fetch(path));
        }
        // the pagers are plain links built by ViewLinks: page 1 with the page's other filters, as h:link includeViewParams did
        pages.put("kennisbank page 2", pagerLink(fetch("/kennisbank/index.xhtml?thema=taal&pagina=2"),
                "/kennisbank/index.xhtml?pagina=1&amp;thema=taal"));
        browser.signIn("professional");
        browser.open("/app/start.xhtml");
        for (String path : List.of("/app/start.xhtml", "/app/knelpunten/index.xhtml", "/app/knelpunten/nieuw.xhtml",
                "/app/knelpunten/detail.xhtml?ref=" + knelpunt, "/app/cops/index.xhtml", "/app/signalen/index.xhtml",
                "/app/meldingen/index.xhtml", "/app/profiel.xhtml", "/app/vraag-stellen.xhtml", "/app/mijn-gemeente.xhtml",
                "/app/praktijkvoorbeelden/index.xhtml", "/app/praktijkvoorbeelden/bewerken.xhtml", "/praktijkvoorbeelden/praktijk.xhtml?id=" + practice)) {
            pages.put("professional " + path, fetch(path));
        }
        // the primitive boolean "achterstallig" has the value false, which h:link includeViewParams wrote too
        pages.put("professional signals page 2", pagerLink(fetch("/app/signalen/index.xhtml?mijn=true&pagina=2"),
                "/app/signalen/index.xhtml?pagina=1&amp;achterstallig=false&amp;mijn=true"));
        browser.open("/app/start.xhtml"); // the fetches made newer views than the one on screen (5 are kept)
        browser.handOverTo("coordinator", "/app/start.xhtml");
        for (String path : List.of("/app/knelpunten/wachtrij.xhtml?niveau=schakel", "/app/dashboard/index.xhtml",
                "/app/signalen/nieuw.xhtml?knelpunt=" + knelpunt, "/app/signalen/rapportage.xhtml",
                "/app/dashboard/jaarrapportage.xhtml")) {
            pages.put("coordinator " + path, fetch(path));
        }
        browser.open("/app/start.xhtml"); // the fetches made newer views than the one on screen (5 are kept)
        browser.signOut();
        for (int i = 0; i < QUEUE_PAGE + 1; i++) { // a second page in the execution-level queue, whatever ran before
            ApiClient.Reply created = BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder()
                    .add("titel", "Wachtrij met twee pagina's, knelpunt " + (i + 1))
                    .add("omschrijving", "Inburgeraars wachten lang op een plek bij de taalschool in de regio.")
                    .add("thema", "taal").add("gemeente", "GM0344").build().toString());
            assertEquals(201, created.status(), created.raw());
        }
        long outcome = editedSharedOutcome();
        browser.signIn("facilitator");
        browser.open("/app/start.xhtml");
        pages.put("facilitator queue page 2", pagerLink(fetch("/app/knelpunten/wachtrij.xhtml?niveau=EXECUTION&pagina=2"),
                "/app/knelpunten/wachtrij.xhtml?pagina=1&amp;niveau=EXECUTION"));
        for (String path : List.of("/app/cops/opbrengst.xhtml?id=" + outcome + "&bewerken=1", "/app/cops/opbrengsten.xhtml?thema=nazorg",
                "/app/cops/opbrengst-nieuw.xhtml?cop=" + outcomeCop)) {
            pages.put("facilitator " + path, fetch(path));
        }
        browser.open("/app/start.xhtml");
        browser.handOverTo("admin", "/app/start.xhtml");
        for (String path : List.of("/app/beheer/referentiedata.xhtml", "/app/beheer/referentiedata.xhtml?q=berg&regio=AM03&sortering=-provincie",
                "/app/beheer/referentiedata.xhtml?q=geen-gemeente", "/app/beheer/wijzigen.xhtml", "/app/beheer/herindeling.xhtml", "/app/beheer/instellingen.xhtml",
                "/app/beheer/personen.xhtml", "/app/beheer/auditlog.xhtml", "/app/beheer/auditlog.xhtml?actie=AANGEMELD",
                "/app/beheer/bewaartermijn.xhtml")) {
            pages.put("admin " + path, fetch(path));
        }
        String personLink = pages.get("admin /app/beheer/personen.xhtml").replaceAll("(?s).*?href=\"[^\"]*(/app/beheer/persoon\\.xhtml\\?id=\\d+)\".*", "$1");
        if (personLink.startsWith("/app/")) {
            pages.put("admin a person", fetch(personLink));
        }
        browser.open("/app/start.xhtml"); // the fetches made newer views than the one on screen (5 are kept)
        browser.signOut();

        Path dir = Files.createDirectories(Path.of("target/vnu"));
        Map<String, String> files = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = dir.resolve("page-" + (++n) + ".html");
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            files.put(file.toAbsolutePath().toUri().toString(), page.getKey());
        }
        List<String> command = new ArrayList<>(List.of("java", "-jar", QualityTools.vnuJar().toString(), "--format", "json",
                "--errors-only", "--exit-zero-always"));
        files.keySet().forEach(uri -> command.add(Path.of(URI.create(uri)).toString()));
        Process vnu = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String report = new String(vnu.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(vnu.waitFor(5, TimeUnit.MINUTES), "vnu finished");
        List<String> errors = new ArrayList<>();
        for (JsonObject message : Json.createReader(new StringReader(report)).readObject().getJsonArray("messages")
                .getValuesAs(JsonObject.class)) {
            String page = files.getOrDefault(message.getString("url", ""), message.getString("url", "?"));
            errors.add(page + " line " + message.getInt("lastLine", 0) + ": " + message.getString("message", "")
                    + " [" + message.getString("extract", "").strip() + "]");
        }
        assertEquals(List.of(), errors, errors.size() + " HTML errors in " + pages.size() + " pages");
    }
}
