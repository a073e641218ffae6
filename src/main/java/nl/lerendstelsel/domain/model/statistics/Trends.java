package nl.lerendstelsel.domain.model.statistics;

import java.util.List;

/**
 * The dashboard's deeper tables of issue 29: knelpunten reported per month per theme, per level and per region, and
 * signals submitted per theme and per region with the ministry's decisions.
 */
public record Trends(MonthSpread byTheme, MonthSpread byLevel, MonthSpread byRegion, List<SignalSpread> signalsByTheme,
                     List<SignalSpread> signalsByRegion) {

    /** Nothing counted. */
    public static final Trends NONE = new Trends(MonthSpread.NONE, MonthSpread.NONE, MonthSpread.NONE, List.of(), List.of());

    public Trends {
        signalsByTheme = List.copyOf(signalsByTheme);
        signalsByRegion = List.copyOf(signalsByRegion);
    }
}
