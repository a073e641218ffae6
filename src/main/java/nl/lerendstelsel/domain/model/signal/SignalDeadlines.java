package nl.lerendstelsel.domain.model.signal;

import java.time.LocalDate;
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

    /** Overdue on {@code today}: not acknowledged after its acknowledge day, or not answered after its answer day. */
    public boolean isOverdue(SignalStatus status, LocalDate submitted, LocalDate today) {
        if (submitted == null || status == SignalStatus.CONCEPT || status == SignalStatus.BEANTWOORD || status == SignalStatus.GESLOTEN) {
            return false;
        }
        if (status == SignalStatus.INGEDIEND && today.isAfter(acknowledgeBy(submitted))) {
            return true;
        }
        return today.isAfter(answerBy(submitted));
    }
}
