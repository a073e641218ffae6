package nl.lerendstelsel.infrastructure.report;

import static nl.lerendstelsel.infrastructure.report.PdfLayout.CELL;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.CELL_ALERT;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.TEXT;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.TITLE;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.barChart;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.cell;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.number;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.padded;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.paragraph;
import static nl.lerendstelsel.infrastructure.report.PdfLayout.section;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.domain.model.signal.SignalStatus;

/**
 * The signalling report as an A4 PDF for the ministry: title, period and a summary, the figures in tables, a bar chart
 * of the signals by status, the signals and the knelpunten behind them, with page numbers in the footer. Labels are
 * English for an English locale and Dutch otherwise. The text uses the built-in Helvetica fonts (WinAnsi encoding,
 * which covers the Dutch accented letters), so it can be searched and extracted.
 */
public final class SignalReportPdf {

    private static final String AUTHOR = "Lerend Stelsel";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String NO_DATA = "\u2013";

    private final SignalReport report;
    private final boolean english;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;

    private SignalReportPdf(SignalReport report, Locale locale) {
        this.report = report;
        this.english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        this.locale = english ? Locale.ENGLISH : DUTCH;
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale);
        this.shortDate = DateTimeFormatter.ofPattern(english ? "yyyy-MM-dd" : "dd-MM-yyyy", this.locale);
    }

    /** The report as PDF bytes: English labels for an English locale, Dutch for any other (or {@code null}). */
    public static byte[] render(SignalReport report, Locale locale) {
        return new SignalReportPdf(report, locale).render();
    }

    private byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 44, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(english ? "en" : "nl"));
        writer.setPageEvent(new PdfLayout.Footer(title() + " \u00b7 " + period(), t("Pagina", "Page"), t("van", "of")));
        document.addTitle(title());
        document.addSubject(period());
        document.addAuthor(AUTHOR);
        document.addCreator(AUTHOR);
        document.open();

        document.add(paragraph(title(), TITLE, 4));
        document.add(paragraph(t("Periode: ", "Period: ") + period(), TEXT, 0));
        document.add(paragraph(t("Gemaakt op ", "Generated on ") + generated(), TEXT, 8));
        document.add(paragraph(summary(), TEXT, 4));

        Map<String, Long> byStatus = labelled(report.byStatus(), this::label);
        document.add(counts(t("Signalen per status", "Signals by status"), t("Status", "Status"), byStatus));
        if (byStatus.values().stream().anyMatch(count -> count > 0)) {
            document.add(barChart(t("Grafiek: signalen per status", "Chart: signals by status"), byStatus));
        }
        document.add(counts(t("Signalen per thema", "Signals by theme"), t("Thema", "Theme"), report.byTheme()));
        Map<String, Long> byDecision = labelled(report.byDecision(), this::label);
        byDecision.put(interimLabel(), report.interimOnly());
        document.add(counts(t("Signalen per besluit", "Signals by decision"), t("Besluit", "Decision"), byDecision));
        document.add(throughput());
        if (!report.lines().isEmpty()) {
            // The lists have many columns: they get landscape pages.
            document.setPageSize(PageSize.A4.rotate());
            document.newPage();
            document.add(signals());
            document.add(knelpunten());
        }
        document.close();
        return out.toByteArray();
    }

    // ---- texts --------------------------------------------------------------------------------------------------

    private String t(String dutch, String english) {
        return this.english ? english : dutch;
    }

    private String title() {
        return t("Signaleringsrapportage lerend stelsel inburgering", "Signalling report learning system civic integration");
    }

    private String period() {
        return longDate.format(report.from()) + t(" t/m ", " to ") + longDate.format(report.to());
    }

    private String generated() {
        return DateTimeFormatter.ofPattern(t("d MMMM yyyy 'om' HH:mm", "d MMMM yyyy 'at' HH:mm"), locale)
                .format(report.generatedAt().atZone(DutchTime.ZONE));
    }

    private String summary() {
        int count = report.lines().size();
        if (count == 0) {
            return t("Geen signalen ingediend in deze periode.", "No signals submitted in this period.");
        }
        long overdue = report.lines().stream().filter(SignalReport.Line::overdue).count();
        String submitted = count == 1 ? t("In deze periode is 1 signaal ingediend.", "1 signal was submitted in this period.")
                : t("In deze periode zijn " + count + " signalen ingediend.", count + " signals were submitted in this period.");
        if (overdue == 0) {
            return submitted;
        }
        return submitted + " " + (overdue == 1 ? t("Bij 1 signaal is een termijn overschreden.", "1 signal is overdue.")
                : t("Bij " + overdue + " signalen is een termijn overschreden.", overdue + " signals are overdue."));
    }

    private String label(SignalStatus status) {
        return status.in(english);
    }

    /** The signals answered for now with an interim answer only, counted apart from the decisions. */
    private String interimLabel() {
        return t("Tussenbericht, nog geen besluit", "Interim answer, no decision yet");
    }

    private String label(Decision decision) {
        return decision == null ? "" : decision.in(english);
    }

    private String date(LocalDate date) {
        return date == null ? "" : shortDate.format(date);
    }

    private String decimal(Double value) {
        return value == null ? NO_DATA : String.format(locale, "%.1f", value);
    }

    private static <K> Map<String, Long> labelled(Map<K, Long> counts, Function<K, String> label) {
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((key, count) -> labelled.put(label.apply(key), count));
        return labelled;
    }

    /** A row "none" spanning the table, for a table without rows. */
    private void none(PdfPTable table) {
        PdfPCell cell = padded(new PdfPCell(new Phrase(t("Geen", "None"), CELL)));
        cell.setColspan(table.getNumberOfColumns());
        table.addCell(cell);
    }

    // ---- tables -------------------------------------------------------------------------------------------------

    private PdfPTable counts(String heading, String what, Map<String, Long> counts) {
        PdfPTable table = section(heading, new float[] {4, 1}, what, t("Aantal", "Count"));
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setKeepTogether(true);
        counts.forEach((label, count) -> {
            cell(table, label);
            number(table, count);
        });
        if (counts.isEmpty()) {
            none(table);
        }
        return table;
    }

    private PdfPTable throughput() {
        PdfPTable table = section(t("Doorlooptijd in werkdagen", "Throughput in working days"),
                new float[] {4, 1.2f, 1.2f, 1.4f, 1.2f}, t("Stap", "Step"), t("Aantal", "Count"), t("Mediaan", "Median"),
                t("Gemiddelde", "Average"), t("Maximum", "Maximum"));
        table.setKeepTogether(true);
        throughputRow(table, t("Indiening tot ontvangstbevestiging", "Submission to acknowledgement"), report.acknowledge());
        throughputRow(table, t("Indiening tot antwoord", "Submission to answer"), report.answer());
        return table;
    }

    private void throughputRow(PdfPTable table, String step, SignalReport.Throughput throughput) {
        cell(table, step);
        number(table, throughput.count());
        cell(table, decimal(throughput.median()), CELL, Element.ALIGN_RIGHT);
        cell(table, decimal(throughput.average()), CELL, Element.ALIGN_RIGHT);
        cell(table, throughput.max() == null ? NO_DATA : String.valueOf(throughput.max()), CELL, Element.ALIGN_RIGHT);
    }

    private PdfPTable signals() {
        PdfPTable table = section(t("Signalen", "Signals"), new float[] {62, 210, 90, 120, 60, 85, 58, 50},
                t("Referentie", "Reference"), t("Titel", "Title"), t("Status", "Status"), t("Voorstel", "Proposal"),
                t("Ingediend", "Submitted"), t("Besluit", "Decision"), t("Knelpunten", "Knelpunten"), t("Te laat", "Overdue"));
        for (SignalReport.Line line : report.lines()) {
            cell(table, line.reference());
            cell(table, line.title());
            cell(table, label(line.status()));
            cell(table, String.join(", ", line.proposals().stream().map(p -> p.in(english)).toList()));
            cell(table, date(line.submitted()));
            cell(table, line.interimOnly() ? t("tussenbericht", "interim answer") : label(line.decision()));
            number(table, line.knelpunten());
            cell(table, line.overdue() ? t("ja", "yes") : "", CELL_ALERT, Element.ALIGN_CENTER);
        }
        return table;
    }

    private PdfPTable knelpunten() {
        PdfPTable table = section(t("Knelpunten achter de signalen", "Knelpunten behind the signals"),
                new float[] {60, 68, 238, 90, 85, 80, 85, 56}, t("Signaal", "Signal"),
                t("Referentie", "Reference"), t("Titel", "Title"), t("Thema", "Theme"), t("Gemeente", "Municipality"),
                t("Niveau", "Level"), t("Status", "Status"), t("Gemeld", "Reported"));
        for (SignalReport.KnelpuntLine line : report.knelpunten()) {
            cell(table, line.signal());
            cell(table, line.reference());
            cell(table, line.title());
            cell(table, line.theme());
            cell(table, line.gemeente());
            cell(table, line.level());
            cell(table, line.status());
            cell(table, date(line.reported()));
        }
        if (report.knelpunten().isEmpty()) {
            none(table);
        }
        return table;
    }
}
