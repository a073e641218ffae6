package nl.lerendstelsel.domain.model.attachment;

import static nl.lerendstelsel.domain.model.attachment.AttachmentKindTest.ascii;
import static nl.lerendstelsel.domain.model.attachment.AttachmentKindTest.bytes;
import static nl.lerendstelsel.domain.model.attachment.AttachmentKindTest.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Files refused by their content whatever they are called (issue 27): one test per kind of danger. */
class DangerTest {

    private static void refused(Danger expected, byte[] content, String what) {
        assertEquals(Optional.of(expected), Danger.in(content), what);
        assertTrue(AttachmentKind.detect(content).isEmpty(), what + " is no accepted kind either");
    }

    @Test
    void programs() {
        refused(Danger.EXECUTABLE, ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000PE"), "Windows MZ/PE");
        refused(Danger.EXECUTABLE, bytes(0x7F, 'E', 'L', 'F', 2, 1, 1), "ELF");
        refused(Danger.EXECUTABLE, bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1), "Mach-O 64");
        refused(Danger.EXECUTABLE, bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 2), "Mach-O fat / Java class");
    }

    @Test
    void scripts() {
        refused(Danger.SCRIPT, ascii("#!/bin/sh\nrm -rf /\n"), "shell");
        refused(Danger.SCRIPT, bytes(0xEF, 0xBB, 0xBF, '#', '!', '/', 'b', 'i', 'n'), "script after a BOM");
    }

    @Test
    void installers() {
        refused(Danger.INSTALLER, UploadFiles.msi(), "MSI by its root class id");
    }

    @Test
    void legacyOfficeWithMacros() {
        refused(Danger.MACROS, UploadFiles.docWithMacros(), "Word 97 with Macros");
        refused(Danger.MACROS, UploadFiles.ole2("Workbook", "_VBA_PROJECT_CUR", null), "Excel 97 with _VBA_PROJECT_CUR");
        refused(Danger.MACROS, UploadFiles.ole2("PowerPoint Document", "VBA", null), "a VBA storage");
        assertEquals(Optional.of(Danger.EMBEDDED_FILE), Danger.in(UploadFiles.ole2("\u0001Ole10Native", null, null)), "an OLE package");
    }

    @Test
    void macroEnabledOoxml() throws IOException {
        refused(Danger.MACROS, UploadFiles.docm(), ".docm with vbaProject.bin");
        refused(Danger.MACROS, zip("[Content_Types].xml", "<Types><Default ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>",
                "xl/workbook.xml", "<workbook/>"), ".xlsm by its content type alone");
        refused(Danger.MACROS, zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>", "ppt/vbaProject.bin", "x"),
                ".pptm by vbaProject.bin alone");
        refused(Danger.ACTIVE_CONTENT, zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>", "word/activeX/activeX1.xml", "<ax/>"),
                "ActiveX controls");
        refused(Danger.MACROS, zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>",
                "Basic/Standard/Module1.xml", "<script:module/>"), "ODF with Basic macros");
    }

    @Test
    void htmlAndHta() {
        refused(Danger.ACTIVE_CONTENT, ascii("<html><head><hta:application id=\"x\"/></head><script>new ActiveXObject('WScript.Shell')</script>"), "HTA");
        refused(Danger.ACTIVE_CONTENT, ascii("  <!DOCTYPE html><body>hallo</body>"), "HTML");
        refused(Danger.ACTIVE_CONTENT, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_16LE), "SVG in UTF-16");
    }

    @Test
    void polyglots() throws IOException {
        refused(Danger.POLYGLOT, ascii("%PDF-1.7\n<html><script>alert(1)</script>"), "a PDF with a script in its head");
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R');
        refused(Danger.POLYGLOT, concat(png, ascii("<script>alert(1)</script>")), "a PNG with a script in its head");
        refused(Danger.POLYGLOT, concat(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F'), zip("evil.jsp", "<% out.println(1); %>")),
                "a ZIP appended to a JPEG");
        refused(Danger.POLYGLOT, concat(UploadFiles.pdf("Jaarverslag"), zip("payload.exe", "MZ")), "a ZIP appended to a PDF");
    }

    @Test
    void pdfWithJavaScript() {
        refused(Danger.ACTIVE_CONTENT, UploadFiles.pdf("Jaarverslag 2025", true), "a PDF that runs JavaScript on opening");
    }

    @Test
    void ordinaryFilesPass() throws IOException {
        assertEquals(Optional.empty(), Danger.in(UploadFiles.pdf("Jaarverslag 2025 van de gemeente Utrecht")));
        assertEquals(Optional.of(AttachmentKind.PDF), AttachmentKind.detect(UploadFiles.pdf("Jaarverslag 2025")));
        assertEquals(Optional.of(AttachmentKind.OFFICE_LEGACY), AttachmentKind.detect(UploadFiles.doc()));
        assertEquals(Optional.of(AttachmentKind.OFFICE_LEGACY), AttachmentKind.detect(UploadFiles.ole2("Workbook", null, null)));
        assertEquals(Optional.of(AttachmentKind.DOCX), AttachmentKind.detect(AttachmentKindTest.docx()));
        assertEquals(Optional.empty(), Danger.in(AttachmentKindTest.docx()));
        assertTrue(AttachmentKind.detect(UploadFiles.ole2("Contents", null, null)).isEmpty(), "an OLE2 file that is no Office document");
    }

    @Test
    void theExtensionIsThatOfTheDetectedKind() throws IOException {
        assertEquals("pdf", AttachmentKind.PDF.extension(UploadFiles.pdf("x")));
        assertEquals("jpg", AttachmentKind.JPEG.extension(new byte[0]));
        assertEquals("docx", AttachmentKind.DOCX.extension(AttachmentKindTest.docx()));
        assertEquals("doc", AttachmentKind.OFFICE_LEGACY.extension(UploadFiles.doc()));
        assertEquals("xls", AttachmentKind.OFFICE_LEGACY.extension(UploadFiles.ole2("Workbook", null, null)));
        assertEquals("ppt", AttachmentKind.OFFICE_LEGACY.extension(UploadFiles.ole2("PowerPoint Document", null, null)));
        assertEquals("KP-2026-00042-bijlage-7.pdf", AttachmentKind.PDF.safeName("KP-2026-00042-bijlage-7", UploadFiles.pdf("x")));
        assertEquals("------etc-passwd-exe.docx", AttachmentKind.DOCX.safeName("../../etc/passwd.exe", AttachmentKindTest.docx()));
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
