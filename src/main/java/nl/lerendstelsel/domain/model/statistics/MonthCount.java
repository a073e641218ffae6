package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Knelpunten reported and finished in one calendar month: the trend line of the dashboard. */
public record MonthCount(YearMonth month, long reported, long finished) {

    /**
     * Every month from {@code from} to {@code to} (empty months included, so a trend has no gaps), from the counts per
     * day the database grouped.
     */
    public static List<MonthCount> months(LocalDate from, LocalDate to, Map<LocalDate, Long> reportedPerDay,
                                          Map<LocalDate, Long> finishedPerDay) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(new MonthCount(month, sum(reportedPerDay, month), sum(finishedPerDay, month)));
        }
        return List.copyOf(months);
    }

    private static long sum(Map<LocalDate, Long> perDay, YearMonth month) {
        return perDay.entrySet().stream().filter(e -> YearMonth.from(e.getKey()).equals(month)).mapToLong(Map.Entry::getValue).sum();
    }
}
