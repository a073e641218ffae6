package nl.lerendstelsel.domain.model.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.lerendstelsel.domain.model.privacy.Finding;
import nl.lerendstelsel.domain.model.privacy.Finding.Kind;
import nl.lerendstelsel.domain.model.privacy.PersonalDataGuard;
import org.junit.jupiter.api.Test;

/** The text of uploaded files, as the personal-data guard reads it (issue 27: attachment contents were not guarded). */
class DocumentTextTest {

    private final PersonalDataGuard guard = new PersonalDataGuard();

    private List<Kind> found(AttachmentKind kind, byte[] content) {
        String text = DocumentText.of(kind, content).orElseThrow();
        return guard.inspect(text).stream().map(Finding::kind).toList();
    }

    @Test
    void aBsnInTheTextOfAPdf() {
        assertEquals(List.of(Kind.BSN), found(AttachmentKind.PDF, UploadFiles.pdf("Deelnemer met BSN 123456782 volgt de B1-route.")));
        assertEquals(List.of(), found(AttachmentKind.PDF, UploadFiles.pdf("In 2025 volgden 1.245 deelnemers de B1-route in regio AM21.")));
    }

    @Test
    void aPdfPdfBoxCannotParseIsReadAsItsBytes() {
        byte[] broken = "%PDF-1.7 kapot bestand, mail j.jansen@example.org".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(Kind.EMAIL), found(AttachmentKind.PDF, broken));
        assertEquals(List.of(), found(AttachmentKind.PDF, "%PDF-1.7 een klein document".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aNumberSplitOverRunsInAWordDocument() {
        byte[] docx = UploadFiles.docx("<w:p><w:r><w:t>Cliënt 1234</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>56782</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Telefoon 06-1234</w:t></w:r><w:r><w:t>5678</w:t></w:r></w:p>");
        assertEquals(List.of(Kind.BSN, Kind.PHONE), found(AttachmentKind.DOCX, docx));
    }

    @Test
    void paragraphsAndCellsStayApart() {
        byte[] docx = UploadFiles.docx("<w:p><w:r><w:t>Jaar 2024</w:t></w:r></w:p><w:p><w:r><w:t>12345 deelnemers</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2024</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12345</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        assertEquals(List.of(), found(AttachmentKind.DOCX, docx));
    }

    @Test
    void spreadsheetsAndOpenDocument() throws IOException {
        byte[] xlsx = AttachmentKindTest.zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>",
                "xl/sharedStrings.xml", "<sst><si><t>mail naar f.de.vries@example.org</t></si></sst>",
                "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c><v>2024</v></c><c><v>12345</v></c></row></sheetData></worksheet>");
        assertEquals(List.of(Kind.EMAIL), found(AttachmentKind.XLSX, xlsx));
        byte[] odt = AttachmentKindTest.zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
                "<office:document-content><office:body><text:p>Geboren op 12-03-1990, V-nummer 1234567890.</text:p></office:body></office:document-content>");
        assertEquals(List.of(Kind.DATE_OF_BIRTH, Kind.V_NUMBER), found(AttachmentKind.ODT, odt));
    }

    @Test
    void legacyOfficeFilesByTheirReadableText() {
        String text = "Verslag: BSN 123456782 genoemd";
        byte[] doc = DangerTest.concat(UploadFiles.doc(), text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(Kind.BSN), found(AttachmentKind.OFFICE_LEGACY, doc));
        assertEquals(List.of(), found(AttachmentKind.OFFICE_LEGACY, UploadFiles.doc()));
    }

    @Test
    void imagesHaveNoText() {
        assertEquals("", DocumentText.of(AttachmentKind.PNG, new byte[] {1, 2, 3}).orElseThrow());
    }

    @Test
    void aZipBombOrABrokenContainerCannotBeChecked() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 33; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(DocumentText.of(AttachmentKind.DOCX, out.toByteArray()).isEmpty(), "33 MB of XML is not read");
    }
}
