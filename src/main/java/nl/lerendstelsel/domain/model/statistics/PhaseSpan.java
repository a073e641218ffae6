package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One phase that ended: what it was, the day it started and the day it ended (both days in the Netherlands), and the
 * themes it counts under (a knelpunt's one theme; a signal's the themes of its knelpunten).
 */
public record PhaseSpan(Phase phase, LocalDate start, LocalDate end, Set<String> themes) {

    public PhaseSpan {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
