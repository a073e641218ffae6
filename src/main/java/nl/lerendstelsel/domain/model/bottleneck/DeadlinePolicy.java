package nl.lerendstelsel.domain.model.bottleneck;

import java.time.LocalDate;
import java.util.Objects;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.theme.Theme;

/**
 * How the service-level clock moves with the workflow. Each level has a target in working days (a theme may set its
 * own); the knelpunt gets a fresh due day whenever it enters a level's queue, and keeps it while a handler works on
 * it.
 *
 * <ul>
 *   <li><b>Entering a queue</b> (reported, escalated, returned, reopened, or any change of level): due = today plus the
 *       level's working days.</li>
 *   <li><b>Wacht op informatie</b> pauses the clock: the working days left are kept (negative when already overdue,
 *       so an overdue knelpunt stays overdue), and the wait expires after {@code waitingDays} working days.</li>
 *   <li><b>Resuming</b> (information received, or the wait expired): due = today plus the days that were left.</li>
 *   <li><b>System level</b> has no clock here (the ministry's deadlines belong to signals); <b>resolved and
 *       closed</b> knelpunten have none either.</li>
 *   <li>Anything else (taking it from the queue) keeps the clock as it is.</li>
 * </ul>
 */
public final class DeadlinePolicy {

    private final WorkingDayCalendar calendar;
    private final int executionDays;
    private final int linkingDays;
    private final int waitingDays;

    public DeadlinePolicy(WorkingDayCalendar calendar, int executionDays, int linkingDays, int waitingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (executionDays < 1 || linkingDays < 1 || waitingDays < 1) {
            throw new IllegalArgumentException("Periods are at least one working day");
        }
        this.executionDays = executionDays;
        this.linkingDays = linkingDays;
        this.waitingDays = waitingDays;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public int waitingDays() {
        return waitingDays;
    }

    /** The target of a level in working days, the theme's own when it has one; empty (0) at system level. */
    public int daysFor(Level level, Theme theme) {
        return switch (level) {
            case EXECUTION -> theme != null && theme.getExecutionDays() != null ? theme.getExecutionDays() : executionDays;
            case LINKING -> theme != null && theme.getLinkingDays() != null ? theme.getLinkingDays() : linkingDays;
            case SYSTEM -> 0;
        };
    }

    /** The clock of a knelpunt that enters a level's queue today (a new part of a split, for example). */
    public Deadline onEntering(Level level, Theme theme, LocalDate today) {
        return level == Level.SYSTEM ? Deadline.NONE : Deadline.running(calendar.plusWorkingDays(today, daysFor(level, theme)));
    }

    /** The clock of a new knelpunt, reported today. */
    public Deadline onReport(Theme theme, LocalDate today) {
        return Deadline.running(calendar.plusWorkingDays(today, daysFor(BottleneckWorkflow.START_LEVEL, theme)));
    }

    /** The clock after a step from ({@code fromLevel}, {@code fromStatus}) to ({@code toLevel}, {@code toStatus}). */
    public Deadline after(Level fromLevel, Status fromStatus, Level toLevel, Status toStatus, Deadline current, Theme theme,
                          LocalDate today) {
        Deadline clock = current == null ? Deadline.NONE : current;
        if (!toStatus.isOpen() || toLevel == Level.SYSTEM) {
            return Deadline.NONE;
        }
        if (fromLevel != toLevel || toStatus == Status.GEMELD || toStatus == Status.TERUGGELEGD || toStatus == Status.HEROPEND) {
            return Deadline.running(calendar.plusWorkingDays(today, daysFor(toLevel, theme)));
        }
        if (toStatus == Status.WACHT_OP_INFORMATIE) {
            int left = clock.due() == null ? daysFor(toLevel, theme) : calendar.workingDaysBetween(today, clock.due());
            return new Deadline(null, left, calendar.plusWorkingDays(today, waitingDays));
        }
        if (fromStatus == Status.WACHT_OP_INFORMATIE) {
            int left = clock.isPaused() ? clock.pausedRemaining() : daysFor(toLevel, theme);
            return Deadline.running(calendar.plusWorkingDays(today, left));
        }
        return clock;
    }
}
