package nl.lerendstelsel.domain.model.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

/**
 * A gemeente's figure beside the region's and the country's: what a gemeente there has on average. The counting rule:
 * the sum over the group's gemeenten divided by their number (also those with none), to one decimal, half up;
 * {@code null} for an empty group. Codes outside the group do not count.
 */
public record Benchmark(long own, BigDecimal region, BigDecimal country) {

    /** The benchmark of {@code gemeente} from counts per gemeente code. */
    public static Benchmark of(String gemeente, Map<String, Long> perGemeente, Collection<String> regionGemeenten,
                               Collection<String> allGemeenten) {
        return new Benchmark(perGemeente.getOrDefault(gemeente, 0L), average(perGemeente, regionGemeenten),
                average(perGemeente, allGemeenten));
    }

    /** The average per gemeente of the group. */
    public static BigDecimal average(Map<String, Long> perGemeente, Collection<String> group) {
        if (group == null || group.isEmpty()) {
            return null;
        }
        long sum = group.stream().mapToLong(code -> perGemeente.getOrDefault(code, 0L)).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(group.size()), 1, RoundingMode.HALF_UP);
    }
}
