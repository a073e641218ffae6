package nl.lerendstelsel.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar.Holiday;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar.LiberationDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar statutory = WorkingDayCalendar.statutory();

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "1818, 1818-03-22", "1943, 1943-04-25", "1961, 1961-04-02", "2000, 2000-04-23", "2008, 2008-03-23",
            "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21", "2038, 2038-04-25",
            "2285, 2285-03-22"})
    void easterIsComputed(int year, LocalDate easter) {
        assertEquals(easter, WorkingDayCalendar.easterSunday(year));
    }

    @Test
    void easterIsAlwaysASundayBetween22MarchAnd25April() {
        for (int year = 1700; year <= 2400; year++) {
            LocalDate easter = WorkingDayCalendar.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "Easter " + year);
            assertFalse(easter.isBefore(LocalDate.of(year, 3, 22)), "Easter " + year);
            assertFalse(easter.isAfter(LocalDate.of(year, 4, 25)), "Easter " + year);
        }
    }

    @Test
    void theHolidaysOf2026() {
        assertEquals(List.of(
                        "2026-01-01 Nieuwjaarsdag", "2026-04-05 Eerste Paasdag", "2026-04-06 Tweede Paasdag",
                        "2026-04-27 Koningsdag", "2026-05-05 Bevrijdingsdag", "2026-05-14 Hemelvaartsdag",
                        "2026-05-24 Eerste Pinksterdag", "2026-05-25 Tweede Pinksterdag", "2026-12-25 Eerste Kerstdag",
                        "2026-12-26 Tweede Kerstdag"),
                statutory.holidays(2026).stream().map(h -> h.date() + " " + h.dutch()).toList());
    }

    @Test
    void koningsdagMovesToSaturdayWhenThe27thIsASunday() {
        assertTrue(statutory.holiday(LocalDate.of(2025, 4, 26)).map(Holiday::dutch).orElse("").equals("Koningsdag"));
        assertTrue(statutory.holiday(LocalDate.of(2025, 4, 27)).isEmpty());
        assertTrue(statutory.holiday(LocalDate.of(2031, 4, 26)).isPresent(), "27 April 2031 is a Sunday");
        for (int year = 2014; year <= 2200; year++) {
            LocalDate kingsDay = statutory.holidays(year).stream().filter(h -> h.dutch().equals("Koningsdag"))
                    .findFirst().orElseThrow().date();
            assertTrue(kingsDay.getDayOfWeek() != DayOfWeek.SUNDAY, "Koningsdag " + year);
        }
    }

    @Test
    void goodFridayAndLiberationDayAreOptions() {
        LocalDate goodFriday2026 = LocalDate.of(2026, 4, 3);
        assertTrue(statutory.isWorkingDay(goodFriday2026));
        assertFalse(new WorkingDayCalendar(true, LiberationDay.ELK_JAAR).isWorkingDay(goodFriday2026));

        WorkingDayCalendar lustrum = new WorkingDayCalendar(false, LiberationDay.LUSTRUM);
        assertFalse(lustrum.isWorkingDay(LocalDate.of(2025, 5, 5)), "2025 is a lustrum year");
        assertTrue(lustrum.isWorkingDay(LocalDate.of(2026, 5, 5)));
        assertFalse(statutory.isWorkingDay(LocalDate.of(2026, 5, 5)));
        assertTrue(new WorkingDayCalendar(false, LiberationDay.NOOIT).isWorkingDay(LocalDate.of(2030, 5, 6)));
        assertTrue(new WorkingDayCalendar(false, LiberationDay.NOOIT).isWorkingDay(LocalDate.of(2026, 5, 5)));
    }

    @Test
    void weekendsAndHolidaysAreSkipped() {
        // Friday 18 December 2026 + 5 working days: 21, 22, 23, 24 December, then 28 December (25/26 Christmas, weekend).
        assertEquals(LocalDate.of(2026, 12, 28), statutory.plusWorkingDays(LocalDate.of(2026, 12, 18), 5));
        // Thursday 2 April 2026 + 2: Friday 3 April (Goede Vrijdag works), then Tuesday 7 April (Easter Monday off).
        assertEquals(LocalDate.of(2026, 4, 7), statutory.plusWorkingDays(LocalDate.of(2026, 4, 2), 2));
        // Around Koningsdag, Bevrijdingsdag, Hemelvaart and Pinksteren 2026.
        assertEquals(LocalDate.of(2026, 5, 26), statutory.plusWorkingDays(LocalDate.of(2026, 4, 24), 18));
        assertEquals(LocalDate.of(2026, 11, 20), statutory.plusWorkingDays(LocalDate.of(2026, 11, 20), 0));
        assertEquals(10, statutory.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 4)));
        assertEquals(-10, statutory.workingDaysBetween(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 11, 20)));
        assertEquals(0, statutory.workingDaysBetween(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22)), "a weekend");
        assertEquals(LocalDate.of(2026, 11, 13), statutory.plusWorkingDays(LocalDate.of(2026, 11, 20), -5));
    }

    @Test
    void plusAndBetweenAreInverseOverAHundredYears() {
        Random random = new Random(20261122);
        for (int i = 0; i < 5_000; i++) {
            LocalDate start = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 100));
            int days = random.nextInt(60);
            LocalDate end = statutory.plusWorkingDays(start, days);
            assertEquals(days, statutory.workingDaysBetween(start, end), start + " + " + days);
            if (days > 0) {
                assertTrue(statutory.isWorkingDay(end), start + " + " + days + " lands on a working day");
            }
        }
    }

    @Test
    void everyYearHasBetween250And262WorkingDays() {
        for (int year = 1950; year <= 2100; year++) {
            int working = statutory.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
            assertTrue(working >= 249 && working <= 262, year + ": " + working);
        }
    }
}
