package nl.lerendstelsel.infrastructure.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.Collections;
import java.util.Map;

/**
 * The look of the generated PDF reports: colours and fonts, paragraphs, sections (a table headed by its title, which
 * repeats on the next page), cells, a horizontal bar chart and the footer with "page n of total". What a report says
 * is its own class's; how it looks is here.
 */
final class PdfLayout {

    static final Color ACCENT = new Color(0x15, 0x42, 0x73);
    static final Color HEADER_FILL = new Color(0xDC, 0xE3, 0xEC);
    static final Color BAR = new Color(0x01, 0x68, 0x9B);
    static final Color RULE = new Color(0x99, 0x99, 0x99);

    static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, ACCENT);
    static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, ACCENT);
    static final Font TEXT = new Font(Font.HELVETICA, 9.5f, Font.NORMAL);
    static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    static final Font CELL_HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
    static final Font CELL_ALERT = new Font(Font.HELVETICA, 8, Font.BOLD, new Color(0xA9, 0x00, 0x00));
    static final Font FOOTER = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, Color.DARK_GRAY);

    private PdfLayout() {
    }

    static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /**
     * A section of the report: a table whose first row is the section's heading and whose second row, when there are
     * column headers, names the columns. Both rows repeat when the table continues on the next page, so a heading never
     * stands alone at the foot of a page.
     */
    static PdfPTable section(String heading, float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        PdfPCell title = new PdfPCell(new Phrase(heading, HEADING));
        title.setColspan(widths.length);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPadding(0);
        title.setPaddingBottom(5);
        table.addCell(title);
        for (String header : headers) {
            PdfPCell cell = padded(new PdfPCell(new Phrase(header, CELL_HEADER)));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        table.setHeaderRows(headers.length == 0 ? 1 : 2);
        return table;
    }

    static PdfPCell padded(PdfPCell cell) {
        cell.setPadding(3);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    static void cell(PdfPTable table, String text) {
        cell(table, text, CELL, Element.ALIGN_LEFT);
    }

    static void cell(PdfPTable table, String text, Font font, int alignment) {
        PdfPCell cell = padded(new PdfPCell(new Phrase(text == null ? "" : text, font)));
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }

    static void number(PdfPTable table, Object value) {
        cell(table, String.valueOf(value), CELL, Element.ALIGN_RIGHT);
    }

    /**
     * A horizontal bar chart: per row the label, a bar whose length is proportional to the count (the largest count
     * fills the column) and the count itself. The bars are drawn on the table's background canvas.
     */
    static PdfPTable barChart(String heading, Map<String, Long> counts) {
        long max = Collections.max(counts.values());
        PdfPTable chart = section(heading, new float[] {2.2f, 6, 0.8f});
        chart.setKeepTogether(true);
        counts.forEach((label, count) -> {
            PdfPCell name = new PdfPCell(new Phrase(label, CELL));
            name.setBorder(Rectangle.NO_BORDER);
            name.setHorizontalAlignment(Element.ALIGN_RIGHT);
            name.setPaddingRight(6);
            chart.addCell(name);

            PdfPCell bar = new PdfPCell();
            bar.setBorder(Rectangle.LEFT);
            bar.setBorderColor(RULE);
            bar.setFixedHeight(15);
            float fraction = (float) count / max;
            bar.setCellEvent((cell, position, canvases) -> {
                if (fraction > 0) {
                    PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
                    canvas.saveState();
                    canvas.setColorFill(BAR);
                    canvas.rectangle(position.getLeft(), position.getBottom() + 3, position.getWidth() * fraction,
                            position.getHeight() - 6);
                    canvas.fill();
                    canvas.restoreState();
                }
            });
            chart.addCell(bar);

            PdfPCell value = new PdfPCell(new Phrase(String.valueOf(count), CELL_HEADER));
            value.setBorder(Rectangle.NO_BORDER);
            value.setPaddingLeft(4);
            chart.addCell(value);
        });
        return chart;
    }

    /** The footer of every page: a rule, the report's title and period, and "page n of total". */
    static final class Footer extends PdfPageEventHelper {

        private static final float TOTAL_WIDTH = 24;

        private final String caption;
        private final String page;
        private final String of;
        private PdfTemplate total;

        Footer(String caption, String page, String of) {
            this.caption = caption;
            this.page = page;
            this.of = of;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottomMargin() - 24;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), y + 10);
            canvas.lineTo(document.right(), y + 10);
            canvas.stroke();
            canvas.restoreState();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(caption, FOOTER), document.left(), y, 0);
            float totalLeft = document.right() - TOTAL_WIDTH;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(page + " " + writer.getPageNumber() + " " + of + " ", FOOTER), totalLeft, y, 0);
            canvas.addTemplate(total, totalLeft + 2, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            BaseFont font = FOOTER.getCalculatedBaseFont(false);
            total.beginText();
            total.setFontAndSize(font, FOOTER.getSize());
            total.setColorFill(FOOTER.getColor());
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
