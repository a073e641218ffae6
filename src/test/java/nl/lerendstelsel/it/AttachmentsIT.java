package nl.lerendstelsel.it;

import static nl.lerendstelsel.it.BottleneckApiIT.call;
import static nl.lerendstelsel.it.BottleneckApiIT.reported;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.lerendstelsel.domain.model.attachment.AttachmentKindTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Attachments through the API (multipart upload, download, removal, refusals) and in the browser. */
@Tag("quick")
@ExtendWith(Stack.class)
class AttachmentsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    static HttpResponse<byte[]> upload(String username, String reference, String fileName, byte[] content) throws Exception {
        return ApiClient.upload("POST", "/api/v1/knelpunten/" + reference + "/bijlagen", username, fileName, content);
    }

    static HttpResponse<byte[]> get(String username, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/knelpunten/" + path))
                .header("Authorization", "Bearer " + Tokens.accessToken(username)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void uploadDownloadAndRemoveThroughTheApi() throws Exception {
        String reference = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        byte[] docx = AttachmentKindTest.docx();
        HttpResponse<byte[]> created = upload("professional", reference, "Overzicht wachttijden.pdf", docx);
        assertEquals(201, created.statusCode(), new String(created.body(), StandardCharsets.UTF_8));
        JsonObject attachment = json(created);
        assertEquals("DOCX", attachment.getString("soort"), "the content decides, not the name");
        long id = attachment.getJsonNumber("id").longValue();

        HttpResponse<byte[]> download = get("coordinator", reference + "/bijlagen/" + id);
        assertEquals(200, download.statusCode());
        assertArrayEquals(docx, download.body());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        // served under a generated name with the detected kind's extension, not the name given (issue 27)
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                .startsWith("attachment; filename=\"" + reference + "-bijlage-" + id + ".docx\""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(1, Json.createReader(new StringReader(call("GET", "/" + reference + "/bijlagen", "ministry", null).raw())).readArray().size());

        HttpResponse<byte[]> program = upload("professional", reference, "rapport.pdf", "MZ this is a program, not a report".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, program.statusCode());
        assertEquals("bestand", json(program).getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        assertEquals(422, upload("professional", reference, "mevrouw.jansen@voorbeeld.nl.pdf", "%PDF-1.7 xxxxxxxx".getBytes(StandardCharsets.US_ASCII)).statusCode());
        assertEquals(403, upload("professional2", reference, "ook.pdf", "%PDF-1.7 xxxxxxxx".getBytes(StandardCharsets.US_ASCII)).statusCode(),
                "only the reporter, the level's handlers and admins add files");

        assertEquals(403, call("DELETE", "/" + reference + "/bijlagen/" + id, "facilitator", null).status(), "not the uploader");
        assertEquals(204, call("DELETE", "/" + reference + "/bijlagen/" + id, "professional", null).status());
        assertEquals(404, get("professional", reference + "/bijlagen/" + id).statusCode());
    }

    @Test
    void sizeAndNumberAreLimited() throws Exception {
        String reference = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooBig, 0, 8);
        HttpResponse<byte[]> big = upload("professional", reference, "groot.pdf", tooBig);
        assertEquals(400, big.statusCode());
        assertTrue(json(big).getJsonArray("invalidParams").getJsonObject(0).getString("reason").contains("groter dan 10 MB"));

        byte[] small = "%PDF-1.7 een klein document".getBytes(StandardCharsets.US_ASCII);
        for (int i = 1; i <= 10; i++) {
            assertEquals(201, upload("professional", reference, "deel-" + i + ".pdf", small).statusCode(), "file " + i);
        }
        HttpResponse<byte[]> eleventh = upload("professional", reference, "deel-11.pdf", small);
        assertEquals(400, eleventh.statusCode());
        assertTrue(json(eleventh).getJsonArray("invalidParams").getJsonObject(0).getString("reason").contains("hoogstens 10"));
    }

    @Test
    void theReporterAddsAFileOnThePage() throws Exception {
        String reference = reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        Path file = Files.createTempFile("overzicht-wachttijden", ".docx");
        Files.write(file, AttachmentKindTest.docx());
        browser.signIn("professional");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        assertTrue(browser.text("#geen-bijlagen").contains("nog geen bijlagen"));
        browser.driver.findElement(By.id("bijlagen:bestand")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.id("bijlagen:toevoegen")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bijlagenlijst li a")));
        String listed = browser.text("#bijlagenlijst");
        assertTrue(listed.contains(file.getFileName().toString()) && listed.contains("Word-document"), listed);
        String href = browser.driver.findElement(By.cssSelector("#bijlagenlijst li a")).getAttribute("href");
        assertTrue(href.contains("/app/bijlagen?ref=" + reference), href);
        browser.assertAccessible("bijlagen");
        browser.driver.findElement(By.cssSelector("#bijlagenlijst input[type=submit]")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verwijder-vraag")));
        browser.driver.findElement(By.cssSelector("#bijlagenlijst input[id$='bevestig-verwijderen']")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("geen-bijlagen"), "nog geen bijlagen"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();
        Files.deleteIfExists(file);
    }

    @Test
    void theReporterSendsFilesAlongWithANewKnelpunt() throws Exception {
        Path pdf = Files.createTempFile("wachtlijst-toetsen", ".pdf");
        Files.writeString(pdf, "%PDF-1.7 overzicht van de wachttijden per toetslocatie", StandardCharsets.US_ASCII);
        Path program = Files.createTempFile("planner", ".pdf");
        Files.write(program, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        browser.signIn("professional");
        try {
            browser.open("/app/knelpunten/nieuw.xhtml");
            // the reporter works at Utrecht: the form starts there
            assertEquals("GM0344", new Select(browser.driver.findElement(By.id("melden:gemeente"))).getFirstSelectedOption().getAttribute("value"));
            browser.fill("melden:titel", "Toetslocaties hebben wachtlijsten van zes weken");
            browser.fill("melden:omschrijving", "Inburgeraars wachten zes weken op een toets, het overzicht per locatie zit erbij.");
            new Select(browser.driver.findElement(By.id("melden:thema"))).selectByValue("leerbaarheidstoets");
            browser.driver.findElement(By.id("melden:bijlagen")).sendKeys(pdf.toAbsolutePath() + "\n" + program.toAbsolutePath());
            browser.submit(By.id("melden:verzenden"));

            // a program is refused by its content: nothing is stored, the message names the file, the text stays
            String refused = browser.text("#melden\\:bijlagen-fout");
            assertTrue(refused.contains(program.getFileName().toString()) && refused.contains("niets opgeslagen"), refused);
            assertEquals("Toetslocaties hebben wachtlijsten van zes weken", browser.driver.findElement(By.id("melden:titel")).getAttribute("value"));
            browser.assertAccessible("knelpunt-melden-bijlage-geweigerd");

            browser.driver.findElement(By.id("melden:bijlagen")).sendKeys(pdf.toAbsolutePath().toString());
            browser.submit(By.id("melden:verzenden"));
            String reference = browser.text("#referentie");
            assertTrue(reference.matches("KP-\\d{4}-\\d{5}"), reference);
            String listed = browser.text("#bijlagenlijst");
            assertTrue(listed.contains(pdf.getFileName().toString()) && listed.contains("PDF"), listed);
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            browser.signOut();
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(program);
        }
    }
}
