package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the whole dashboard is narrowed to: a period (knelpunten reported, knelpunten finished and signals submitted in
 * it), a theme and a labour-market region ({@code null}: all), and for a facilitator the scope of their queue: the
 * knelpunten outside any CoP and those of the CoPs they facilitate ({@code cops}; {@code null}: no such scope), the
 * former only in the regions they look after ({@code scopeRegions}, empty: the whole country).
 */
public record StatisticsFilter(LocalDate from, LocalDate to, String themeCode, String regionCode, Set<Long> cops,
                               Set<String> scopeRegions) {

    /** Without regions: the whole country. */
    public StatisticsFilter(LocalDate from, LocalDate to, String themeCode, String regionCode, Set<Long> cops) {
        this(from, to, themeCode, regionCode, cops, Set.of());
    }

    public StatisticsFilter {
        scopeRegions = scopeRegions == null ? Set.of() : Set.copyOf(scopeRegions);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        cops = cops == null ? null : Set.copyOf(cops);
    }

    /** The default period: the twelve months up to and including today. */
    public static StatisticsFilter lastYear(LocalDate today) {
        return new StatisticsFilter(today.minusYears(1).plusDays(1), today, null, null, null);
    }
}
