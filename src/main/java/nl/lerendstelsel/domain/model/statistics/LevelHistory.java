package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;

/**
 * What the time per level (issue 29, {@link PhaseFigures}) is computed from: only the history lines that start or end a
 * phase, and the ministry's moments of signals, never whole entities. Knelpunt lines follow the dashboard's filter and
 * visibility rule for {@code viewer} like every other dashboard query; signals follow the signal scope of the others.
 */
public interface LevelHistory {

    /**
     * One line of a knelpunt's history that may start or end a phase, with the reference of the knelpunt it was written
     * for (for a line moved to the survivor of a merge: the duplicate's).
     */
    record Line(String knelpunt, LevelChange change) {
    }

    /**
     * The lines that start a history, change the level, finish or reopen, of the knelpunten with a phase that ended in
     * the filter's period (days in the Netherlands), in the order they happened.
     */
    List<Line> levelChanges(StatisticsFilter filter, Viewer viewer);

    /**
     * A signal acknowledged or answered by the ministry in the period: the day it was submitted, the days it was
     * acknowledged and answered ({@code null}: not yet, or not in the period), and the themes of its knelpunten.
     */
    record SignalDays(String signal, LocalDate submitted, LocalDate acknowledged, LocalDate answered, Set<String> themes) {

        public SignalDays {
            themes = Set.copyOf(themes);
        }
    }

    List<SignalDays> signalDays(StatisticsFilter filter);
}
