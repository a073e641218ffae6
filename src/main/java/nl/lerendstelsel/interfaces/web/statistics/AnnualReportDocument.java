package nl.lerendstelsel.interfaces.web.statistics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.application.statistics.AnnualReportService.AnnualReport;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.monitor.RoundResults;
import nl.lerendstelsel.domain.model.statistics.AnnualFigures;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.ReportDocument;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.rest.StatisticsTables;

/**
 * The annual report's content as a {@link ReportDocument} in Dutch or English, for the PDF and the ZIP of CSV tables.
 * The dashboard's and the coverage's tables are taken as the dashboard defines them ({@link StatisticsTables},
 * {@link CoverageTables}), so report and dashboard never disagree; the CoP, Q&amp;A and monitor tables are made here.
 */
public final class AnnualReportDocument {

    /** The dashboard tables in the report, per section; the others are about "now" or too fine-grained for a year. */
    private static final List<String> KNELPUNTEN = List.of("niveau", "thema", "regio", "afloop", "afhandelcategorie", "doelgroep", "trend");
    private static final List<String> TIMES = List.of("tijd-per-niveau", "tijd-per-niveau-thema", "tijd-per-niveau-periode", "doorlooptijd");
    private static final List<String> SIGNALS = List.of("signalen-status", "signalen-besluit", "signalen-opvolging");
    private static final Set<String> CHARTS = Set.of("niveau", "thema", "regio", "afhandelcategorie", "signalen-besluit",
            "gedeelde-opbrengsten", "vraag-en-antwoord-thema");

    private final AnnualReport report;
    private final Locale locale;
    private final boolean english;

    private AnnualReportDocument(AnnualReport report, Locale locale) {
        this.report = report;
        this.english = "en".equals(locale.getLanguage());
        this.locale = english ? Message.ENGLISH : Message.DUTCH;
    }

    /** The report in the locale's language (English for English, Dutch otherwise). */
    public static ReportDocument of(AnnualReport report, Locale locale) {
        return new AnnualReportDocument(report, locale).document();
    }

    private ReportDocument document() {
        List<StatisticsTables.Table> dashboard = StatisticsTables.of(report.dashboard(), locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", english ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL"));
        String generated = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", english ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL"))
                .withZone(DutchTime.ZONE).format(report.generatedAt());
        List<String> introduction = new ArrayList<>(List.of(
                t("Periode: ", "Period: ") + date.format(report.from()) + t(" t/m ", " to ") + date.format(report.to())
                        + (report.complete() ? "." : t(" (het jaar tot nu toe).", " (the year so far).")),
                t("Gemaakt op ", "Generated on ") + generated + ".",
                t("Elke tabel staat ook als CSV-bestand in het ZIP-bestand van deze rapportage.",
                        "Every table is also a CSV file in this report's ZIP file.")));
        List<ReportDocument.Section> sections = new ArrayList<>();
        sections.add(new ReportDocument.Section(t("Knelpunten", "Knelpunten"), List.of(t("In deze periode zijn ", "In this period ")
                + report.dashboard().reported() + t(" knelpunten gemeld.", " knelpunten were reported.")), pick(dashboard, KNELPUNTEN)));
        sections.add(new ReportDocument.Section(t("Tijd per niveau", "Time per level"), List.of(), pick(dashboard, TIMES)));
        sections.add(new ReportDocument.Section(t("Signalen en de antwoorden van SZW", "Signals and the ministry's answers"),
                List.of(), pick(dashboard, SIGNALS)));
        sections.add(new ReportDocument.Section(t("Communities of practice", "Communities of practice"), List.of(), cops()));
        sections.add(new ReportDocument.Section(t("Vraag en antwoord", "Questions and answers"), List.of(t(
                "Hoe vaak antwoorden gelezen worden, wordt niet geteld; de beoordelingen \u201cwas dit bruikbaar?\u201d van lezers zijn de maat voor gebruik.",
                "How often answers are read is not counted; the readers' \u201cwas this useful?\u201d ratings are the measure of use.")), qa()));
        sections.add(new ReportDocument.Section(t("Monitor", "Monitor"), report.monitor().isEmpty()
                ? List.of(t("In dit jaar is geen monitorronde geopend.", "No monitor round opened in this year.")) : List.of(), monitor()));
        sections.add(new ReportDocument.Section(t("Dekking", "Coverage"), List.of(), CoverageTables.of(report.coverage(), locale).stream()
                .map(this::table).toList()));
        return new ReportDocument(title(report.year(), english), english ? "en-GB" : "nl-NL", introduction, sections);
    }

    /** The report's title, also the start of its file names. */
    public static String title(int year, boolean english) {
        return (english ? "Annual report lerend stelsel inburgering " : "Jaarrapportage lerend stelsel inburgering ") + year;
    }

    private List<ReportDocument.Table> pick(List<StatisticsTables.Table> tables, List<String> names) {
        Map<String, StatisticsTables.Table> byName = tables.stream().collect(Collectors.toMap(StatisticsTables.Table::name, Function.identity()));
        return names.stream().filter(byName::containsKey).map(name -> table(byName.get(name))).toList();
    }

    private ReportDocument.Table table(StatisticsTables.Table table) {
        return new ReportDocument.Table(table.name(), table.title(), table.headers(), table.rows(), CHARTS.contains(table.name()));
    }

    private List<ReportDocument.Table> cops() {
        List<List<String>> rows = report.cops().stream().map(c -> List.of(c.name(), n(c.members()), n(c.posts()), n(c.meetings()),
                n(c.outcomesShared()))).toList();
        return List.of(new ReportDocument.Table("cop-activiteit", t("Activiteit per CoP", "Activity per CoP"),
                        List.of("CoP", t("Actieve leden", "Active members"), t("Berichten", "Posts"), t("Bijeenkomsten", "Meetings"),
                                t("Gedeelde opbrengsten", "Shared outcomes")), rows, false),
                counts("gedeelde-opbrengsten", t("Gedeelde opbrengsten per soort", "Shared outcomes by kind"), t("Soort", "Kind"),
                        report.sharedOutcomes(), code -> Message.of("outcome.kind." + code).in(locale)));
    }

    private List<ReportDocument.Table> qa() {
        AnnualFigures.QaFigures qa = report.qa();
        return List.of(new ReportDocument.Table("vraag-en-antwoord", t("Vraag en antwoord in dit jaar", "Questions and answers in this year"),
                        List.of(t("Cijfer", "Figure"), t("Aantal", "Number")),
                        List.of(List.of(t("Versies gepubliceerd", "Versions published"), n(qa.published())),
                                List.of(t("waarvan nieuwe antwoorden", "of which new answers"), n(qa.newAnswers())),
                                List.of(t("Vragen gesteld", "Questions asked"), n(qa.questionsAsked())),
                                List.of(t("Beoordeeld als bruikbaar", "Rated useful"), n(qa.useful())),
                                List.of(t("Beoordeeld als niet bruikbaar", "Rated not useful"), n(qa.notUseful()))), false),
                counts("vraag-en-antwoord-thema", t("Gepubliceerde versies per thema", "Versions published by theme"), t("Thema", "Theme"),
                        qa.publishedByTheme(), null));
    }

    private List<ReportDocument.Table> monitor() {
        List<ReportDocument.Table> tables = new ArrayList<>();
        tables.add(new ReportDocument.Table("monitor-respons", t("Respons per monitorronde", "Response per monitor round"),
                List.of(t("Ronde", "Round"), t("Periode", "Period"), t("Gevraagd", "Asked"), t("Geantwoord", "Answered"),
                        t("Respons (%)", "Response (%)")),
                report.monitor().stream().map(r -> List.of(r.round().getTitle(), r.round().getOpensOn() + " \u2013 " + r.round().getClosesOn(),
                        n(r.overall().asked()), n(r.overall().answered()), n(r.overall().percent()))).toList(), false));
        for (MonitorResults.Results results : report.monitor()) {
            tables.add(new ReportDocument.Table("monitor-" + results.round().getId(), t("Uitkomsten: ", "Results: ") + results.round().getTitle(),
                    List.of(t("Vraag", "Question"), t("Beantwoord", "Answered"), t("Uitkomst", "Result")),
                    results.lines().stream().map(line -> List.of(line.current().question().getText(), n(line.current().answered()),
                            outcome(line.current()))).toList(), false));
        }
        return tables;
    }

    /** A question's result in words: the options with their counts, or the mean and median, or the number of open answers. */
    private String outcome(RoundResults.QuestionResult result) {
        if (!result.options().isEmpty()) {
            return result.options().stream().map(o -> o.option() + ": " + o.count() + " (" + o.percent() + "%)")
                    .collect(Collectors.joining("; "));
        }
        if (result.mean() != null) {
            return t("gemiddelde ", "mean ") + String.format(locale, "%.1f", result.mean()) + t(", mediaan ", ", median ")
                    + String.format(locale, "%.1f", result.median());
        }
        return result.texts().size() + t(" open antwoorden", " open answers");
    }

    private ReportDocument.Table counts(String name, String caption, String what, List<Count> counts, Function<String, String> label) {
        return new ReportDocument.Table(name, caption, List.of(what, t("Aantal", "Number")), counts.stream()
                .map(c -> List.of(label == null ? c.label() : label.apply(c.code()), n(c.count()))).toList(), CHARTS.contains(name));
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private String t(String dutch, String english) {
        return this.english ? english : dutch;
    }
}
