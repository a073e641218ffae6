package nl.lerendstelsel.domain.model.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a knelpunt may carry, recognised by their <em>content</em> (magic numbers and, for the ZIP-based
 * office formats, the container's entries), never by the file name or the type the browser claims. A file that is
 * none of these is refused.
 */
public enum AttachmentKind {
    PDF("application/pdf", "PDF"),
    PNG("image/png", "PNG-afbeelding"),
    JPEG("image/jpeg", "JPEG-afbeelding"),
    GIF("image/gif", "GIF-afbeelding"),
    WEBP("image/webp", "WebP-afbeelding"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-werkmap"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint-presentatie"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument-tekst"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-rekenblad"),
    ODP("application/vnd.oasis.opendocument.presentation", "OpenDocument-presentatie"),
    /** Word, Excel or PowerPoint 97–2003 (an OLE2 compound file). */
    OFFICE_LEGACY("application/vnd.ms-office", "Office-document (oud formaat)");

    /** A ZIP with more entries than this is not an office document we accept (and not worth reading further). */
    static final int MAX_ZIP_ENTRIES = 5_000;

    /** The main streams of Word, Excel (5 and 97–2003) and PowerPoint 97–2003 files. */
    private static final java.util.List<String> OFFICE_STREAMS = java.util.List.of("WordDocument", "Workbook", "Book",
            "PowerPoint Document");

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String mediaType;
    private final String dutch;

    AttachmentKind(String mediaType, String dutch) {
        this.mediaType = mediaType;
        this.dutch = dutch;
    }

    /** The media type to serve the file with. */
    public String mediaType() {
        return mediaType;
    }

    /** The name people see, e.g. "Word-document". */
    public String dutch() {
        return dutch;
    }

    /**
     * The extension a file of this kind is served with, for the detected kind only: {@code pdf}, {@code jpg},
     * {@code docx} …; for an Office 97–2003 file {@code doc}, {@code xls} or {@code ppt} after its main stream.
     */
    public String extension(byte[] content) {
        if (this == OFFICE_LEGACY) {
            Optional<Ole2Directory> directory = Ole2Directory.read(content);
            return directory.map(d -> d.has("WordDocument") ? "doc" : d.has("PowerPoint Document") ? "ppt" : "xls").orElse("bin");
        }
        return this == JPEG ? "jpg" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The name a file is stored and served under: {@code stem} (letters, digits and dashes only) and the extension of
     * this detected kind, never the name the person gave it (that is shown as a label only).
     */
    public String safeName(String stem, byte[] content) {
        String safe = stem.replaceAll("[^A-Za-z0-9-]", "-");
        return (safe.isEmpty() ? "bijlage" : safe) + "." + extension(content);
    }

    /**
     * What the content is, or empty when it is none of the accepted kinds or carries a {@link Danger} (macros, an
     * installer, markup, an appended archive …). An OLE2 file must hold a Word, Excel or PowerPoint stream.
     */
    public static Optional<AttachmentKind> detect(byte[] content) {
        Optional<AttachmentKind> kind = sniff(content);
        if (kind.isEmpty() || Danger.in(content).isPresent()) {
            return Optional.empty();
        }
        if (kind.get() == OFFICE_LEGACY) {
            boolean office = Ole2Directory.read(content)
                    .map(d -> OFFICE_STREAMS.stream().anyMatch(d::has)).orElse(false);
            return office ? kind : Optional.empty();
        }
        return kind;
    }

    /** The kind by magic numbers and container entries alone, dangers not yet considered. */
    static Optional<AttachmentKind> sniff(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (content.length >= 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, OLE2)) {
            return Optional.of(OFFICE_LEGACY);
        }
        if (content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return zipKind(content);
        }
        return Optional.empty();
    }

    /** OOXML: {@code [Content_Types].xml} plus its main part; ODF: a first entry {@code mimetype} naming the kind. */
    private static Optional<AttachmentKind> zipKind(byte[] content) {
        boolean contentTypes = false;
        AttachmentKind ooxml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                String name = entry.getName();
                if (entries == 1 && name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    for (AttachmentKind kind : new AttachmentKind[] {ODT, ODS, ODP}) {
                        if (kind.mediaType.equals(mimetype)) {
                            return Optional.of(kind);
                        }
                    }
                    return Optional.empty();
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    ooxml = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    ooxml = XLSX;
                } else if (name.equals("ppt/presentation.xml")) {
                    ooxml = PPTX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(ooxml) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
