package nl.lerendstelsel.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Days grouped by the database become months, without gaps, across a year boundary. */
class MonthCountTest {

    @Test
    void everyMonthOfThePeriodWithItsCounts() {
        List<MonthCount> months = MonthCount.months(LocalDate.of(2026, 11, 15), LocalDate.of(2027, 2, 3),
                Map.of(LocalDate.of(2026, 11, 20), 3L, LocalDate.of(2026, 11, 30), 2L, LocalDate.of(2027, 2, 1), 1L),
                Map.of(LocalDate.of(2027, 1, 31), 4L));
        assertEquals(List.of(new MonthCount(YearMonth.of(2026, 11), 5, 0), new MonthCount(YearMonth.of(2026, 12), 0, 0),
                new MonthCount(YearMonth.of(2027, 1), 0, 4), new MonthCount(YearMonth.of(2027, 2), 1, 0)), months);
    }

    @Test
    void oneDayIsOneMonth() {
        assertEquals(1, MonthCount.months(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5), Map.of(), Map.of()).size());
        assertThrows(IllegalArgumentException.class,
                () -> MonthCount.months(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 5), Map.of(), Map.of()));
    }
}
