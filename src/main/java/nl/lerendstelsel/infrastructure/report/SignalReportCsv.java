package nl.lerendstelsel.infrastructure.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.signal.SignalReport;

/**
 * The signalling report as CSV for Excel: semicolon-separated (the Dutch list separator), CRLF line ends, quoting as in
 * RFC 4180 and a UTF-8 byte order mark, so Excel shows the accents. The report is a series of sections (period,
 * per status, per theme, per decision, throughput, signals, knelpunten), separated by one empty line; each section is
 * a title line, a header row and the rows. Dates are ISO ({@code 2026-04-01}), decimals have one decimal with a comma in
 * Dutch and a dot in English.
 *
 * <p>Text that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage return) gets
 * a leading apostrophe, so a title like {@code =HYPERLINK(...)} cannot run as a formula. The numbers we write are never
 * negative and are not touched.
 */
public final class SignalReportCsv {

    /** The byte order mark that tells Excel the file is UTF-8. */
    private static final String BOM = Csv.BOM;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final SignalReport report;
    private final boolean english;
    private final StringBuilder out = new StringBuilder(BOM);

    private SignalReportCsv(SignalReport report, Locale locale) {
        this.report = report;
        this.english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The report as CSV text, starting with the BOM: English labels for an English locale, Dutch for any other. */
    public static String render(SignalReport report, Locale locale) {
        return new SignalReportCsv(report, locale).render();
    }

    private String render() {
        section(t("Signaleringsrapportage lerend stelsel inburgering", "Signalling report learning system civic integration"),
                headers(t("Van", "From"), t("Tot en met", "To"), t("Gemaakt op", "Generated on")),
                List.of(List.of(date(report.from()), date(report.to()),
                        TIMESTAMP.format(report.generatedAt().atZone(DutchTime.ZONE)))));
        section(t("Signalen per status", "Signals by status"), headers(t("Status", "Status"), t("Aantal", "Count")),
                counts(report.byStatus(), status -> status.in(english)));
        section(t("Signalen per thema", "Signals by theme"), headers(t("Thema", "Theme"), t("Aantal", "Count")),
                counts(report.byTheme(), Function.identity()));
        section(t("Signalen per besluit", "Signals by decision"),
                headers(t("Besluit", "Decision"), t("Aantal", "Count")),
                withInterim(counts(report.byDecision(), decision -> decision.in(english))));
        section(t("Doorlooptijd in werkdagen", "Throughput in working days"),
                headers(t("Meting", "Measure"), t("Aantal", "Count"), t("Mediaan", "Median"), t("Gemiddelde", "Average"),
                        t("Maximum", "Maximum")),
                List.of(throughput(t("Indiening tot ontvangstbevestiging", "Submission to acknowledgement"),
                                report.acknowledge()),
                        throughput(t("Indiening tot antwoord", "Submission to answer"), report.answer())));
        section(t("Signalen", "Signals"), headers(t("Referentie", "Reference"), t("Titel", "Title"), t("Status", "Status"),
                t("Urgentie", "Urgency"), t("Voorstel", "Proposal"), t("Ingediend", "Submitted"),
                t("Ontvangen", "Acknowledged"), t("Beantwoord", "Answered"), t("Besluit", "Decision"), t("Forum", "Forum"),
                t("Knelpunten", "Knelpunten"), t("Thema's", "Themes"), t("Te laat", "Overdue"),
                t("Tussenberichten", "Interim answers"), t("Antwoord uiterlijk", "Answer due")),
                report.lines().stream().map(this::line).toList());
        section(t("Knelpunten", "Knelpunten"), headers(t("Signaal", "Signal"), t("Referentie", "Reference"),
                t("Titel", "Title"), t("Thema", "Theme"), t("Gemeente", "Municipality"), t("Niveau", "Level"),
                t("Status", "Status"), t("Gemeld", "Reported")),
                report.knelpunten().stream().map(SignalReportCsv::knelpunt).toList());
        return out.toString();
    }

    private String t(String dutch, String english) {
        return this.english ? english : dutch;
    }

    // ---- sections and rows: cells arrive escaped (text cells through text(), the rest digits and dates) -------

    private void section(String title, List<String> header, List<List<String>> rows) {
        if (out.length() > BOM.length()) {
            out.append(Csv.LINE_END);
        }
        row(List.of(text(title)));
        row(header);
        rows.forEach(this::row);
    }

    private void row(List<String> cells) {
        out.append(Csv.line(cells));
    }

    private static List<String> headers(String... names) {
        return Arrays.stream(names).map(SignalReportCsv::text).toList();
    }

    private static <K> List<List<String>> counts(Map<K, Long> counts, Function<K, String> label) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(List.of(text(label.apply(key)), String.valueOf(count))));
        return rows;
    }

    private List<String> throughput(String measure, SignalReport.Throughput throughput) {
        return List.of(text(measure), String.valueOf(throughput.count()), decimal(throughput.median()),
                decimal(throughput.average()), throughput.max() == null ? "" : String.valueOf(throughput.max()));
    }

    private List<String> line(SignalReport.Line line) {
        return List.of(text(line.reference()), text(line.title()),
                text(line.status().in(english)),
                text(line.urgency() == null ? null : line.urgency().in(english)),
                text(line.proposals().isEmpty() ? null
                        : String.join(", ", line.proposals().stream().map(p -> p.in(english)).toList())),
                date(line.submitted()), date(line.acknowledged()), date(line.answered()),
                text(line.decision() == null ? null : line.decision().in(english)),
                text(line.forum()), String.valueOf(line.knelpunten()), text(String.join(", ", line.themes())),
                text(line.overdue() ? t("ja", "yes") : t("nee", "no")), String.valueOf(line.interimAnswers()),
                date(line.answerDue()));
    }

    /** The decisions followed by the signals answered for now with an interim answer only, which count apart. */
    private List<List<String>> withInterim(List<List<String>> decisions) {
        List<List<String>> rows = new ArrayList<>(decisions);
        rows.add(List.of(text(t("tussenbericht, nog geen besluit", "interim answer, no decision yet")),
                String.valueOf(report.interimOnly())));
        return rows;
    }

    private static List<String> knelpunt(SignalReport.KnelpuntLine line) {
        return List.of(text(line.signal()), text(line.reference()), text(line.title()), text(line.theme()),
                text(line.gemeente()), text(line.level()), text(line.status()), date(line.reported()));
    }

    // ---- cells --------------------------------------------------------------------------------------------------

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private String decimal(Double value) {
        return value == null ? "" : String.format(english ? Locale.ENGLISH : DUTCH, "%.1f", value);
    }

    private static String text(String value) {
        return Csv.cell(value);
    }
}
