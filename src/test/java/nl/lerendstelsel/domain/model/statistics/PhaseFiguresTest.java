package nl.lerendstelsel.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** Phases counted in working days in the period, theme and month or quarter in which they ended. */
class PhaseFiguresTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.statutory();
    private static final Map<String, String> THEMES = Map.of("taal", "Taal", "huisvesting", "Huisvesting");

    @Test
    void workingDaysLeaveOutWeekendsAndHolidays() {
        // Monday 26 May 2025 to Monday 2 June: Ascension Day (29 May) and the weekend do not count: 4 working days
        // Friday 6 June to Wednesday 11 June: the weekend and Whit Monday (9 June) do not count: 2 working days
        PhaseFigures figures = PhaseFigures.of(List.of(
                span(Phase.EXECUTION, "2025-05-26", "2025-06-02", "taal"),
                span(Phase.EXECUTION, "2025-06-06", "2025-06-11", "taal")), day("2025-05-01"), day("2025-06-30"), CALENDAR, THEMES::get);
        assertEquals(new LeadTimes(2, 2, 4, 4), figures.overall().get(Phase.EXECUTION));
        assertEquals(LeadTimes.NONE, figures.overall().get(Phase.LINKING));
    }

    @Test
    void aPhaseCountsInThePeriodInWhichItEnded() {
        PhaseFigures figures = PhaseFigures.of(List.of(
                span(Phase.LINKING, "2024-12-02", "2025-01-06", "taal"),
                span(Phase.LINKING, "2025-06-23", "2025-07-01", "taal")), day("2025-01-01"), day("2025-06-30"), CALENDAR, THEMES::get);
        // 3 Dec 2024 – 6 Jan 2025: 22 working days (Christmas, Boxing Day and New Year's Day left out)
        assertEquals(new LeadTimes(1, 22, 22, 22), figures.overall().get(Phase.LINKING));
        assertEquals(1, figures.monthsPerRow(), "six months: per month");
        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"),
                figures.overTime().stream().map(PhaseFigures.Row::code).toList());
        assertEquals(1, figures.overTime().get(0).times().get(Phase.LINKING).count());
        assertEquals(0, figures.overTime().get(5).times().get(Phase.LINKING).count(), "ended in July");
    }

    @Test
    void perThemeAndPerQuarterWithASignalUnderEachOfItsThemes() {
        PhaseFigures figures = PhaseFigures.of(List.of(
                span(Phase.EXECUTION, "2025-03-03", "2025-03-10", "huisvesting"),
                span(Phase.EXECUTION, "2025-02-03", "2025-02-12", "huisvesting"),
                span(Phase.EXECUTION, "2025-10-06", "2025-10-08", "taal"),
                new PhaseSpan(Phase.ACKNOWLEDGEMENT, day("2025-03-12"), day("2025-03-14"), Set.of("taal", "huisvesting"))),
                day("2025-01-15"), day("2025-12-31"), CALENDAR, THEMES::get);
        assertEquals(3, figures.monthsPerRow(), "a year: per quarter");
        assertEquals(List.of("2025-01", "2025-04", "2025-07", "2025-10"), figures.overTime().stream().map(PhaseFigures.Row::code).toList());
        assertEquals(new LeadTimes(2, 5, 7, 7), figures.overTime().get(0).times().get(Phase.EXECUTION));
        assertEquals(new LeadTimes(1, 2, 2, 2), figures.overTime().get(3).times().get(Phase.EXECUTION));
        assertEquals(new LeadTimes(1, 2, 2, 2), figures.overall().get(Phase.ACKNOWLEDGEMENT), "the signal counts once overall");
        assertEquals(List.of("Huisvesting", "Taal"), figures.byTheme().stream().map(PhaseFigures.Row::label).toList());
        assertEquals(new LeadTimes(2, 5, 7, 7), figures.byTheme().get(0).times().get(Phase.EXECUTION));
        assertEquals(1, figures.byTheme().get(0).times().get(Phase.ACKNOWLEDGEMENT).count(), "and under each of its themes");
        assertEquals(1, figures.byTheme().get(1).times().get(Phase.ACKNOWLEDGEMENT).count());
    }

    @Test
    void nothingEndedIsEmpty() {
        PhaseFigures figures = PhaseFigures.of(List.of(span(Phase.SYSTEM, "2025-01-06", "2025-08-01", "taal")),
                day("2025-01-01"), day("2025-06-30"), CALENDAR, THEMES::get);
        assertTrue(figures.isEmpty());
        assertTrue(figures.byTheme().isEmpty() && figures.overTime().isEmpty());
        assertTrue(PhaseFigures.NONE.isEmpty());
    }

    private static PhaseSpan span(Phase phase, String start, String end, String theme) {
        return new PhaseSpan(phase, day(start), day(end), Set.of(theme));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
