package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.Objects;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;

/**
 * One line of a knelpunt's history as far as the time per level is concerned: the day (in the Netherlands) it moved
 * from one level and status to another, and the theme of the knelpunt. The first line of a history (reported, or split
 * from another) has no origin.
 */
public record LevelChange(LocalDate day, Level fromLevel, Status fromStatus, Level toLevel, Status toStatus, String themeCode) {

    public LevelChange {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(toLevel, "toLevel");
        Objects.requireNonNull(toStatus, "toStatus");
    }

    /** Whether this is the first line of a history: nothing came before it. */
    public boolean starts() {
        return fromLevel == null;
    }
}
