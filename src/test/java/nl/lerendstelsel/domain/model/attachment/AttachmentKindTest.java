package nl.lerendstelsel.domain.model.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

public class AttachmentKindTest {

    static byte[] bytes(int... values) {
        byte[] b = new byte[Math.max(values.length, 16)];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] ascii(String text) {
        byte[] head = text.getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[Math.max(head.length, 16)];
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    /** A ZIP with these entries (name, content), in order. */
    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>", "word/document.xml", "<w:document/>");
    }

    @Test
    void imagesAndPdfByTheirMagicNumbers() {
        assertEquals(Optional.of(AttachmentKind.PDF), AttachmentKind.detect(ascii("%PDF-1.7\n%âãÏÓ")));
        assertEquals(Optional.of(AttachmentKind.PNG), AttachmentKind.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)));
        assertEquals(Optional.of(AttachmentKind.JPEG), AttachmentKind.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F')));
        assertEquals(Optional.of(AttachmentKind.GIF), AttachmentKind.detect(ascii("GIF89a\u0001\u0000")));
        assertEquals(Optional.of(AttachmentKind.WEBP), AttachmentKind.detect(ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")));
        // an OLE2 header alone is no longer enough (issue 27): the directory must hold a Word, Excel or PowerPoint stream
        assertEquals(Optional.of(AttachmentKind.OFFICE_LEGACY), AttachmentKind.detect(UploadFiles.doc()));
        assertTrue(AttachmentKind.detect(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)).isEmpty());
    }

    @Test
    void officeDocumentsByTheirContainer() throws IOException {
        assertEquals(Optional.of(AttachmentKind.DOCX), AttachmentKind.detect(docx()));
        assertEquals(Optional.of(AttachmentKind.XLSX), AttachmentKind.detect(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>")));
        assertEquals(Optional.of(AttachmentKind.PPTX), AttachmentKind.detect(zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>")));
        assertEquals(Optional.of(AttachmentKind.ODT), AttachmentKind.detect(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")));
        assertEquals(Optional.of(AttachmentKind.ODS), AttachmentKind.detect(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")));
        assertEquals(Optional.of(AttachmentKind.ODP), AttachmentKind.detect(zip("mimetype", "application/vnd.oasis.opendocument.presentation")));
    }

    @Test
    void anythingElseIsRefusedWhateverItsNameWouldSay() throws IOException {
        assertTrue(AttachmentKind.detect(ascii("MZ\u0090\u0000 this is a Windows program")).isEmpty(), "exe");
        assertTrue(AttachmentKind.detect(ascii("<html><script>alert(1)</script></html>")).isEmpty(), "html");
        assertTrue(AttachmentKind.detect(ascii("Gewone tekst in een .pdf-bestand")).isEmpty(), "text");
        assertTrue(AttachmentKind.detect(zip("evil.sh", "rm -rf /")).isEmpty(), "a plain zip");
        assertTrue(AttachmentKind.detect(zip("[Content_Types].xml", "<Types/>")).isEmpty(), "OOXML without a main part");
        assertTrue(AttachmentKind.detect(zip("mimetype", "application/epub+zip")).isEmpty(), "another ODF-like container");
        assertTrue(AttachmentKind.detect(zip("word/document.xml", "<w/>")).isEmpty(), "no content types");
        assertTrue(AttachmentKind.detect(new byte[] {'%', 'P'}).isEmpty(), "too short");
        assertTrue(AttachmentKind.detect(null).isEmpty());
        byte[] truncated = java.util.Arrays.copyOf(docx(), 40);
        assertTrue(AttachmentKind.detect(truncated).isEmpty(), "a damaged zip");
    }
}
