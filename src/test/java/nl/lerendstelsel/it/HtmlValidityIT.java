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

    @Test
    void everyPageIsValidHtml() throws Exception {
        String knelpunt = SignalsApiIT.knelpuntAtLinking("Inburgeraars vinden geen examenplek; de HTML moet kloppen.");
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/vraag-en-antwoord/", "/kennisbank/", "/zoeken.xhtml?q=toets")) {
            pages.put(path, fetch(path));
        }
        browser.signIn("professional");
        browser.open("/app/start.xhtml");
        for (String path : List.of("/app/start.xhtml", "/app/knelpunten/index.xhtml", "/app/knelpunten/nieuw.xhtml",
                "/app/knelpunten/detail.xhtml?ref=" + knelpunt, "/app/cops/index.xhtml", "/app/signalen/index.xhtml",
                "/app/meldingen/index.xhtml", "/app/profiel.xhtml", "/app/vraag-stellen.xhtml")) {
            pages.put("professional " + path, fetch(path));
        }
        browser.open("/app/start.xhtml"); // the fetches made newer views than the one on screen (5 are kept)
        browser.signOut();
        browser.signIn("coordinator");
        browser.open("/app/start.xhtml");
        for (String path : List.of("/app/knelpunten/wachtrij.xhtml?niveau=schakel", "/app/dashboard/index.xhtml",
                "/app/signalen/nieuw.xhtml?knelpunt=" + knelpunt, "/app/signalen/rapportage.xhtml")) {
            pages.put("coordinator " + path, fetch(path));
        }
        browser.open("/app/start.xhtml"); // the fetches made newer views than the one on screen (5 are kept)
        browser.signOut();
        browser.signIn("admin");
        browser.open("/app/start.xhtml");
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
