package nl.lerendstelsel.infrastructure.report;

import static nl.lerendstelsel.infrastructure.report.TaggedPdf.BOTTOM;
import static nl.lerendstelsel.infrastructure.report.TaggedPdf.HEIGHT;
import static nl.lerendstelsel.infrastructure.report.TaggedPdf.MARGIN;
import static nl.lerendstelsel.infrastructure.report.TaggedPdf.WIDTH;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.lerendstelsel.domain.model.statistics.ReportDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * A {@link ReportDocument} as an accessible PDF (PDF/UA-1, checked by veraPDF in the tests): plain A4 pages with the
 * title (H1), sections (H2), paragraphs (P), tables with a caption and column headers (Table, Caption, TR, TH with a
 * column scope, TD) that break across pages with their header row repeated as an artifact, and for each table marked
 * as a chart a figure of horizontal bars whose alternative text names every bar. Page footers are artifacts.
 */
public final class ReportPdf {

    /** At most this many bars in a chart; its table holds every row. */
    static final int BARS_MAX = 20;

    private static final float TEXT = 10;
    private static final float CELL = 8.5f;
    private static final float PAD = 3;
    private static final float USABLE = WIDTH - 2 * MARGIN;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEAD = new Color(0xE8, 0xEC, 0xF0);
    private static final Color BAR = new Color(0x15, 0x42, 0x73);

    private final TaggedPdf pdf;
    private final ReportDocument report;
    private float y;

    private ReportPdf(ReportDocument report) {
        this.report = report;
        this.pdf = new TaggedPdf(report.title(), report.language());
    }

    /** The report as PDF bytes. */
    public static byte[] render(ReportDocument report) {
        try (ReportPdf.Closer closer = new Closer(new ReportPdf(report))) {
            return closer.writer().write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Closer(ReportPdf writer) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            writer.pdf.close();
        }
    }

    private byte[] write() throws IOException {
        newPage();
        block(StandardStructureTypes.H1, report.title(), 20, 10);
        for (String paragraph : report.introduction()) {
            block(StandardStructureTypes.P, paragraph, TEXT, 6);
        }
        for (ReportDocument.Section section : report.sections()) {
            if (y - 80 < BOTTOM) {
                newPage();
            }
            y -= 8;
            block(StandardStructureTypes.H2, section.heading(), 14, 6);
            for (String paragraph : section.paragraphs()) {
                block(StandardStructureTypes.P, paragraph, TEXT, 6);
            }
            for (ReportDocument.Table table : section.tables()) {
                table(table);
                if (table.chart() && !table.bars().isEmpty()) {
                    chart(table);
                }
            }
        }
        return report.english() ? pdf.finish("Page", "of") : pdf.finish("Pagina", "van");
    }

    private void newPage() {
        pdf.newPage();
        y = HEIGHT - MARGIN;
    }

    /** A heading or paragraph, wrapped, kept on one page, followed by {@code after} points of space. */
    private void block(String type, String text, float size, float after) throws IOException {
        List<String> lines = wrap(text, USABLE, size);
        float leading = size * 1.3f;
        if (y - lines.size() * leading < BOTTOM) {
            newPage();
        }
        PDStructureElement element = pdf.element(type, pdf.document());
        pdf.begin(element);
        for (String line : lines) {
            y -= leading;
            pdf.text(line, MARGIN, y, size);
        }
        pdf.end();
        y -= after;
    }

    private void table(ReportDocument.Table table) throws IOException {
        float[] widths = widths(table);
        float headerHeight = height(table.headers(), widths);
        float firstRow = table.rows().isEmpty() ? 0 : height(table.rows().get(0), widths);
        if (y - TEXT * 2.6f - headerHeight - firstRow < BOTTOM) {
            newPage();
        }
        PDStructureElement element = pdf.element(StandardStructureTypes.TABLE, pdf.document());
        y -= 4;
        PDStructureElement caption = pdf.element(StandardStructureTypes.CAPTION, element);
        pdf.begin(caption);
        for (String line : wrap(table.caption(), USABLE, TEXT)) {
            y -= TEXT * 1.3f;
            pdf.text(line, MARGIN, y, TEXT);
        }
        pdf.end();
        y -= 4;
        row(element, table.headers(), widths, true, false);
        for (List<String> cells : table.rows()) {
            if (y - height(cells, widths) < BOTTOM) {
                newPage();
                row(null, table.headers(), widths, true, true);
            }
            row(element, cells, widths, false, false);
        }
        if (table.rows().isEmpty()) {
            y -= 2;
            block(StandardStructureTypes.P, report.english() ? "No figures." : "Geen gegevens.", CELL, 0);
        }
        y -= 10;
    }

    /** One row; {@code table} null: a repeated header row, drawn as an artifact. */
    private void row(PDStructureElement table, List<String> cells, float[] widths, boolean header, boolean repeated) throws IOException {
        float height = height(cells, widths);
        PDPageContentStream content = pdf.content();
        pdf.beginArtifact(null);
        content.setStrokingColor(RULE);
        content.setLineWidth(0.5f);
        if (header) {
            content.setNonStrokingColor(HEAD);
            content.addRect(MARGIN, y - height, USABLE, height);
            content.fill();
        }
        content.moveTo(MARGIN, y - height);
        content.lineTo(MARGIN + USABLE, y - height);
        content.stroke();
        content.setNonStrokingColor(Color.BLACK);
        pdf.end();
        if (repeated) {
            pdf.beginArtifact(null);
        }
        PDStructureElement tr = repeated ? null : pdf.element(StandardStructureTypes.TR, table);
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            String text = i < cells.size() ? cells.get(i) : "";
            PDStructureElement cell = null;
            if (!repeated) {
                cell = pdf.element(header ? StandardStructureTypes.TH : StandardStructureTypes.TD, tr);
                if (header) {
                    pdf.columnHeader(cell);
                }
                pdf.begin(cell);
            }
            float lineY = y - PAD;
            boolean number = !header && i > 0 && text.matches("[\\d.,%–-]+");
            for (String line : wrap(text, widths[i] - 2 * PAD, CELL)) {
                lineY -= CELL * 1.25f;
                float left = number ? x + widths[i] - PAD - pdf.width(line, CELL) : x + PAD;
                pdf.text(line, left, lineY, CELL);
            }
            if (!repeated) {
                pdf.end();
            }
            x += widths[i];
        }
        if (repeated) {
            pdf.end();
        }
        y -= height;
    }

    private void chart(ReportDocument.Table table) throws IOException {
        List<ReportDocument.Bar> bars = table.bars().stream().limit(BARS_MAX).toList();
        float rowHeight = 13;
        float height = bars.size() * rowHeight + 8;
        if (y - height < BOTTOM) {
            newPage();
        }
        PDStructureElement figure = pdf.element(StandardStructureTypes.Figure, pdf.document());
        figure.setAlternateDescription(alt(table, bars));
        long max = Math.max(1, bars.stream().mapToLong(ReportDocument.Bar::value).max().orElse(1));
        float labels = USABLE * 0.35f;
        float room = USABLE - labels - 40;
        PDPageContentStream content = pdf.content();
        pdf.begin(figure);
        for (ReportDocument.Bar bar : bars) {
            y -= rowHeight;
            String label = shorten(bar.label(), labels - 6);
            pdf.text(label, MARGIN + labels - 6 - pdf.width(label, CELL), y + 2, CELL);
            float length = room * bar.value() / max;
            content.setNonStrokingColor(BAR);
            content.addRect(MARGIN + labels, y, Math.max(length, 0.5f), rowHeight - 4);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
            pdf.text(Long.toString(bar.value()), MARGIN + labels + length + 4, y + 2, CELL);
        }
        pdf.end();
        y -= 14;
    }

    private String alt(ReportDocument.Table table, List<ReportDocument.Bar> bars) {
        String intro = report.english() ? "Bar chart of the table " : "Staafdiagram van de tabel ";
        return intro + "\u201c" + table.caption() + "\u201d: "
                + bars.stream().map(b -> b.label() + " " + b.value()).collect(Collectors.joining("; ")) + ".";
    }

    /** The natural width of each column, scaled to fill the page's width. */
    private float[] widths(ReportDocument.Table table) {
        float[] widths = new float[table.headers().size()];
        List<List<String>> all = new ArrayList<>(table.rows());
        all.add(table.headers());
        for (List<String> cells : all) {
            for (int i = 0; i < widths.length && i < cells.size(); i++) {
                widths[i] = Math.max(widths[i], Math.min(USABLE * 0.5f, pdf.width(pdf.printable(cells.get(i)), CELL) + 2 * PAD + 1));
            }
        }
        float sum = 0;
        for (float w : widths) {
            sum += Math.max(w, 30);
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], 30) * USABLE / sum;
        }
        return widths;
    }

    private float height(List<String> cells, float[] widths) {
        int lines = 1;
        for (int i = 0; i < widths.length && i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), widths[i] - 2 * PAD, CELL).size());
        }
        return lines * CELL * 1.25f + 2 * PAD + 2;
    }

    private String shorten(String text, float width) {
        String printable = pdf.printable(text);
        if (pdf.width(printable, CELL) <= width) {
            return printable;
        }
        while (!printable.isEmpty() && pdf.width(printable + "\u2026", CELL) > width) {
            printable = printable.substring(0, printable.length() - 1);
        }
        return printable + "\u2026";
    }

    /** The text in lines of at most {@code width} points, broken between words (a too long word on a line of its own). */
    private List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : pdf.printable(text == null ? "" : text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && pdf.width(candidate, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
