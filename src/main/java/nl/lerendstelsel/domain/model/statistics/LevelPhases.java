package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Level;

/**
 * The phases of one knelpunt from its history (issue 29: time spent per level). A phase is an uninterrupted stay at one
 * level while the knelpunt is open: it starts with the report (or the split it came from), with arriving at the level
 * (escalated, returned) and with reopening; it ends when the knelpunt leaves the level, up or down, or finishes there
 * (solved, closed, merged). A phase still going on is not a phase yet: only ended phases come back. Lines that change
 * neither the level nor whether the knelpunt is open (taking it, asking for information, assigning, editing) change
 * nothing.
 */
public final class LevelPhases {

    private LevelPhases() {
    }

    /**
     * The ended phases, in the order they ended, from the history's lines in the order they happened; each phase counts
     * under the theme of the line that ended it.
     */
    public static List<PhaseSpan> of(List<LevelChange> history) {
        List<PhaseSpan> phases = new ArrayList<>();
        Level at = null;
        LocalDate since = null;
        for (LevelChange change : history) {
            boolean open = change.toStatus().isOpen();
            if (change.starts()) {
                at = open ? change.toLevel() : null;
                since = open ? change.day() : null;
                continue;
            }
            if (since != null && (change.toLevel() != at || !open)) {
                phases.add(new PhaseSpan(Phase.at(at), since, change.day(),
                        change.themeCode() == null ? Set.of() : Set.of(change.themeCode())));
                since = null;
            }
            if (since == null && open) {
                at = change.toLevel();
                since = change.day();
            }
        }
        return List.copyOf(phases);
    }
}
