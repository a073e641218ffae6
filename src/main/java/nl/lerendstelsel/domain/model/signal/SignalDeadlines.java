package nl.lerendstelsel.domain.model.signal;

import java.time.LocalDate;
import java.util.Optional;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;

/**
 * The ministry's deadlines in working days from the day a signal was submitted (Dutch public holidays excluded, the
 * same calendar as the knelpunten): by default 10 to acknowledge and 40 to answer.
 */
public record SignalDeadlines(WorkingDayCalendar calendar, int acknowledgeDays, int answerDays) {

    public static final int DEFAULT_ACKNOWLEDGE = 10;
    public static final int DEFAULT_ANSWER = 40;

    public SignalDeadlines {
        if (acknowledgeDays < 1 || answerDays < acknowledgeDays) {
            throw new IllegalArgumentException("Acknowledging takes at least a day and answering at least as long as acknowledging");
        }
    }

    public LocalDate acknowledgeBy(LocalDate submitted) {
        return calendar.plusWorkingDays(submitted, acknowledgeDays);
    }

    public LocalDate answerBy(LocalDate submitted) {
        return calendar.plusWorkingDays(submitted, answerDays);
    }

    /**
     * The new answer deadline of an interim answer that names {@code requested}: the date itself when it is a working
     * day, else the first working day after it (a weekend or a public holiday moves to the next working day, as the
     * Algemene termijnenwet moves a period ending on such a day). Empty when {@code requested} is missing or not after
     * {@code today}: an interim answer promises something in the future.
     */
    public Optional<LocalDate> interimDue(LocalDate requested, LocalDate today) {
        if (requested == null || !requested.isAfter(today)) {
            return Optional.empty();
        }
        LocalDate day = requested;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return Optional.of(day);
    }

    /** Overdue on {@code today}: not acknowledged after its acknowledge day, or not answered after its answer day. */
    public boolean isOverdue(SignalStatus status, LocalDate submitted, LocalDate today) {
        return submitted != null && isOverdue(status, acknowledgeBy(submitted), answerBy(submitted), today);
    }

    /** The same rule for due dates computed earlier (a signal keeps the deadlines of the day it was submitted). */
    public static boolean isOverdue(SignalStatus status, LocalDate acknowledgeBy, LocalDate answerBy, LocalDate today) {
        if (!status.isWithMinistry() || answerBy == null) {
            return false;
        }
        return status == SignalStatus.INGEDIEND && acknowledgeBy != null && today.isAfter(acknowledgeBy) || today.isAfter(answerBy);
    }
}
