package nl.lerendstelsel.interfaces.web.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.lerendstelsel.application.statistics.CoverageService;
import nl.lerendstelsel.domain.model.statistics.Coverage;
import nl.lerendstelsel.domain.model.statistics.Participation;
import nl.lerendstelsel.interfaces.rest.StatisticsTables;

/**
 * The coverage figures as captioned tables in Dutch or English, for the dashboard's coverage section and its CSV: the
 * country ({@code dekking}), per labour-market region, per province and per year.
 */
final class CoverageTables {

    /** The prefix of the names of the coverage tables. */
    static final String PREFIX = "dekking";

    private final boolean english;

    private CoverageTables(Locale locale) {
        this.english = "en".equals(locale.getLanguage());
    }

    static List<StatisticsTables.Table> of(CoverageService.Report report, Locale locale) {
        return new CoverageTables(locale).all(report);
    }

    private List<StatisticsTables.Table> all(CoverageService.Report report) {
        Coverage.Row nl = report.overall();
        List<List<String>> overall = new ArrayList<>();
        for (Participation kind : Participation.values()) {
            overall.add(List.of(capital(kind.in(english)), Integer.toString(nl.count(kind)), percentage(nl.percentage(kind))));
        }
        overall.add(List.of(t("Op enige wijze", "In any way"), Integer.toString(nl.any()), percentage(nl.anyPercentage())));
        List<StatisticsTables.Table> tables = new ArrayList<>();
        tables.add(new StatisticsTables.Table(PREFIX, t("Gemeenten die deelnemen, van de " + nl.gemeenten(),
                "Municipalities taking part, of " + nl.gemeenten()), List.of(t("Deelname", "Taking part"),
                t("Gemeenten", "Municipalities"), t("Aandeel (%)", "Share (%)")), overall));
        tables.add(grouped(PREFIX + "-regio", t("Deelname per arbeidsmarktregio", "Taking part by labour-market region"),
                t("Arbeidsmarktregio", "Labour-market region"), report.perRegion(), Coverage.Row::name, true));
        tables.add(grouped(PREFIX + "-provincie", t("Deelname per provincie", "Taking part by province"),
                t("Provincie", "Province"), report.perProvince(), Coverage.Row::name, false));
        tables.add(grouped(PREFIX + "-jaar", t("Deelname per jaar (het lopende jaar tot de einddatum)",
                "Taking part by year (the current year up to the end date)"), t("Jaar", "Year"),
                report.perYear().stream().map(CoverageService.Year::row).toList(), Coverage.Row::name, false));
        return List.copyOf(tables);
    }

    private StatisticsTables.Table grouped(String name, String title, String what, List<Coverage.Row> rows,
                                           Function<Coverage.Row, String> label, boolean codes) {
        List<String> headers = new ArrayList<>(List.of(what, t("Gemeenten", "Municipalities")));
        for (Participation kind : Participation.values()) {
            headers.add(capital(kind.in(english)));
        }
        headers.add(t("Op enige wijze", "In any way"));
        headers.add(t("Aandeel (%)", "Share (%)"));
        List<List<String>> cells = rows.stream().map(row -> {
            List<String> line = new ArrayList<>(List.of(label.apply(row), Integer.toString(row.gemeenten())));
            for (Participation kind : Participation.values()) {
                line.add(Integer.toString(row.count(kind)));
            }
            line.add(Integer.toString(row.any()));
            line.add(percentage(row.anyPercentage()));
            return List.copyOf(line);
        }).toList();
        return new StatisticsTables.Table(name, title, List.copyOf(headers), cells,
                codes ? rows.stream().map(Coverage.Row::code).toList() : List.of());
    }

    private static String percentage(Integer value) {
        return value == null ? "–" : value.toString();
    }

    private static String capital(String label) {
        return label == null || label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private String t(String dutch, String english) {
        return this.english ? english : dutch;
    }
}
