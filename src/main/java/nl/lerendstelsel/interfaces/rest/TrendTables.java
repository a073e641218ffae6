package nl.lerendstelsel.interfaces.rest;

import static nl.lerendstelsel.interfaces.rest.StatisticsTables.capital;
import static nl.lerendstelsel.interfaces.rest.StatisticsTables.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.MonthSpread;
import nl.lerendstelsel.domain.model.statistics.Phase;
import nl.lerendstelsel.domain.model.statistics.PhaseFigures;
import nl.lerendstelsel.domain.model.statistics.SignalSpread;
import nl.lerendstelsel.interfaces.rest.StatisticsTables.Table;

/**
 * The deeper tables of issue 29 as {@link StatisticsTables} has them: knelpunten per month per theme, level and region
 * (a row per theme, a column per month of the period and the total), signals per theme and region with the ministry's
 * decisions, and the ministry's answer time overall and per theme (from the time per level).
 */
final class TrendTables {

    private final StatisticsService.Dashboard dashboard;
    private final boolean english;

    TrendTables(StatisticsService.Dashboard dashboard, boolean english) {
        this.dashboard = dashboard;
        this.english = english;
    }

    /** The three trends: per theme, per level, per region. */
    List<Table> knelpunten() {
        return List.of(
                spread("trend-thema", t("Knelpunten per thema per maand van melding", "Knelpunten by theme per month reported"),
                        t("Thema", "Theme"), dashboard.trends().byTheme(), null),
                spread("trend-niveau", t("Knelpunten per niveau (nu) per maand van melding", "Knelpunten by level (now) per month reported"),
                        t("Niveau", "Level"), dashboard.trends().byLevel(),
                        code -> Arrays.stream(Level.values()).filter(l -> l.name().equals(code)).findFirst()
                                .map(l -> english ? l.english() : l.dutch()).orElse(code)),
                spread("trend-regio", t("Knelpunten per arbeidsmarktregio per maand van melding",
                        "Knelpunten by labour-market region per month reported"), t("Arbeidsmarktregio", "Labour-market region"),
                        dashboard.trends().byRegion(), null));
    }

    /** Signals per theme and per region with their decisions, and the ministry's answer time. */
    List<Table> signals() {
        return List.of(
                decisions("signalen-thema", t("Signalen per thema en besluit (een signaal telt onder elk thema van zijn knelpunten)",
                        "Signals by theme and decision (a signal counts under each theme of its knelpunten)"), t("Thema", "Theme"),
                        dashboard.trends().signalsByTheme()),
                decisions("signalen-regio", t("Signalen per arbeidsmarktregio en besluit (een signaal telt onder elke regio van zijn knelpunten)",
                        "Signals by labour-market region and decision (a signal counts under each region of its knelpunten)"),
                        t("Arbeidsmarktregio", "Labour-market region"), dashboard.trends().signalsByRegion()),
                answerTimes());
    }

    private Table spread(String name, String title, String what, MonthSpread spread, Function<String, String> label) {
        List<String> headers = new ArrayList<>(List.of(what));
        spread.months().forEach(month -> headers.add(StatisticsTables.month(month, english)));
        headers.add(t("Totaal", "Total"));
        List<List<String>> rows = spread.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>(List.of(capital(label == null ? row.label() : label.apply(row.code()))));
            row.counts().forEach(count -> cells.add(Long.toString(count)));
            cells.add(Long.toString(row.total()));
            return List.copyOf(cells);
        }).toList();
        return new Table(name, title, headers, rows, spread.rows().stream().map(MonthSpread.Row::code).toList());
    }

    private Table decisions(String name, String title, String what, List<SignalSpread> spread) {
        List<String> headers = new ArrayList<>(List.of(what, t("Signalen", "Signals")));
        Arrays.stream(Decision.values()).forEach(decision -> headers.add(capital(decision.in(english))));
        headers.add(t("Nog geen besluit", "No decision yet"));
        List<List<String>> rows = spread.stream().map(row -> {
            List<String> cells = new ArrayList<>(List.of(capital(row.label()), Long.toString(row.total())));
            Arrays.stream(Decision.values()).forEach(decision -> cells.add(Long.toString(row.decided().get(decision))));
            cells.add(Long.toString(row.undecided()));
            return List.copyOf(cells);
        }).toList();
        return new Table(name, title, headers, rows, spread.stream().map(SignalSpread::code).toList());
    }

    /**
     * The ministry's answer time (submission to formal answer) of the signals answered in the period: overall, then per
     * theme of their knelpunten; the {@link Phase#ANSWER} figures of the time per level. No rows when none was answered.
     */
    private Table answerTimes() {
        PhaseFigures phases = dashboard.phases();
        String unit = t(" (werkdagen)", " (working days)");
        List<List<String>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        LeadTimes overall = phases.overall().get(Phase.ANSWER);
        if (overall != null && overall.count() > 0) {
            rows.add(answerRow(t("Alle beantwoorde signalen", "All signals answered"), overall));
            codes.add(null);
            for (PhaseFigures.Row theme : phases.byTheme()) {
                LeadTimes times = theme.times().get(Phase.ANSWER);
                if (times.count() > 0) {
                    rows.add(answerRow(theme.label(), times));
                    codes.add(theme.code());
                }
            }
        }
        return new Table("signalen-antwoordtijd", t("Antwoordtijd van SZW: van indienen tot antwoord, in werkdagen",
                "Ministry's answer time: from submission to answer, in working days"),
                List.of(t("Thema", "Theme"), t("Beantwoord", "Answered"), t("Mediaan", "Median") + unit, "P80" + unit), rows, codes);
    }

    private static List<String> answerRow(String label, LeadTimes times) {
        return List.of(capital(label), Long.toString(times.count()), number(times.median()), number(times.p80()));
    }

    private String t(String dutch, String english) {
        return this.english ? english : dutch;
    }
}
