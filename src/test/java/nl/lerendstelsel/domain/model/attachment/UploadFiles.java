package nl.lerendstelsel.domain.model.attachment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Small files of each kind, built in the test: OLE2 files with POI, PDFs with PDFBox, OOXML and ODF as ZIPs. */
public final class UploadFiles {

    private UploadFiles() {
    }

    /** An OLE2 compound file with a main stream {@code main} and, when not null, a storage {@code storage} holding a stream. */
    public static byte[] ole2(String main, String storage, String classId) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), main);
            if (storage != null) {
                DirectoryEntry dir = fs.getRoot().createDirectory(storage);
                dir.createDocument("dir", new ByteArrayInputStream("Attribute VB_Name = \"Module1\"".getBytes(StandardCharsets.US_ASCII)));
            }
            if (classId != null) {
                fs.getRoot().setStorageClsid(new ClassID(classId));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word 97–2003 file without macros. */
    public static byte[] doc() {
        return ole2("WordDocument", null, null);
    }

    /** A Word 97–2003 file with a VBA project (storage {@code Macros}). */
    public static byte[] docWithMacros() {
        return ole2("WordDocument", "Macros", null);
    }

    /** A Windows Installer package: the installer's class id on the root. */
    public static byte[] msi() {
        return ole2("\u0005SummaryInformation", null, "{000C1084-0000-0000-C000-000000000046}");
    }

    /** A .docm: a Word document with vbaProject.bin and the macro-enabled content type. */
    public static byte[] docm() {
        try {
            return AttachmentKindTest.zip("[Content_Types].xml",
                    "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
                    "word/document.xml", "<w:document/>", "word/vbaProject.bin", "VBA");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP with these entries (name, content), in order. */
    public static byte[] zip(String... namesAndContents) {
        try {
            return AttachmentKindTest.zip(namesAndContents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with {@code text}. */
    public static byte[] pdf(String text) {
        return pdf(text, false);
    }

    /** A one-page PDF with {@code text}, optionally with JavaScript that runs on opening. */
    public static byte[] pdf(String text, boolean javaScript) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            if (javaScript) {
                document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hallo');"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx whose body is {@code bodyXml} (inside {@code <w:body>}). */
    public static byte[] docx(String bodyXml) {
        try {
            return AttachmentKindTest.zip("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
                    "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                            + bodyXml + "</w:body></w:document>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
