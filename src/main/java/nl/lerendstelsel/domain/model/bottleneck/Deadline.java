package nl.lerendstelsel.domain.model.bottleneck;

import java.time.LocalDate;

/**
 * The service-level clock of a knelpunt at its current level.
 *
 * @param due             the last working day on which the level should act; {@code null} while the clock is paused,
 *                        at system level and once the knelpunt is resolved or closed
 * @param pausedRemaining the working days that were left when the clock paused for "wacht op informatie" (negative
 *                        when it was already overdue); {@code null} when not paused
 * @param waitingUntil    the day the wait for information expires and the knelpunt falls back to
 *                        {@code in behandeling}; {@code null} when not waiting
 */
public record Deadline(LocalDate due, Integer pausedRemaining, LocalDate waitingUntil) {

    /** No clock: system level, resolved, closed. */
    public static final Deadline NONE = new Deadline(null, null, null);

    public static Deadline running(LocalDate due) {
        return new Deadline(due, null, null);
    }

    public boolean isPaused() {
        return pausedRemaining != null;
    }

    /** Overdue on {@code today}: a running clock whose due day has passed. */
    public boolean isOverdueOn(LocalDate today) {
        return due != null && due.isBefore(today);
    }

    /** The wait for information has expired on {@code today}. */
    public boolean waitExpiredOn(LocalDate today) {
        return waitingUntil != null && !waitingUntil.isAfter(today);
    }
}
