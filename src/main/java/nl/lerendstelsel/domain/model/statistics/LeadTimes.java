package nl.lerendstelsel.domain.model.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * How long things took, in working days: finished knelpunten from report to finish, or the phases of the time spent per
 * level ({@link PhaseFigures}). How many, the median, the 80th and the 90th percentile, all by the nearest-rank method
 * (the smallest value with at least that share at or below it), so every figure is a duration that really occurred.
 * {@code null} figures when there are none.
 */
public record LeadTimes(long count, Integer median, Integer p80, Integer p90) {

    public static final LeadTimes NONE = new LeadTimes(0, null, null, null);

    public LeadTimes {
        if (count < 0 || (count == 0) != (median == null) || (count == 0) != (p80 == null) || (count == 0) != (p90 == null)) {
            throw new IllegalArgumentException("Figures exactly when there is a count");
        }
    }

    /** From a histogram: working days → how many took that long. */
    public static LeadTimes of(Map<Integer, Long> histogram) {
        TreeMap<Integer, Long> sorted = new TreeMap<>();
        histogram.forEach((days, n) -> {
            if (days < 0 || n < 0) {
                throw new IllegalArgumentException("Negative lead time or count: " + days + " → " + n);
            }
            if (n > 0) {
                sorted.merge(days, n, Long::sum);
            }
        });
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return NONE;
        }
        return new LeadTimes(total, rank(sorted, total, 50), rank(sorted, total, 80), rank(sorted, total, 90));
    }

    private static int rank(TreeMap<Integer, Long> sorted, long total, int percent) {
        long needed = (total * percent + 99) / 100; // ceil(total × percent / 100), at least 1
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : sorted.entrySet()) {
            seen += entry.getValue();
            if (seen >= needed) {
                return entry.getKey();
            }
        }
        return sorted.lastKey();
    }
}
