package nl.lerendstelsel.application.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Figures kept per key for a while, so that reading them again soon costs no queries: an entry serves until
 * {@code maxAge} after it was computed. At {@code maxEntries} the expired entries make room, and all entries when none
 * has expired.
 */
final class FiguresCache<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final Duration maxAge;
    private final int maxEntries;
    private final Function<V, Instant> generatedAt;

    FiguresCache(Duration maxAge, int maxEntries, Function<V, Instant> generatedAt) {
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
        this.generatedAt = generatedAt;
    }

    /** The figures of {@code key} if they were computed less than the maximum age before {@code now}; else computed now. */
    V get(K key, Instant now, Supplier<V> compute) {
        V cached = entries.get(key);
        if (cached != null && fresh(cached, now)) {
            return cached;
        }
        V computed = compute.get();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(figures -> !fresh(figures, now));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, computed);
        return computed;
    }

    private boolean fresh(V figures, Instant now) {
        return generatedAt.apply(figures).plus(maxAge).isAfter(now);
    }
}
