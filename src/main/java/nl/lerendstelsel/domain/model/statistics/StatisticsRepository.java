package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.signal.Signal;

/**
 * The grouped queries behind the dashboard. Every knelpunt query applies the filter and the one visibility rule of
 * restricted knelpunten for {@code viewer}; counts are done by the database.
 */
public interface StatisticsRepository {

    /** What a knelpunt count is grouped on. */
    enum Grouping { STATUS, LEVEL, THEME, REGION, GEMEENTE }

    /** Knelpunten reported in the period, grouped; largest first, at most {@code limit} rows. */
    List<Count> knelpunten(StatisticsFilter filter, Viewer viewer, Grouping grouping, int limit);

    /** Knelpunten reported in the period per day. */
    Map<LocalDate, Long> reportedPerDay(StatisticsFilter filter, Viewer viewer);

    /** Knelpunten finished in the period per day (whenever reported). */
    Map<LocalDate, Long> finishedPerDay(StatisticsFilter filter, Viewer viewer);

    /** Knelpunten finished in the period, grouped by their final status (resolved or closed). */
    List<Count> finishedPerStatus(StatisticsFilter filter, Viewer viewer);

    /** A grouped row of finished knelpunten: the level they finished at, reported and finished day, how many. */
    record Finished(Level level, LocalDate reported, LocalDate finished, long count) {
    }

    /** Knelpunten finished in the period, grouped by level, report day and finish day. */
    List<Finished> finished(StatisticsFilter filter, Viewer viewer);

    /** Open knelpunten past their due date on {@code today} (whenever reported), most overdue first. */
    List<Bottleneck> overdue(StatisticsFilter filter, Viewer viewer, LocalDate today, int limit);

    long overdueCount(StatisticsFilter filter, Viewer viewer, LocalDate today);

    /** Open knelpunten (whenever reported) with the most supporting organisations, with that number. */
    List<Map.Entry<Bottleneck, Long>> mostSupported(StatisticsFilter filter, Viewer viewer, int limit);

    /** Signals submitted in the period grouped by status ({@code decision = false}) or by decision. */
    List<Count> signals(StatisticsFilter filter, boolean decision);

    /** Signals past a ministry deadline on {@code today}, oldest due first. */
    List<Signal> overdueSignals(StatisticsFilter filter, LocalDate today, int limit);
}
