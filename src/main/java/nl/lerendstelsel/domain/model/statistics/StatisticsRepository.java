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
 * restricted knelpunten for {@code viewer}; counts are done by the database. How organisations take part (coverage) is
 * {@link ParticipationFigures}.
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

    /** What the trends and the signals' spread (issue 29) group on: the theme, the level or the labour-market region. */
    enum Grouping { THEME, LEVEL, REGION }

    /**
     * Knelpunten reported in the period per day and theme, level (its name) or region code ({@code null}: a gemeente
     * without a region).
     */
    List<MonthSpread.DayCount> reportedPerDay(StatisticsFilter filter, Viewer viewer, Grouping by);

    /**
     * Signals submitted in the period per decision ({@code null}: none yet) and theme or region ({@code by}, not
     * {@code LEVEL}) of their knelpunten that match the filter's theme and region: a signal counts once under each.
     */
    List<SignalSpread.KeyedCount> signalsPer(StatisticsFilter filter, Grouping by);

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

    /**
     * Knelpunten reported in the period per target group (code: the {@code TargetGroup} name; a knelpunt with several
     * counts under each), and under {@code GEEN} those that name none.
     */
    List<Count> byTargetGroup(StatisticsFilter filter, Viewer viewer);

    /** Open knelpunten (whenever reported) that {@code viewer} may see, per gemeente and level, and how many are overdue on {@code today}. */
    record Open(String gemeenteCode, Level level, long count, long overdue) {
    }

    List<Open> openPerGemeente(Viewer viewer, LocalDate today);

    /** Knelpunten finished in the period that {@code viewer} may see, per gemeente, status, resolution category, report day and finish day. */
    record FinishedIn(String gemeenteCode, Status status, nl.lerendstelsel.domain.model.bottleneck.Resolution resolution,
                      LocalDate reported, LocalDate finished, long count) {
    }

    List<FinishedIn> finishedPerGemeente(Viewer viewer, LocalDate from, LocalDate to);

    /**
     * One knelpunt as the raw export for evaluation has it: codes and dates, no people and no free text but the title
     * (which passed the personal-data guard).
     */
    record ExportRow(long id, String reference, String title, LocalDate reportedOn, String themeCode, String gemeenteCode,
                     String organisationCode, Level level, Status status, nl.lerendstelsel.domain.model.bottleneck.Resolution resolution,
                     LocalDate finishedOn, LocalDate dueDate, boolean restricted,
                     nl.lerendstelsel.domain.model.bottleneck.EstimatedScale scale, Long copId,
                     List<nl.lerendstelsel.domain.model.bottleneck.TargetGroup> targetGroups) {
    }

    /** Knelpunten reported in the period that {@code viewer} may see, with an id above {@code afterId}, by id, at most {@code size}. */
    List<ExportRow> exportPage(StatisticsFilter filter, Viewer viewer, long afterId, int size);
}
