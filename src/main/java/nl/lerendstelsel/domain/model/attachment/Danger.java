package nl.lerendstelsel.domain.model.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.lerendstelsel.domain.model.text.Labelled;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Why a file is refused whatever it claims to be, decided from its content: a program, a script, an installer, Office
 * macros, HTML or other active content, an embedded package, or a file that is two kinds at once (a polyglot). Checked
 * before the kind ({@link AttachmentKind}), so that the refusal names the danger.
 */
public enum Danger implements Labelled {
    /** Windows (MZ/PE), Linux (ELF), macOS (Mach-O) programs, Java classes. */
    EXECUTABLE,
    /** A script that runs itself: {@code #!}. */
    SCRIPT,
    /** A Windows Installer package, patch or transform (an OLE2 file with the installer's class id or stream names). */
    INSTALLER,
    /** Office macros: a VBA storage in an OLE2 file, {@code vbaProject.bin} or a macro-enabled type in OOXML, Basic in ODF. */
    MACROS,
    /** HTML, HTA, SVG or script markup, ActiveX controls in an Office file, JavaScript or launch actions in a PDF. */
    ACTIVE_CONTENT,
    /** An OLE package (Ole10Native) wrapping another file, often a program. */
    EMBEDDED_FILE,
    /** A PDF or image that is also something else: markup in its head, a ZIP archive appended. */
    POLYGLOT;

    /** How much of the start of a file is read for markup. */
    static final int HEAD = 1024;
    /** Where from the end a ZIP's end-of-central-directory record may lie (its comment is at most 65,535 bytes). */
    private static final int ZIP_TAIL = 22 + 65_535;

    private static final List<String> MARKUP = List.of("<script", "<html", "<hta:", "<!doctype html", "<body", "<iframe", "<svg",
            "<?php", "<object", "<embed", "<%@", "javascript:", "vbscript:");
    private static final List<String> PDF_ACTIONS = List.of("/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia");
    private static final List<String> OLE2_MACRO_STORAGES = List.of("Macros", "_VBA_PROJECT_CUR", "VBA", "_VBA_PROJECT");
    /** Windows Installer: .msi/.msm, .mst, .msp ({000C1084-…}, {000C1082-…}, {000C1086-…}, all ending C000-000000000046). */
    private static final int[] INSTALLER_CLASSES = {0x000C1084, 0x000C1082, 0x000C1086};

    @Override
    public String labelKey() {
        return "attachment.danger." + name();
    }

    /** The danger in {@code content}, if any. */
    public static Optional<Danger> in(byte[] content) {
        if (content == null || content.length < 4) {
            return Optional.empty();
        }
        Optional<Danger> start = byItsStart(content);
        if (start.isPresent()) {
            return start;
        }
        Optional<AttachmentKind> kind = AttachmentKind.sniff(content);
        if (kind.isEmpty()) {
            return hasMarkup(content) ? Optional.of(ACTIVE_CONTENT) : Optional.empty();
        }
        return switch (kind.get()) {
            case PDF -> hasMarkup(content) || zipAppended(content) ? Optional.of(POLYGLOT)
                    : hasPdfAction(content) ? Optional.of(ACTIVE_CONTENT) : Optional.empty();
            case PNG, JPEG, GIF, WEBP -> hasMarkup(content) || zipAppended(content) ? Optional.of(POLYGLOT) : Optional.empty();
            case OFFICE_LEGACY -> inOle2(content);
            default -> inZip(content);
        };
    }

    private static Optional<Danger> byItsStart(byte[] c) {
        int b0 = c[0] & 0xFF;
        int b1 = c[1] & 0xFF;
        int b2 = c[2] & 0xFF;
        int b3 = c[3] & 0xFF;
        if (b0 == 'M' && b1 == 'Z' || b0 == 'Z' && b1 == 'M') {
            return Optional.of(EXECUTABLE);
        }
        if (b0 == 0x7F && b1 == 'E' && b2 == 'L' && b3 == 'F') {
            return Optional.of(EXECUTABLE);
        }
        int magic = b0 << 24 | b1 << 16 | b2 << 8 | b3;
        if (magic == 0xFEEDFACE || magic == 0xFEEDFACF || magic == 0xCEFAEDFE || magic == 0xCFFAEDFE || magic == 0xCAFEBABE
                || magic == 0xBEBAFECA || (b0 == 'd' && b1 == 'e' && b2 == 'x' && b3 == '\n')) {
            return Optional.of(EXECUTABLE);
        }
        int p = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF ? 3 : 0;
        if (c.length > p + 1 && c[p] == '#' && c[p + 1] == '!') {
            return Optional.of(SCRIPT);
        }
        return Optional.empty();
    }

    /** Markup in the first {@value #HEAD} bytes, read as ASCII (UTF-16 too: its zero bytes are left out). */
    private static boolean hasMarkup(byte[] content) {
        StringBuilder head = new StringBuilder(HEAD);
        for (int i = 0; i < Math.min(HEAD, content.length); i++) {
            int b = content[i] & 0xFF;
            if (b != 0) {
                head.append((char) b);
            }
        }
        String lower = head.toString().toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(lower::contains);
    }

    /**
     * JavaScript, launch actions, embedded files or rich media in the PDF: named in its bytes, or (inside compressed
     * object streams) in any of its objects as PDFBox reads them.
     */
    private static boolean hasPdfAction(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        for (String name : PDF_ACTIONS) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                int after = i + name.length();
                if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
                    return true;
                }
            }
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            COSDocument cos = document.getDocument();
            for (COSObjectKey key : List.copyOf(cos.getXrefTable().keySet())) {
                COSBase object = cos.getObjectFromPool(key).getObject();
                if (object instanceof COSDictionary dictionary && activePdfObject(dictionary)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static boolean activePdfObject(COSDictionary dictionary) {
        COSName action = dictionary.getCOSName(COSName.S);
        return COSName.JAVA_SCRIPT.equals(action) || COSName.getPDFName("Launch").equals(action) || dictionary.containsKey(COSName.JS)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE)) || COSName.getPDFName("RichMedia").equals(dictionary.getCOSName(COSName.SUBTYPE));
    }

    /** A ZIP archive at the end: an end-of-central-directory record right after a central directory. */
    static boolean zipAppended(byte[] c) {
        for (int e = c.length - 22; e >= Math.max(0, c.length - ZIP_TAIL); e--) {
            if (c[e] == 'P' && c[e + 1] == 'K' && c[e + 2] == 5 && c[e + 3] == 6) {
                long size = (c[e + 12] & 0xFFL) | (c[e + 13] & 0xFFL) << 8 | (c[e + 14] & 0xFFL) << 16 | (c[e + 15] & 0xFFL) << 24;
                long directory = e - size;
                if (size >= 46 && directory >= 0 && c[(int) directory] == 'P' && c[(int) directory + 1] == 'K'
                        && c[(int) directory + 2] == 1 && c[(int) directory + 3] == 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Danger> inOle2(byte[] content) {
        Optional<Ole2Directory> read = Ole2Directory.read(content);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Ole2Directory directory = read.get();
        if (isInstallerClass(directory.rootClassId) || directory.names.stream().anyMatch(Danger::installerName)) {
            return Optional.of(INSTALLER);
        }
        if (OLE2_MACRO_STORAGES.stream().anyMatch(directory::has)) {
            return Optional.of(MACROS);
        }
        if (directory.has("\u0001Ole10Native")) {
            return Optional.of(EMBEDDED_FILE);
        }
        return Optional.empty();
    }

    private static boolean isInstallerClass(byte[] id) {
        byte[] tail = {(byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};
        if (!Arrays.equals(Arrays.copyOfRange(id, 8, 16), tail) || id[4] != 0 || id[5] != 0 || id[6] != 0 || id[7] != 0) {
            return false;
        }
        int data1 = (id[0] & 0xFF) | (id[1] & 0xFF) << 8 | (id[2] & 0xFF) << 16 | (id[3] & 0xFF) << 24;
        return Arrays.stream(INSTALLER_CLASSES).anyMatch(c -> c == data1);
    }

    /** Windows Installer compresses its table names into the characters U+3800 to U+4840. */
    private static boolean installerName(String name) {
        return name.chars().anyMatch(ch -> ch >= 0x3800 && ch <= 0x4840);
    }

    private static Optional<Danger> inZip(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && ++entries <= AttachmentKind.MAX_ZIP_ENTRIES) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml") || name.startsWith("xl/macrosheets/")
                        || name.startsWith("basic/") || name.startsWith("scripts/")) {
                    return Optional.of(MACROS);
                }
                if (name.contains("/activex/")) {
                    return Optional.of(ACTIVE_CONTENT);
                }
                if (name.equals("[content_types].xml")) {
                    String types = new String(zip.readNBytes(1 << 20), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    if (types.contains("macroenabled") || types.contains("vnd.ms-office.vbaproject")
                            || types.contains("vnd.ms-excel.addin") || types.contains("vnd.ms-excel.intlmacrosheet")
                            || types.contains("vnd.ms-excel.macrosheet")) {
                        return Optional.of(MACROS);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
