package nl.lerendstelsel.it;

import static nl.lerendstelsel.it.BottleneckApiIT.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.attachment.AttachmentKindTest;
import nl.lerendstelsel.domain.model.attachment.UploadFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 27 against the running stack: uploads refused by content, files read for personal data, downloads under a
 * generated name, 413 above the API's body limits, links guarded like other text.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class UploadHardeningIT {

    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void profiles() throws Exception {
        QaApiIT.profiles();
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject();
    }

    private static String newBottleneck() throws Exception {
        return BottleneckApiIT.reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
    }

    @Test
    void programsMacrosInstallersAndPolyglotsAreRefusedByContent() throws Exception {
        String reference = newBottleneck();
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("rapport.pdf", "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1));
        refused.put("notulen.docx", UploadFiles.docm());
        refused.put("begroting.doc", UploadFiles.docWithMacros());
        refused.put("overzicht.xls", UploadFiles.ole2("Workbook", "_VBA_PROJECT_CUR", null));
        refused.put("hulpmiddel.doc", UploadFiles.msi());
        refused.put("pagina.pdf", "<html><hta:application/><script>x</script></html>".getBytes(StandardCharsets.US_ASCII));
        refused.put("folder.pdf", "%PDF-1.7\n<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        refused.put("foto.png", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13},
                UploadFiles.zip("x.jsp", "<% %>")));
        refused.put("script.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> file : refused.entrySet()) {
            HttpResponse<byte[]> answer = AttachmentsIT.upload("professional", reference, file.getKey(), file.getValue());
            assertEquals(400, answer.statusCode(), file.getKey() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
            JsonObject invalid = json(answer).getJsonArray("invalidParams").getJsonObject(0);
            assertEquals("bestand", invalid.getString("name"));
            assertTrue(invalid.getString("reason").contains("wordt niet aangenomen") && invalid.getString("reason").contains(file.getKey()),
                    file.getKey() + ": " + invalid);
        }
        assertEquals(0, BottleneckApiIT.call("GET", "/" + reference + "/bijlagen", "professional", null).array().size());
    }

    @Test
    void theTextOfAPdfOrWordFileIsGuardedAndTheRefusalNamesTheFile() throws Exception {
        String reference = newBottleneck();
        HttpResponse<byte[]> pdf = AttachmentsIT.upload("professional", reference, "Intakeverslag.pdf",
                UploadFiles.pdf("Deelnemer met BSN 123456782 volgt de B1-route."));
        assertEquals(422, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        JsonObject finding = json(pdf).getJsonArray("bevindingen").getJsonObject(0);
        assertEquals("bestand", finding.getString("veld"));
        assertEquals("BSN", finding.getString("soort"));
        assertEquals("Intakeverslag.pdf", finding.getString("bestand"));
        assertTrue(finding.getString("melding").contains("Intakeverslag.pdf"), finding.toString());
        assertTrue(!new String(pdf.body(), StandardCharsets.UTF_8).contains("123456782"), "the value is never repeated");

        HttpResponse<byte[]> docx = AttachmentsIT.upload("professional", reference, "Lijst.docx",
                UploadFiles.docx("<w:p><w:r><w:t>Mail j.jansen [at] voorbeeld [punt] nl</w:t></w:r></w:p>"));
        assertEquals(422, docx.statusCode(), new String(docx.body(), StandardCharsets.UTF_8));
        assertEquals("EMAIL", json(docx).getJsonArray("bevindingen").getJsonObject(0).getString("soort"));

        assertEquals(201, AttachmentsIT.upload("professional", reference, "Jaarverslag.pdf",
                UploadFiles.pdf("In 2025 volgden 1.245 deelnemers de B1-route in regio AM21.")).statusCode());
    }

    @Test
    void aDownloadIsServedUnderAGeneratedNameWithTheDetectedExtension() throws Exception {
        String reference = newBottleneck();
        HttpResponse<byte[]> created = AttachmentsIT.upload("professional", reference, "..\\..\\Overzicht wachttijden.exe",
                AttachmentKindTest.docx());
        assertEquals(201, created.statusCode(), new String(created.body(), StandardCharsets.UTF_8));
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<byte[]> download = AttachmentsIT.get("coordinator", reference + "/bijlagen/" + id);
        assertEquals(200, download.statusCode());
        String expected = reference + "-bijlage-" + id + ".docx";
        assertEquals("attachment; filename=\"" + expected + "\"; filename*=UTF-8''" + expected,
                download.headers().firstValue("Content-Disposition").orElse(""));
    }

    /**
     * Over HTTP/1.1, as clients behind the TLS proxy talk: with a declared length the answer comes before the body is
     * read; a chunked body is read up to the limit.
     */
    @Test
    void aJsonBodyAboveTheLimitIs413ProblemJson() throws Exception {
        byte[] big = report("x".repeat(1024 * 1024 + 10)).getBytes(StandardCharsets.UTF_8);
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(big),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))) {
            HttpResponse<String> answer = HTTP_1_1.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1/knelpunten"))
                    .header("Authorization", "Bearer " + Tokens.accessToken("professional"))
                    .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, answer.statusCode(), answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            assertEquals(413, problem.getInt("status"));
            assertTrue(problem.getString("detail").contains("groter dan"), answer.body());
        }
        assertEquals(201, BottleneckApiIT.call("POST", "", "professional", report("Een gewone omschrijving " + "van het knelpunt. ".repeat(20)))
                .status(), "an ordinary body passes");
    }

    @Test
    void kennisbankLinksAndSourcesAreGuarded() throws Exception {
        ApiClient.Reply link = ApiClient.call("POST", "/api/v1/kennisbank", "editor", "{\"titel\":\"Monitor intake\",\"bron\":\"KIS\","
                + "\"datum\":\"2026-11-02\",\"soort\":\"MONITOR\",\"samenvatting\":\"Hoe gemeenten de brede intake gebruiken.\","
                + "\"link\":\"https://www.example.org/aanmelden?mail=jan%40example.org\",\"themas\":[\"brede-intake\"]}");
        assertEquals(422, link.status(), link.raw());
        assertEquals("link", link.object().getJsonArray("bevindingen").getJsonObject(0).getString("veld"));
        ApiClient.Reply source = ApiClient.call("POST", "/api/v1/kennisbank", "editor", "{\"titel\":\"Monitor intake\","
                + "\"bron\":\"Gesprek met BSN123456782\",\"datum\":\"2026-11-02\",\"soort\":\"MONITOR\","
                + "\"samenvatting\":\"Hoe gemeenten de brede intake gebruiken.\",\"themas\":[\"brede-intake\"]}");
        assertEquals(422, source.status(), source.raw());
        assertEquals("bron", source.object().getJsonArray("bevindingen").getJsonObject(0).getString("veld"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
