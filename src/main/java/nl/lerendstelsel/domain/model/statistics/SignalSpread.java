package nl.lerendstelsel.domain.model.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.lerendstelsel.domain.model.signal.Decision;

/**
 * Signals submitted in a period counted under one theme or region of their knelpunten (issue 29: signals by theme and
 * region): how many, how many per decision of the ministry, and how many without a decision yet. A signal counts once
 * under each theme (region) of its knelpunten, so rows may add up to more than the signals submitted.
 */
public record SignalSpread(String code, String label, Map<Decision, Long> decided, long undecided) {

    /** The signals of one theme or region with one decision ({@code null}: none yet), as the database counted them. */
    public record KeyedCount(String code, Decision decision, long count) {
    }

    public SignalSpread {
        Map<Decision, Long> all = new EnumMap<>(Decision.class);
        for (Decision decision : Decision.values()) {
            all.put(decision, decided.getOrDefault(decision, 0L));
        }
        decided = Map.copyOf(all);
    }

    /** Every signal of the row. */
    public long total() {
        return undecided + decided.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * One row per code counted, the most signals first, then by name ({@code label}); a {@code null} code counts as
     * {@link MonthSpread#UNKNOWN}.
     */
    public static List<SignalSpread> of(List<KeyedCount> counts, Function<String, String> label) {
        Map<String, Map<Decision, Long>> decided = new LinkedHashMap<>();
        Map<String, Long> undecided = new LinkedHashMap<>();
        for (KeyedCount count : counts) {
            String code = count.code() == null ? MonthSpread.UNKNOWN : count.code();
            Map<Decision, Long> row = decided.computeIfAbsent(code, c -> new EnumMap<>(Decision.class));
            if (count.decision() == null) {
                undecided.merge(code, count.count(), Long::sum);
            } else {
                row.merge(count.decision(), count.count(), Long::sum);
            }
        }
        List<SignalSpread> rows = new ArrayList<>();
        decided.forEach((code, row) -> rows.add(new SignalSpread(code, MonthSpread.UNKNOWN.equals(code) ? code : label.apply(code), row,
                undecided.getOrDefault(code, 0L))));
        rows.sort(Comparator.comparingLong(SignalSpread::total).reversed().thenComparing(SignalSpread::label));
        return List.copyOf(rows);
    }
}
