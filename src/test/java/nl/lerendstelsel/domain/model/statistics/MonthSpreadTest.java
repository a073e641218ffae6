package nl.lerendstelsel.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trends per theme, level and region: every month of the period, a row per key, days outside the period left out. */
class MonthSpreadTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 15);
    private static final LocalDate TO = LocalDate.of(2026, 4, 10);

    private static MonthSpread.DayCount on(String day, String code, long count) {
        return new MonthSpread.DayCount(LocalDate.parse(day), code, count);
    }

    @Test
    void everyMonthOfThePeriodWithTheLargestTotalFirstAndDaysOutsideLeftOut() {
        MonthSpread spread = MonthSpread.of(FROM, TO, List.of(on("2026-01-20", "huisvesting", 1), on("2026-03-02", "b1-route", 2),
                on("2026-03-30", "b1-route", 1), on("2026-04-10", "huisvesting", 1), on("2026-01-14", "b1-route", 5),
                on("2026-04-11", "huisvesting", 7), on("2026-02-01", "zorg", 1)), List.of(), String::toUpperCase);
        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4)), spread.months());
        assertEquals(List.of(new MonthSpread.Row("b1-route", "B1-ROUTE", List.of(0L, 0L, 3L, 0L)),
                new MonthSpread.Row("huisvesting", "HUISVESTING", List.of(1L, 0L, 0L, 1L)),
                new MonthSpread.Row("zorg", "ZORG", List.of(0L, 1L, 0L, 0L))), spread.rows(),
                "3, 2 and 1 knelpunten in the period; by name when equal");
        assertEquals(3, spread.rows().get(0).total());
    }

    @Test
    void fixedRowsInTheirOrderWithZerosAndUnknownKeys() {
        MonthSpread levels = MonthSpread.of(FROM, TO, List.of(on("2026-02-03", "SYSTEM", 4), on("2026-02-04", "OTHER", 9)),
                List.of("EXECUTION", "LINKING", "SYSTEM"), code -> code.toLowerCase());
        assertEquals(List.of("EXECUTION", "LINKING", "SYSTEM"), levels.rows().stream().map(MonthSpread.Row::code).toList());
        assertEquals(List.of(0L, 4L, 0L, 0L), levels.rows().get(2).counts());
        assertEquals(0, levels.rows().get(0).total());
        MonthSpread regions = MonthSpread.of(FROM, TO, List.of(on("2026-02-03", null, 2)), List.of(), code -> "never asked");
        assertEquals(List.of(new MonthSpread.Row(MonthSpread.UNKNOWN, MonthSpread.UNKNOWN, List.of(0L, 2L, 0L, 0L))), regions.rows());
        assertEquals(List.of(), MonthSpread.of(FROM, TO, List.of(), List.of(), code -> code).rows());
    }
}
