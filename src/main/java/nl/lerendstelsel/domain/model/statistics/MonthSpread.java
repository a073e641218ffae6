package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Knelpunten reported per month of a period, spread over the themes, levels or regions (issue 29: trends per theme,
 * level and region): one row per theme (level, region) with a count per month, the months the dashboard's trend has
 * ({@link MonthCount#months}: every month of the period, empty ones included).
 */
public record MonthSpread(List<YearMonth> months, List<Row> rows) {

    /** Nothing counted, no months. */
    public static final MonthSpread NONE = new MonthSpread(List.of(), List.of());

    /** The code under which knelpunten without a key (e.g. a gemeente without a region) are counted. */
    public static final String UNKNOWN = "?";

    /** Knelpunten reported on one day under one key ({@code null}: none). */
    public record DayCount(LocalDate day, String code, long count) {
    }

    /** One theme, level or region: its code, its name and the count per month, in the order of {@link #months()}. */
    public record Row(String code, String label, List<Long> counts) {

        public Row {
            counts = List.copyOf(counts);
        }

        /** The knelpunten of the row in the whole period. */
        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    public MonthSpread {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }

    /**
     * The spread of {@code counts} over every month from {@code from} to {@code to} (days outside it left out). With
     * {@code fixed} codes, exactly those rows in that order, zeros included (e.g. every level); otherwise a row per code
     * counted, the largest total first, then by name. Names come from {@code label}; a {@code null} code counts as
     * {@link #UNKNOWN}.
     */
    public static MonthSpread of(LocalDate from, LocalDate to, List<DayCount> counts, List<String> fixed, Function<String, String> label) {
        List<YearMonth> months = MonthCount.months(from, to, Map.of(), Map.of()).stream().map(MonthCount::month).toList();
        Map<String, long[]> perCode = new LinkedHashMap<>();
        fixed.forEach(code -> perCode.put(code, new long[months.size()]));
        YearMonth first = months.get(0);
        for (DayCount count : counts) {
            if (count.day().isBefore(from) || count.day().isAfter(to)) {
                continue;
            }
            String code = count.code() == null ? UNKNOWN : count.code();
            if (!fixed.isEmpty() && !perCode.containsKey(code)) {
                continue;
            }
            int index = (int) first.until(YearMonth.from(count.day()), java.time.temporal.ChronoUnit.MONTHS);
            perCode.computeIfAbsent(code, c -> new long[months.size()])[index] += count.count();
        }
        List<Row> rows = new ArrayList<>();
        perCode.forEach((code, perMonth) -> rows.add(new Row(code, UNKNOWN.equals(code) ? UNKNOWN : label.apply(code),
                java.util.Arrays.stream(perMonth).boxed().toList())));
        if (fixed.isEmpty()) {
            rows.sort(Comparator.comparingLong(Row::total).reversed().thenComparing(Row::label));
        }
        return new MonthSpread(months, rows);
    }
}
