package nl.lerendstelsel.infrastructure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The plumbing of a tagged PDF (PDF/UA-1) with PDFBox: A4 pages, the structure tree with its parent tree, marked
 * content with MCIDs, artifacts, the embedded font (Liberation Sans, shipped inside PDFBox), the document language,
 * MarkInfo, DisplayDocTitle and XMP metadata with the title and the PDF/UA identification. {@link ReportPdf} lays the
 * content out on it. Not thread-safe; one instance per document.
 */
final class TaggedPdf implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 56;
    static final float BOTTOM = 64;

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDDocument document = new PDDocument();
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement top;
    private final PDFont font;
    private final String title;
    private final Map<Integer, List<PDStructureElement>> parents = new HashMap<>();
    private PDPage page;
    private PDPageContentStream content;

    TaggedPdf(String title, String language) {
        this.title = title;
        try (InputStream in = TaggedPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox ships no " + FONT);
            }
            font = PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor("Lerend Stelsel");
        document.getDocumentInformation().setCreator("Lerend Stelsel");
        top = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(top);
    }

    PDStructureElement document() {
        return top;
    }

    PDFont font() {
        return font;
    }

    /** The width of {@code text} in points at {@code size}. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot measure " + text, e);
        }
    }

    /** The text with every character the font cannot draw replaced by a question mark. */
    String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Starts a new page; the current one is finished. */
    PDPageContentStream newPage() {
        closeContent();
        page = new PDPage(PDRectangle.A4);
        page.setStructParents(document.getNumberOfPages());
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    PDPageContentStream content() {
        return content;
    }

    /** A new structure element of {@code type} under {@code parent}. */
    PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** A header cell that heads its column. */
    void columnHeader(PDStructureElement th) {
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        th.addAttribute(scope);
    }

    /** Begins marked content on the current page that belongs to {@code element}; end it with {@link #end}. */
    void begin(PDStructureElement element) throws IOException {
        int pageIndex = page.getStructParents();
        List<PDStructureElement> onPage = parents.computeIfAbsent(pageIndex, i -> new ArrayList<>());
        int mcid = onPage.size();
        onPage.add(element);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        element.setPage(page);
        element.getCOSObject().setInt(COSName.K, mcid);
    }

    /** Begins content that is no part of the text: decoration, page footers, repeated table headers. */
    void beginArtifact(String type) throws IOException {
        COSDictionary properties = new COSDictionary();
        if (type != null) {
            properties.setName(COSName.TYPE, type);
        }
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    }

    void end() throws IOException {
        content.endMarkedContent();
    }

    /** Writes one line of text at (x, y). */
    void text(String text, float x, float y, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The finished document: footers on every page ("title · Pagina n van m") as artifacts, then the bytes. */
    byte[] finish(String pageWord, String ofWord) throws IOException {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content = footer;
                beginArtifact("Pagination");
                String left = printable(title);
                String right = pageWord + " " + (i + 1) + " " + ofWord + " " + pages;
                text(left, MARGIN, BOTTOM - 30, 8);
                text(right, WIDTH - MARGIN - width(right, 8), BOTTOM - 30, 8);
                end();
            }
        }
        content = null;
        PDNumberTreeNode parentTree = new PDNumberTreeNode(COSArray.class);
        Map<Integer, COSArray> numbers = new HashMap<>();
        parents.forEach((index, elements) -> {
            COSArray array = new COSArray();
            elements.forEach(e -> array.add(e.getCOSObject()));
            numbers.put(index, array);
        });
        parentTree.setNumbers(numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(pages);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private String xmp() {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>Lerend Stelsel</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"
                + "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
        document.close();
    }
}
