package nl.lerendstelsel.domain.model.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text in a file, for the personal-data guard: the text of a PDF (PDFBox), the text of the XML parts of an OOXML
 * or OpenDocument file (paragraphs as lines, cells apart, tags left out: a number split over runs stays one number),
 * the readable character runs of an Office 97–2003 file; images have none. Empty when the file cannot be read to the
 * end (encrypted, a broken container, or unpacking to more than {@value #MAX_UNPACKED_BYTES} bytes): such a file cannot
 * be checked.
 */
public final class DocumentText {

    /** A ZIP-based file may unpack to at most this many bytes of XML (a zip bomb is refused, not read). */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    /** Runs of readable characters in an OLE2 file shorter than this are noise. */
    private static final int MIN_RUN = 4;

    private static final Pattern BLOCK_END = Pattern.compile(
            "</(?:w:p|a:p|text:p|text:h|si|w:tr|a:tr|table:table-row|dc:title|dc:subject|dc:description|cp:keywords)>"
            + "|<(?:w:br|a:br|text:line-break|w:cr)\\b[^>]*>");
    private static final Pattern CELL_END = Pattern.compile("</(?:c|w:tc|a:tc|table:table-cell|is)>|<(?:w:tab|text:tab|text:s)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));");

    private DocumentText() {
    }

    /** The text of {@code content}, of the given (detected) kind; empty when it cannot be read. */
    public static Optional<String> of(AttachmentKind kind, byte[] content) {
        try {
            return switch (kind) {
                case PDF -> pdf(content);
                case PNG, JPEG, GIF, WEBP -> Optional.of("");
                case OFFICE_LEGACY -> Optional.of(readableRuns(content));
                default -> zip(content);
            };
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The text PDFBox finds, with the title, subject, keywords and author. A PDF that is encrypted (no text to extract)
     * is unreadable; one PDFBox cannot parse at all is read as the readable runs of its bytes.
     */
    private static Optional<String> pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                return Optional.empty();
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            var info = document.getDocumentInformation();
            String metadata = String.join("\n", java.util.Objects.toString(info.getTitle(), ""), java.util.Objects.toString(info.getSubject(), ""),
                    java.util.Objects.toString(info.getKeywords(), ""), java.util.Objects.toString(info.getAuthor(), ""));
            return Optional.of(stripper.getText(document) + "\n" + metadata);
        } catch (InvalidPasswordException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(readableRuns(content));
        }
    }

    /** The text of the XML parts of an OOXML or ODF file (not its relations, themes or styles). */
    private static Optional<String> zip(byte[] content) throws IOException {
        StringBuilder text = new StringBuilder();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > AttachmentKind.MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".xml") || name.contains("_rels/") || name.contains("theme") || name.equals("[content_types].xml")
                        || name.endsWith("styles.xml") || name.endsWith("settings.xml") || name.endsWith("fonttable.xml")
                        || name.endsWith("manifest.xml")) {
                    continue;
                }
                byte[] xml = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED_BYTES - unpacked + 1));
                unpacked += xml.length;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    return Optional.empty();
                }
                text.append(textOfXml(new String(xml, StandardCharsets.UTF_8))).append('\n');
            }
        }
        return Optional.of(text.toString());
    }

    /** Paragraphs and rows as lines, cells and tabs as tabs, other tags out, character references decoded. */
    static String textOfXml(String xml) {
        String lines = BLOCK_END.matcher(xml).replaceAll("\n");
        String cells = CELL_END.matcher(lines).replaceAll("\t");
        String text = TAG.matcher(cells).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                replacement = switch (m.group(3)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                };
            } else {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
            }
            m.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(decoded);
        return decoded.toString();
    }

    /**
     * Runs of at least {@value #MIN_RUN} readable characters, as single bytes (Windows-1252 text) and as UTF-16LE (Word
     * 97's Unicode text), one run per line: the way {@code strings} reads a binary file.
     */
    static String readableRuns(byte[] content) {
        StringBuilder text = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (byte b : content) {
            int c = b & 0xFF;
            if (readable(c)) {
                run.append((char) c);
            } else {
                flush(run, text);
            }
        }
        flush(run, text);
        for (int start = 0; start < 2; start++) {
            for (int i = start; i + 1 < content.length; i += 2) {
                int c = (content[i] & 0xFF) | (content[i + 1] & 0xFF) << 8;
                if (readable(c) || (c >= 0xA0 && c < 0x2000 && Character.isLetterOrDigit(c))) {
                    run.append((char) c);
                } else {
                    flush(run, text);
                }
            }
            flush(run, text);
        }
        return text.toString();
    }

    private static boolean readable(int c) {
        return c >= 0x20 && c < 0x7F || c == '\t' || c >= 0xC0 && c <= 0xFF;
    }

    private static void flush(StringBuilder run, StringBuilder text) {
        if (run.length() >= MIN_RUN) {
            text.append(run).append('\n');
        }
        run.setLength(0);
    }
}
