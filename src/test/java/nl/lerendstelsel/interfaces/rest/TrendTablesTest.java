package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.statistics.MonthSpread;
import nl.lerendstelsel.domain.model.statistics.SignalSpread;
import nl.lerendstelsel.domain.model.statistics.Trends;
import org.junit.jupiter.api.Test;

/** The trends per theme, level and region and the signals per theme and region as tables: a column per month plus the total. */
class TrendTablesTest {

    private static StatisticsService.Dashboard withTrends() {
        StatisticsService.Dashboard d = StatisticsTablesTest.dashboard(); // October and November 2026
        LocalDate from = d.filter().from();
        LocalDate to = d.filter().to();
        List<MonthSpread.DayCount> themes = List.of(new MonthSpread.DayCount(LocalDate.of(2026, 10, 5), "b1-route", 1234),
                new MonthSpread.DayCount(LocalDate.of(2026, 11, 5), "b1-route", 2));
        Trends trends = new Trends(MonthSpread.of(from, to, themes, List.of(), code -> "B1-route"),
                MonthSpread.of(from, to, List.of(new MonthSpread.DayCount(LocalDate.of(2026, 11, 2), "LINKING", 3)),
                        List.of("EXECUTION", "LINKING", "SYSTEM"), code -> code),
                MonthSpread.of(from, to, List.of(), List.of(), code -> code),
                SignalSpread.of(List.of(new SignalSpread.KeyedCount("b1-route", Decision.DEELS_OVERGENOMEN, 2),
                        new SignalSpread.KeyedCount("b1-route", null, 1)), code -> "B1-route"),
                List.of());
        return new StatisticsService.Dashboard(d.filter(), d.scopedToCops(), d.generatedAt(), d.reported(), d.byStatus(), d.byLevel(),
                d.byTheme(), d.byRegion(), d.byGemeente(), d.trend(), d.leadTimes(), d.outcomes(), d.overdue(), d.overdueTotal(),
                d.mostSupported(), d.signalsByStatus(), d.signalsByDecision(), d.overdueSignals(), d.signalFollowUp(), d.expiredAnswers(),
                d.byTargetGroup(), d.phases(), trends);
    }

    @Test
    void aRowPerThemeLevelOrRegionAColumnPerMonthAndTheTotal() {
        Locale dutch = Locale.forLanguageTag("nl");
        StatisticsTables.Table themes = StatisticsTables.named(withTrends(), dutch, "trend-thema").orElseThrow();
        assertEquals(List.of("Thema", "Oktober 2026", "November 2026", "Totaal"), themes.headers());
        assertEquals(List.of(List.of("B1-route", "1234", "2", "1236")), themes.rows());
        assertEquals("b1-route", themes.code(0));
        StatisticsTables.Table levels = StatisticsTables.named(withTrends(), dutch, "trend-niveau").orElseThrow();
        assertEquals(List.of(List.of("Uitvoeringsniveau", "0", "0", "0"), List.of("Schakelniveau", "0", "3", "3"),
                List.of("Stelselniveau", "0", "0", "0")), levels.rows());
        assertEquals(List.of(List.of("Execution level", "0", "0", "0")),
                StatisticsTables.named(withTrends(), Locale.ENGLISH, "trend-niveau").orElseThrow().rows().subList(0, 1));
        assertEquals("LINKING", levels.code(1));
        assertEquals(List.of(), StatisticsTables.named(withTrends(), dutch, "trend-regio").orElseThrow().rows());
        // the page leaves out the months in which nothing was reported, the total stays
        StatisticsTables.Table shown = levels.withoutZeroColumns();
        assertEquals(List.of("Niveau", "November 2026", "Totaal"), shown.headers());
        assertEquals(List.of("Uitvoeringsniveau", "0", "0"), shown.rows().get(0));
        assertEquals("LINKING", shown.code(1));
    }

    @Test
    void signalsPerThemeWithEveryDecisionAndThoseWithoutOne() {
        StatisticsTables.Table signals = StatisticsTables.named(withTrends(), Locale.forLanguageTag("nl"), "signalen-thema").orElseThrow();
        assertEquals(List.of("Thema", "Signalen", "Overgenomen", "Deels overgenomen", "Niet overgenomen", "Doorverwezen", "Nog geen besluit"),
                signals.headers());
        assertEquals(List.of(List.of("B1-route", "3", "0", "2", "0", "0", "1")), signals.rows());
        assertEquals("No decision yet",
                StatisticsTables.named(withTrends(), Locale.ENGLISH, "signalen-thema").orElseThrow().headers().get(6));
        assertEquals(List.of(), StatisticsTables.named(withTrends(), Locale.ENGLISH, "signalen-regio").orElseThrow().rows());
    }
}
