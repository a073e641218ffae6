package nl.lerendstelsel.application.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.statistics.LevelChange;
import nl.lerendstelsel.domain.model.statistics.LevelHistory;
import nl.lerendstelsel.domain.model.statistics.LevelPhases;
import nl.lerendstelsel.domain.model.statistics.Phase;
import nl.lerendstelsel.domain.model.statistics.PhaseFigures;
import nl.lerendstelsel.domain.model.statistics.PhaseSpan;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;

/**
 * The dashboard's time per level (issue 29): the phases of the knelpunten from their histories ({@link LevelPhases}) and
 * the ministry's time to acknowledge and to answer signals, counted in the period in which they ended. Two queries,
 * whatever the number of knelpunten.
 */
@ApplicationScoped
public class LevelTimes {

    @Inject
    LevelHistory history;

    @Inject
    WorkingDayCalendar calendar;

    /** The figures for the filter in {@code viewer}'s scope; themes named by {@code themeName}. */
    public PhaseFigures figures(StatisticsFilter filter, Viewer viewer, Function<String, String> themeName) {
        Map<String, List<LevelChange>> histories = new LinkedHashMap<>();
        for (LevelHistory.Line line : history.levelChanges(filter, viewer)) {
            histories.computeIfAbsent(line.knelpunt(), k -> new ArrayList<>()).add(line.change());
        }
        List<PhaseSpan> spans = new ArrayList<>();
        histories.values().forEach(lines -> spans.addAll(LevelPhases.of(lines)));
        for (LevelHistory.SignalDays signal : history.signalDays(filter)) {
            // with a theme chosen, a signal counts under that theme only, as its knelpunten of other themes are not shown
            Set<String> themes = filter.themeCode() == null ? signal.themes() : Set.of(filter.themeCode());
            if (signal.acknowledged() != null) {
                spans.add(new PhaseSpan(Phase.ACKNOWLEDGEMENT, signal.submitted(), signal.acknowledged(), themes));
            }
            if (signal.answered() != null) {
                spans.add(new PhaseSpan(Phase.ANSWER, signal.submitted(), signal.answered(), themes));
            }
        }
        return PhaseFigures.of(spans, filter.from(), filter.to(), calendar, themeName);
    }
}
