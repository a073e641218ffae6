package nl.lerendstelsel.application.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.statistics.MonthSpread;
import nl.lerendstelsel.domain.model.statistics.SignalSpread;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.statistics.StatisticsRepository;
import nl.lerendstelsel.domain.model.statistics.StatisticsRepository.Grouping;
import nl.lerendstelsel.domain.model.statistics.Trends;

/**
 * The dashboard's trends per theme, level and region and its signals per theme and region (issue 29), in the filter and
 * scope of the rest of the dashboard: five grouped queries, whatever the number of knelpunten. Every level has a row,
 * zeros included; themes and regions only when something counted.
 */
@ApplicationScoped
public class TrendFigures {

    @Inject
    StatisticsRepository statistics;

    @Inject
    ReferenceDataService referenceData;

    /** The figures for the filter in {@code viewer}'s scope; themes named by {@code themeName}. */
    public Trends figures(StatisticsFilter filter, Viewer viewer, Function<String, String> themeName) {
        Map<String, String> regionNames = new HashMap<>();
        referenceData.regions().forEach(r -> regionNames.put(r.getCode(), r.getName()));
        Function<String, String> regionName = code -> regionNames.getOrDefault(code, code);
        List<String> levels = Arrays.stream(Level.values()).map(Level::name).toList();
        return new Trends(
                spread(filter, viewer, Grouping.THEME, List.of(), themeName),
                spread(filter, viewer, Grouping.LEVEL, levels, code -> Level.valueOf(code).dutch()),
                spread(filter, viewer, Grouping.REGION, List.of(), regionName),
                SignalSpread.of(statistics.signalsPer(filter, Grouping.THEME), themeName),
                SignalSpread.of(statistics.signalsPer(filter, Grouping.REGION), regionName));
    }

    private MonthSpread spread(StatisticsFilter filter, Viewer viewer, Grouping by, List<String> fixed, Function<String, String> label) {
        return MonthSpread.of(filter.from(), filter.to(), statistics.reportedPerDay(filter, viewer, by), fixed, label);
    }
}
