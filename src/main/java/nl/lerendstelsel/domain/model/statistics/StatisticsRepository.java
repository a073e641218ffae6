package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.signal.Signal;

/**
 * The grouped queries behind the dashboard. Every knelpunt query applies the filter and the one visibility rule of
 * restricted knelpunten for {@code viewer}; counts are done by the database.
 */
public interface StatisticsRepository {

    /** Knelpunten reported in the period counted per status, level, theme and gemeente: every count table from one scan. */
    record Cell(Status status, Level level, String themeCode, String gemeenteCode, long count) {
    }

    List<Cell> reported(StatisticsFilter filter, Viewer viewer);

    /** Knelpunten reported in the period per day. */
    Map<LocalDate, Long> reportedPerDay(StatisticsFilter filter, Viewer viewer);

    /**
     * Knelpunten finished in the period, grouped by the level, status and resolution category ({@code null}: none
     * recorded, "onbekend") they finished with, report day and finish day.
     */
    record Finished(Level level, Status status, nl.lerendstelsel.domain.model.bottleneck.Resolution resolution, LocalDate reported,
                    LocalDate finished, long count) {
    }

    List<Finished> finished(StatisticsFilter filter, Viewer viewer);

    /** Open knelpunten past their due date on {@code today} (whenever reported), most overdue first. */
    List<Bottleneck> overdue(StatisticsFilter filter, Viewer viewer, LocalDate today, int limit);

    long overdueCount(StatisticsFilter filter, Viewer viewer, LocalDate today);

    /** Open knelpunten (whenever reported) with the most supporting organisations, with that number. */
    List<Map.Entry<Bottleneck, Long>> mostSupported(StatisticsFilter filter, Viewer viewer, int limit);

    /**
     * Signals submitted in the period grouped by status ({@code decision = false}) or by decision; by decision, the
     * signals that received an interim answer and no decision yet count apart under the code {@code TUSSENBERICHT}.
     */
    List<Count> signals(StatisticsFilter filter, boolean decision);

    /**
     * The follow-up of adopted decisions on signals submitted in the period, on {@code today}: realised
     * ({@code GEREALISEERD}), past its expected date and not realised ({@code TE_LAAT}), and not yet due ({@code LOPEND});
     * all three, zeros included.
     */
    List<Count> followUp(StatisticsFilter filter, LocalDate today);

    /** Signals past a ministry deadline on {@code today}, oldest due first. */
    List<Signal> overdueSignals(StatisticsFilter filter, LocalDate today, int limit);
}
