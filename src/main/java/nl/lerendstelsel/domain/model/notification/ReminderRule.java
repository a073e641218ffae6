package nl.lerendstelsel.domain.model.notification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;

/**
 * When a deadline calls for a word to whoever must act, in working days of the Dutch calendar:
 * <ul>
 *   <li>a <b>reminder</b> from {@code daysBefore} working days before the due day up to and including the due day
 *       (the due day is the last day to act, so it is not yet overdue);</li>
 *   <li>an <b>overdue</b> notice once the due day has passed;</li>
 *   <li>nothing on a weekend or a public holiday: what falls due then is said on the next working day.</li>
 * </ul>
 * Each is sent once per due day ({@link SentReminder}); a deadline that moves has a new due day and so its own.
 */
public final class ReminderRule {

    /** The two words a deadline can call for. */
    public enum Kind {
        /** The due day is near. */
        HERINNERING,
        /** The due day has passed. */
        VERLOPEN
    }

    private final WorkingDayCalendar calendar;
    private final int daysBefore;

    public ReminderRule(WorkingDayCalendar calendar, int daysBefore) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (daysBefore < 0) {
            throw new IllegalArgumentException("daysBefore is at least 0");
        }
        this.daysBefore = daysBefore;
    }

    /** What is due on {@code today} for a deadline on {@code due}; empty when nothing (or no deadline). */
    public Optional<Kind> on(LocalDate today, LocalDate due) {
        if (due == null || !calendar.isWorkingDay(today)) {
            return Optional.empty();
        }
        if (due.isBefore(today)) {
            return Optional.of(Kind.VERLOPEN);
        }
        return calendar.workingDaysBetween(today, due) <= daysBefore ? Optional.of(Kind.HERINNERING) : Optional.empty();
    }

    /** The last due day that gets a reminder on {@code today}: due days up to it are near (or passed). */
    public LocalDate remindUpTo(LocalDate today) {
        return calendar.plusWorkingDays(today, daysBefore);
    }

    public int daysBefore() {
        return daysBefore;
    }
}
