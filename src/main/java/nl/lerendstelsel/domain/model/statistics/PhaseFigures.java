package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;

/**
 * The time spent per level (issue 29) in a period: per {@link Phase} the phases that ended in the period, their number,
 * median and percentiles in working days ({@link LeadTimes}); the same per theme, and per quarter of the period (per month
 * when the period spans at most {@value #MONTHS_MAX} months). A phase counts in the period, theme row and quarter in
 * which it ended; a signal's phase counts once overall and under each theme of its knelpunten.
 */
public record PhaseFigures(Map<Phase, LeadTimes> overall, List<Row> byTheme, List<Row> overTime, int monthsPerRow) {

    /** Periods of at most this many months are shown per month, longer ones per quarter. */
    public static final int MONTHS_MAX = 6;

    /** Nothing ended. */
    public static final PhaseFigures NONE = new PhaseFigures(times(Map.of()), List.of(), List.of(), 1);

    /** One row of a table: a theme (code and name) or a month or quarter (code: its first month, e.g. {@code 2026-04}). */
    public record Row(String code, String label, Map<Phase, LeadTimes> times) {

        public Row {
            times = Map.copyOf(times);
        }
    }

    public PhaseFigures {
        overall = Map.copyOf(overall);
        byTheme = List.copyOf(byTheme);
        overTime = List.copyOf(overTime);
    }

    /** Whether any phase ended in the period. */
    public boolean isEmpty() {
        return overall.values().stream().allMatch(t -> t.count() == 0);
    }

    /**
     * The figures of the phases that ended from {@code from} up to and including {@code to}, in working days of
     * {@code calendar}; themes are named by {@code themeName} and sorted by name.
     */
    public static PhaseFigures of(List<PhaseSpan> spans, LocalDate from, LocalDate to, WorkingDayCalendar calendar,
                                  Function<String, String> themeName) {
        int monthsPerRow = months(from, to) <= MONTHS_MAX ? 1 : 3;
        Map<Phase, Map<Integer, Long>> overall = new EnumMap<>(Phase.class);
        Map<String, Map<Phase, Map<Integer, Long>>> perTheme = new HashMap<>();
        Map<YearMonth, Map<Phase, Map<Integer, Long>>> perRow = new LinkedHashMap<>();
        for (YearMonth month = first(YearMonth.from(from), monthsPerRow); !month.isAfter(YearMonth.from(to));
             month = month.plusMonths(monthsPerRow)) {
            perRow.put(month, new EnumMap<>(Phase.class));
        }
        for (PhaseSpan span : spans) {
            if (span.end().isBefore(from) || span.end().isAfter(to)) {
                continue;
            }
            int days = Math.max(0, calendar.workingDaysBetween(span.start(), span.end()));
            add(overall, span.phase(), days);
            span.themes().forEach(theme -> add(perTheme.computeIfAbsent(theme, t -> new EnumMap<>(Phase.class)), span.phase(), days));
            add(perRow.get(first(YearMonth.from(span.end()), monthsPerRow)), span.phase(), days);
        }
        if (overall.isEmpty()) {
            return new PhaseFigures(times(Map.of()), List.of(), List.of(), monthsPerRow);
        }
        List<Row> themes = new ArrayList<>();
        perTheme.forEach((code, histograms) -> themes.add(new Row(code, themeName.apply(code), times(histograms))));
        themes.sort(Comparator.comparing(Row::label).thenComparing(Row::code));
        List<Row> overTime = new ArrayList<>();
        perRow.forEach((month, histograms) -> overTime.add(new Row(month.toString(), month.toString(), times(histograms))));
        return new PhaseFigures(times(overall), themes, overTime, monthsPerRow);
    }

    private static void add(Map<Phase, Map<Integer, Long>> histograms, Phase phase, int days) {
        histograms.computeIfAbsent(phase, p -> new HashMap<>()).merge(days, 1L, Long::sum);
    }

    /** Every phase with its figures, {@link LeadTimes#NONE} where none ended. */
    private static Map<Phase, LeadTimes> times(Map<Phase, Map<Integer, Long>> histograms) {
        Map<Phase, LeadTimes> times = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            times.put(phase, LeadTimes.of(histograms.getOrDefault(phase, Map.of())));
        }
        return times;
    }

    /** The first month of the row that holds {@code month}: itself, or the first of its quarter. */
    private static YearMonth first(YearMonth month, int monthsPerRow) {
        return month.withMonth((month.getMonthValue() - 1) / monthsPerRow * monthsPerRow + 1);
    }

    /** How many calendar months the period touches. */
    private static long months(LocalDate from, LocalDate to) {
        return YearMonth.from(from).until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1;
    }
}
