package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.Phase;
import nl.lerendstelsel.domain.model.statistics.PhaseFigures;
import nl.lerendstelsel.domain.model.statistics.PhaseSpan;
import nl.lerendstelsel.domain.model.statistics.MonthCount;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import org.junit.jupiter.api.Test;

/** The dashboard's tables: one per figure, in page order, labelled in Dutch or English, with a dash for no data. */
class StatisticsTablesTest {

    static StatisticsService.Dashboard dashboard() {
        Map<Level, LeadTimes> leadTimes = new EnumMap<>(Level.class);
        leadTimes.put(Level.EXECUTION, new LeadTimes(4, 3, 10, 12));
        leadTimes.put(Level.LINKING, LeadTimes.NONE);
        leadTimes.put(Level.SYSTEM, LeadTimes.NONE);
        return new StatisticsService.Dashboard(new StatisticsFilter(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), null, null, null),
                false, Instant.parse("2026-11-26T10:00:00Z"), 7,
                List.of(new Count("GEMELD", "gemeld", 4), new Count("OPGELOST", "opgelost", 3)),
                List.of(new Count("EXECUTION", "uitvoeringsniveau", 7)),
                List.of(new Count("b1-route", "B1-route", 7)), List.of(new Count("AMR01", "Groningen", 7)),
                List.of(new Count("GM0014", "Groningen", 7)),
                List.of(new MonthCount(YearMonth.of(2026, 10), 5, 1), new MonthCount(YearMonth.of(2026, 11), 2, 3)),
                leadTimes, new StatisticsService.Outcomes(3, 1), List.of(), 0, List.of(),
                List.of(new Count("INGEDIEND", "ingediend", 2)), List.of(), List.of(),
                List.of(new Count("GEREALISEERD", "gerealiseerd", 1), new Count("TE_LAAT", "over de verwachte datum", 2),
                        new Count("LOPEND", "lopend", 0)), 0);
    }

    @Test
    void everyFigureIsATableInPageOrder() {
        assertEquals(List.of("status", "niveau", "trend", "thema", "regio", "gemeente", "trend-thema", "trend-niveau", "trend-regio", "doelgroep", "doorlooptijd", "afloop", "afhandelcategorie",
                "te-laat",
                "meeste-steun", "tijd-per-niveau", "tijd-per-niveau-thema", "tijd-per-niveau-periode", "signalen-status", "signalen-besluit", "signalen-thema", "signalen-regio", "signalen-antwoordtijd", "signalen-opvolging", "signalen-te-laat"),
                StatisticsTables.of(dashboard(), Locale.forLanguageTag("nl")).stream().map(StatisticsTables.Table::name).toList());
    }

    @Test
    void dutchLabelsWithCapitalsAndDashesForNoData() {
        StatisticsTables.Table status = StatisticsTables.named(dashboard(), Locale.forLanguageTag("nl"), "status").orElseThrow();
        assertEquals(List.of("Status", "Aantal"), status.headers());
        assertEquals(List.of(List.of("Gemeld", "4"), List.of("Opgelost", "3")), status.rows());
        StatisticsTables.Table leadTimes = StatisticsTables.named(dashboard(), Locale.forLanguageTag("nl"), "doorlooptijd").orElseThrow();
        assertEquals(List.of("Uitvoeringsniveau", "4", "3", "12"), leadTimes.rows().get(0));
        assertEquals(List.of("Schakelniveau", "0", "–", "–"), leadTimes.rows().get(1));
        Map<String, List<String>> outcome = byFirstCell(
                StatisticsTables.named(dashboard(), Locale.forLanguageTag("nl"), "afloop").orElseThrow());
        assertEquals("75", outcome.get("Aandeel opgelost met terugkoppeling (%)").get(1));
        assertEquals(List.of("Oktober 2026", "5", "1"),
                StatisticsTables.named(dashboard(), Locale.forLanguageTag("nl"), "trend").orElseThrow().rows().get(0));
    }

    @Test
    void englishForAnEnglishReader() {
        StatisticsTables.Table status = StatisticsTables.named(dashboard(), Locale.ENGLISH, "status").orElseThrow();
        assertEquals("Knelpunten by status", status.title());
        assertEquals(List.of("Reported", "4"), status.rows().get(0));
        assertEquals(List.of("Submitted", "2"),
                StatisticsTables.named(dashboard(), Locale.ENGLISH, "signalen-status").orElseThrow().rows().get(0));
    }

    @Test
    void followUpRealisedOverdueAndRunningAndInterimAnswersApartFromDecisions() {
        assertEquals(List.of(List.of("Gerealiseerd", "1"), List.of("Over de verwachte datum, niet gerealiseerd", "2"),
                List.of("Lopend", "0")),
                StatisticsTables.named(dashboard(), Locale.forLanguageTag("nl"), "signalen-opvolging").orElseThrow().rows());
        assertEquals(List.of("Realised", "1"),
                StatisticsTables.named(dashboard(), Locale.ENGLISH, "signalen-opvolging").orElseThrow().rows().get(0));
        StatisticsService.Dashboard d = dashboard();
        StatisticsService.Dashboard withInterim = new StatisticsService.Dashboard(d.filter(), d.scopedToCops(), d.generatedAt(),
                d.reported(), d.byStatus(), d.byLevel(), d.byTheme(), d.byRegion(), d.byGemeente(), d.trend(), d.leadTimes(),
                d.outcomes(), d.overdue(), d.overdueTotal(), d.mostSupported(), d.signalsByStatus(),
                List.of(new Count("OVERGENOMEN", "overgenomen", 1), new Count("TUSSENBERICHT", "tussenbericht, nog geen besluit", 2)),
                d.overdueSignals(), d.signalFollowUp(), d.expiredAnswers());
        assertEquals(List.of(List.of("Overgenomen", "1"), List.of("Tussenbericht, nog geen besluit", "2")),
                StatisticsTables.named(withInterim, Locale.forLanguageTag("nl"), "signalen-besluit").orElseThrow().rows());
        assertEquals(List.of("Interim answer, no decision yet", "2"),
                StatisticsTables.named(withInterim, Locale.ENGLISH, "signalen-besluit").orElseThrow().rows().get(1));
    }

    @Test
    void timePerLevelPerPhaseThemeAndMonthWithoutRowsWhenNoPhaseEnded() {
        StatisticsService.Dashboard d = dashboard();
        Locale dutch = Locale.forLanguageTag("nl");
        for (String name : List.of("tijd-per-niveau", "tijd-per-niveau-thema", "tijd-per-niveau-periode", "signalen-antwoordtijd")) {
            assertEquals(List.of(), StatisticsTables.named(d, dutch, name).orElseThrow().rows(), name);
        }
        // Monday 5 to Wednesday 7 October 2026: 2 working days; Thursday 1 October to Monday 2 November: 22
        PhaseFigures phases = PhaseFigures.of(List.of(
                new PhaseSpan(Phase.EXECUTION, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 7), Set.of("b1-route")),
                new PhaseSpan(Phase.ANSWER, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2), Set.of("b1-route"))),
                d.filter().from(), d.filter().to(), WorkingDayCalendar.statutory(), code -> "B1-route");
        StatisticsService.Dashboard withPhases = new StatisticsService.Dashboard(d.filter(), d.scopedToCops(), d.generatedAt(),
                d.reported(), d.byStatus(), d.byLevel(), d.byTheme(), d.byRegion(), d.byGemeente(), d.trend(), d.leadTimes(),
                d.outcomes(), d.overdue(), d.overdueTotal(), d.mostSupported(), d.signalsByStatus(), d.signalsByDecision(),
                d.overdueSignals(), d.signalFollowUp(), d.expiredAnswers(), d.byTargetGroup(), phases,
                nl.lerendstelsel.domain.model.statistics.Trends.NONE);
        StatisticsTables.Table perPhase = StatisticsTables.named(withPhases, dutch, "tijd-per-niveau").orElseThrow();
        assertEquals(List.of("Fase", "Afgerond", "Mediaan (werkdagen)", "P80 (werkdagen)"), perPhase.headers());
        assertEquals(List.of(List.of("Uitvoeringsniveau", "1", "2", "2"), List.of("Schakelniveau", "0", "–", "–"),
                List.of("Stelselniveau", "0", "–", "–"), List.of("SZW: ontvangstbevestiging", "0", "–", "–"),
                List.of("SZW: antwoord", "1", "22", "22")), perPhase.rows());
        StatisticsTables.Table perTheme = StatisticsTables.named(withPhases, dutch, "tijd-per-niveau-thema").orElseThrow();
        assertEquals(11, perTheme.headers().size());
        assertEquals("Uitvoeringsniveau: mediaan", perTheme.headers().get(1));
        assertEquals(List.of(List.of("B1-route", "2", "2", "–", "–", "–", "–", "–", "–", "22", "22")), perTheme.rows());
        assertEquals("b1-route", perTheme.code(0));
        StatisticsTables.Table perMonth = StatisticsTables.named(withPhases, dutch, "tijd-per-niveau-periode").orElseThrow();
        assertEquals("Maand", perMonth.headers().get(0));
        assertEquals(List.of("Oktober 2026", "2", "2", "–", "–", "–", "–", "–", "–", "–", "–"), perMonth.rows().get(0));
        assertEquals(List.of("November 2026", "–", "–", "–", "–", "–", "–", "–", "–", "22", "22"), perMonth.rows().get(1));
        // the ministry's answer time: overall, then per theme of the signals' knelpunten
        StatisticsTables.Table answers = StatisticsTables.named(withPhases, dutch, "signalen-antwoordtijd").orElseThrow();
        assertEquals(List.of(List.of("Alle beantwoorde signalen", "1", "22", "22"), List.of("B1-route", "1", "22", "22")), answers.rows());
        assertEquals("b1-route", answers.code(1));
        StatisticsTables.Table english = StatisticsTables.named(withPhases, Locale.ENGLISH, "tijd-per-niveau").orElseThrow();
        assertEquals(List.of("Ministry: answer", "1", "22", "22"), english.rows().get(4));
        assertEquals("Execution level: median",
                StatisticsTables.named(withPhases, Locale.ENGLISH, "tijd-per-niveau-thema").orElseThrow().headers().get(1));
    }

    private static Map<String, List<String>> byFirstCell(StatisticsTables.Table table) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        table.rows().forEach(row -> rows.put(row.get(0), row));
        return rows;
    }
}
