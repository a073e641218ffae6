package nl.lerendstelsel.interfaces.web.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.statistics.AnnualReportService;
import nl.lerendstelsel.application.statistics.CoverageService;
import nl.lerendstelsel.application.statistics.KnelpuntenExport;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.rest.StatisticsTables;
import nl.lerendstelsel.interfaces.web.Formats;
import nl.lerendstelsel.interfaces.web.PeriodReportView;

/**
 * The monitoring dashboard ({@code /app/dashboard/index.xhtml?van=&tot=&thema=&regio=}): charts drawn by PrimeFaces
 * (Chart.js) from the same tables that are shown under each chart as its accessible alternative and offered as CSV.
 */
@Named("dashboard")
@RequestScoped
public class DashboardPage extends PeriodReportView<StatisticsService.Dashboard> {

    /** Chart colours of the Rijkshuisstijl palette, readable against white. */
    private static final String BLUE = "#01689b";
    private static final String ORANGE = "#e17000";
    private static final String GREEN = "#39870c";
    private static final int CHART_ROWS_MAX = 15;
    private static final String KNELPUNTEN = "/app/knelpunten/index.xhtml";

    @Inject
    StatisticsService service;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Formats formats;

    private String theme;
    private String region;
    private List<StatisticsTables.Table> tables;
    private CoverageService.Report coverage;
    private List<StatisticsTables.Table> coverageTables;

    @Inject
    CoverageService coverageService;

    @Override
    protected StatisticsService.Dashboard read(LocalDate from, LocalDate to, Caller caller) {
        StatisticsService.Dashboard figures = service.dashboard(from, to, theme, region, caller);
        tables = StatisticsTables.of(figures, language.getLocale());
        return figures;
    }

    /** The figures, or {@code null} with {@link #getError()} set when the filter is not valid. */
    public StatisticsService.Dashboard getFigures() {
        return report();
    }

    public List<StatisticsTables.Table> getTables() {
        getFigures();
        return tables == null ? List.of() : tables;
    }

    public StatisticsTables.Table table(String name) {
        List<StatisticsTables.Table> from = name.startsWith(CoverageTables.PREFIX) ? getCoverageTables() : getTables();
        return from.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Whether the caller may generate the annual report. */
    public boolean isMayGenerateAnnualReport() {
        return currentUser.caller().map(AnnualReportService::mayGenerate).orElse(false);
    }

    /** Whether the caller may download the raw export of knelpunten. */
    public boolean isMayExport() {
        return currentUser.caller().map(KnelpuntenExport::mayExport).orElse(false);
    }

    /** The coverage of the dashboard's period, or {@code null} when the filter is not valid. */
    public CoverageService.Report getCoverage() {
        StatisticsService.Dashboard shown = getFigures();
        if (coverage == null && shown != null) {
            coverage = coverageService.coverage(shown.filter().from(), shown.filter().to(), currentUser.caller().orElseThrow());
        }
        return coverage;
    }

    /** The coverage figures as tables. */
    public List<StatisticsTables.Table> getCoverageTables() {
        if (coverageTables == null) {
            coverageTables = getCoverage() == null ? List.of() : CoverageTables.of(getCoverage(), language.getLocale());
        }
        return coverageTables;
    }

    /**
     * The month table as the page shows it: only the months in which something was reported or finished (issue 31:
     * twelve rows of zeros hid the one month with data). The chart and the CSV keep every month.
     */
    public StatisticsTables.Table getTrendShown() {
        StatisticsTables.Table all = table("trend");
        return new StatisticsTables.Table(all.name(), all.title(), all.headers(),
                all.rows().stream().filter(DashboardPage::hasData).toList());
    }

    /** A trend per theme, level or region as the page shows it: without the months in which nothing was reported. */
    public StatisticsTables.Table shown(String name) {
        return table(name).withoutZeroColumns();
    }

    /** How many months of the period the page's month table leaves out because nothing happened in them. */
    public long getEmptyMonths() {
        return table("trend").rows().stream().filter(row -> !hasData(row)).count();
    }

    private static boolean hasData(List<String> monthRow) {
        return monthRow.stream().skip(1).anyMatch(cell -> !"0".equals(cell));
    }

    /** The list each count table's rows link to, with the parameter that takes the row's code. */
    private static final Map<String, String[]> ROW_LINKS = Map.of(
            "status", new String[] {KNELPUNTEN, "status"},
            "niveau", new String[] {KNELPUNTEN, "niveau"},
            "thema", new String[] {KNELPUNTEN, "thema"},
            "tijd-per-niveau-thema", new String[] {KNELPUNTEN, "thema"},
            "regio", new String[] {KNELPUNTEN, "regio"},
            "gemeente", new String[] {KNELPUNTEN, "gemeente"},
            "doelgroep", new String[] {KNELPUNTEN, "doelgroep"},
            "afhandelcategorie", new String[] {KNELPUNTEN, "afhandelcategorie"},
            "dekking-regio", new String[] {KNELPUNTEN, "regio"},
            "signalen-status", new String[] {"/app/signalen/index.xhtml", "status"});

    private static final Pattern REFERENCE = Pattern.compile("(KP|SIG)-\\d{4}-\\d+");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Where cell {@code column} of row {@code row} links to (without the context path), or {@code null}: a row that names
     * a knelpunt or signal (its reference first) links its reference and title to it; a row of a count table links its
     * first cell to the list filtered on what it counts (and on the dashboard's theme and region).
     */
    public String href(StatisticsTables.Table table, int row, int column) {
        List<String> cells = table.rows().get(row);
        if (column < 2 && REFERENCE.matcher(cells.get(0)).matches()) {
            return (cells.get(0).startsWith("KP-") ? KNELPUNTEN.replace("index", "detail") : "/app/signalen/signaal.xhtml")
                    + "?ref=" + cells.get(0);
        }
        // a trend per theme, level or region links its rows as the count table of the same name
        String[] list = ROW_LINKS.get(table.name().replaceFirst("^trend-", ""));
        String code = table.code(row);
        if (column != 0 || list == null || code == null || "?".equals(code) || StatisticsService.UNKNOWN.equals(code)
                || StatisticsService.NO_TARGET_GROUP.equals(code)) {
            return null;
        }
        String value = "doelgroep".equals(table.name())
                ? TargetGroup.ofCode(code).map(TargetGroup::code).orElse(code) : code;
        StringBuilder link = new StringBuilder(list[0]).append('?').append(list[1]).append('=').append(encode(value));
        StatisticsService.Dashboard shown = getFigures();
        if (KNELPUNTEN.equals(list[0]) && shown != null) {
            if (shown.filter().themeCode() != null && !"thema".equals(list[1])) {
                link.append("&thema=").append(encode(shown.filter().themeCode()));
            }
            if (shown.filter().regionCode() != null && !"regio".equals(list[1])) {
                link.append("&regio=").append(encode(shown.filter().regionCode()));
            }
        }
        return link.toString();
    }

    /**
     * A cell as people read it: whole numbers with Dutch (or English) digit grouping, days as "4 dec 2026". The first
     * column names the row (a year stays "2026").
     */
    public String cell(String value, int column) {
        if (value == null) {
            return "";
        }
        if (column > 0 && WHOLE_NUMBER.matcher(value).matches()) {
            return NumberFormat.getIntegerInstance(language.getLocale()).format(Long.parseLong(value));
        }
        if (ISO_DAY.matcher(value).matches()) {
            try {
                return formats.day(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    /** A number as people read it, e.g. "1.234". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(value);
    }

    /** The query string of the current filter, for the CSV links. */
    public String getFilterQuery() {
        StatisticsService.Dashboard shown = getFigures();
        if (shown == null) {
            return "";
        }
        StringBuilder query = new StringBuilder("&van=").append(shown.filter().from()).append("&tot=").append(shown.filter().to());
        if (shown.filter().themeCode() != null) {
            query.append("&thema=").append(encode(shown.filter().themeCode()));
        }
        if (shown.filter().regionCode() != null) {
            query.append("&regio=").append(encode(shown.filter().regionCode()));
        }
        return query.toString();
    }

    public List<Theme> getThemes() {
        return referenceData.themes();
    }

    public List<LabourMarketRegion> getRegions() {
        return referenceData.regions();
    }

    // ---- charts (Chart.js configurations as JSON for p:chart) ---------------------------------------------------

    /** A bar chart of a count table (first column the label, second the number); horizontal for long labels. */
    public String bar(String name, boolean horizontal) {
        StatisticsTables.Table table = table(name);
        List<List<String>> rows = table.rows().stream().limit(CHART_ROWS_MAX).toList();
        return chart("bar", labels(rows), List.of(dataset(table.headers().get(1), rows, 1, BLUE)), horizontal, false);
    }

    /** Reported and finished per month. */
    public String getTrendChart() {
        StatisticsTables.Table table = table("trend");
        return chart("line", labels(table.rows()), List.of(dataset(table.headers().get(1), table.rows(), 1, BLUE),
                dataset(table.headers().get(2), table.rows(), 2, GREEN)), false, true);
    }

    /**
     * A bar chart of the third and fourth columns of a table per row: the median and a percentile, of the lead time per
     * level ({@code doorlooptijd}) or of the time per level ({@code tijd-per-niveau}); a dash counts as 0.
     */
    public String percentiles(String name) {
        StatisticsTables.Table table = table(name);
        List<List<String>> rows = table.rows().stream().map(r -> r.stream().map(c -> "–".equals(c) ? "0" : c).toList()).toList();
        return chart("bar", labels(rows), List.of(dataset(table.headers().get(2), rows, 2, BLUE),
                dataset(table.headers().get(3), rows, 3, ORANGE)), false, true);
    }

    private static JsonArrayBuilder labels(List<List<String>> rows) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.get(0)));
        return labels;
    }

    private static JsonObjectBuilder dataset(String label, List<List<String>> rows, int column, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(Long.parseLong(r.get(column))));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).add("borderColor", colour);
    }

    private static String chart(String type, JsonArrayBuilder labels, List<JsonObjectBuilder> datasets, boolean horizontal, boolean legend) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", Json.createObjectBuilder()
                        .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
