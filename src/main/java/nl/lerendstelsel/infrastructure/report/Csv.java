package nl.lerendstelsel.infrastructure.report;

import java.util.List;

/**
 * CSV as Dutch spreadsheets read it: semicolons, CRLF, UTF-8 with a byte-order mark, RFC 4180 quoting, and a guard
 * against formula injection (a cell that starts with {@code = + - @}, a tab or a CR gets a leading apostrophe).
 */
public final class Csv {

    public static final String BOM = "\uFEFF";
    public static final String SEPARATOR = ";";
    public static final String LINE_END = "\r\n";

    private Csv() {
    }

    /** A text cell: guarded against formula injection, then quoted when it holds a separator, quote or line break. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String guarded = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (guarded.contains(SEPARATOR) || guarded.contains("\"") || guarded.contains("\r") || guarded.contains("\n")) {
            return '"' + guarded.replace("\"", "\"\"") + '"';
        }
        return guarded;
    }

    /** One line of cells that are already written as cells (see {@link #cell}), with its line end. */
    public static String line(List<String> cells) {
        return String.join(SEPARATOR, cells) + LINE_END;
    }

    /** A whole table of plain texts: a BOM, the header and the rows, every cell through {@link #cell}. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM).append(line(header.stream().map(Csv::cell).toList()));
        rows.forEach(row -> out.append(line(row.stream().map(Csv::cell).toList())));
        return out.toString();
    }
}
