package nl.lerendstelsel.domain.model.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class SignalDeadlinesTest {

    private final SignalDeadlines deadlines = new SignalDeadlines(WorkingDayCalendar.statutory(), 10, 40);

    @Test
    void workingDaysSkipWeekendsAndChristmas() {
        LocalDate submitted = LocalDate.of(2026, 12, 18); // Friday; Christmas Day and Boxing Day fall on Friday and Saturday
        assertEquals(LocalDate.of(2027, 1, 5), deadlines.acknowledgeBy(submitted),
                "21, 22, 23, 24 (25 is Eerste Kerstdag), 28, 29, 30, 31 December (1 January is Nieuwjaarsdag), 4 and 5 January");
        assertTrue(deadlines.answerBy(submitted).isAfter(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void overdueOnlyWhileTheMinistryStillHasToAct() {
        LocalDate submitted = LocalDate.of(2026, 11, 2);
        LocalDate late = deadlines.acknowledgeBy(submitted).plusDays(1);
        assertTrue(deadlines.isOverdue(SignalStatus.INGEDIEND, submitted, late));
        assertFalse(deadlines.isOverdue(SignalStatus.ONTVANGEN, submitted, late), "acknowledged: the answer deadline counts");
        assertTrue(deadlines.isOverdue(SignalStatus.IN_BEHANDELING, submitted, deadlines.answerBy(submitted).plusDays(1)));
        assertFalse(deadlines.isOverdue(SignalStatus.BEANTWOORD, submitted, deadlines.answerBy(submitted).plusDays(30)));
        assertFalse(deadlines.isOverdue(SignalStatus.CONCEPT, null, late));
        assertThrows(IllegalArgumentException.class, () -> new SignalDeadlines(WorkingDayCalendar.statutory(), 10, 5));
    }

    @Test
    void anInterimAnswerNamesADateInTheFuture() {
        LocalDate today = LocalDate.of(2026, 12, 21); // Monday
        assertTrue(deadlines.interimDue(null, today).isEmpty());
        assertTrue(deadlines.interimDue(today, today).isEmpty(), "today is not in the future");
        assertTrue(deadlines.interimDue(today.minusDays(3), today).isEmpty());
        assertEquals(LocalDate.of(2026, 12, 22), deadlines.interimDue(LocalDate.of(2026, 12, 22), today).orElseThrow(),
                "a working day stays as it is");
    }

    @Test
    void anInterimDateOnAWeekendOrAPublicHolidayMovesToTheNextWorkingDay() {
        LocalDate today = LocalDate.of(2026, 12, 21);
        assertEquals(LocalDate.of(2026, 12, 28), deadlines.interimDue(LocalDate.of(2026, 12, 25), today).orElseThrow(),
                "Eerste Kerstdag (Friday), Tweede Kerstdag (Saturday) and a Sunday");
        assertEquals(LocalDate.of(2026, 12, 28), deadlines.interimDue(LocalDate.of(2026, 12, 27), today).orElseThrow(), "a Sunday");
        assertEquals(LocalDate.of(2027, 1, 4), deadlines.interimDue(LocalDate.of(2027, 1, 1), today).orElseThrow(),
                "Nieuwjaarsdag on a Friday");
        assertEquals(LocalDate.of(2027, 3, 30), deadlines.interimDue(LocalDate.of(2027, 3, 29), today).orElseThrow(), "Tweede Paasdag");
        assertEquals(LocalDate.of(2027, 4, 28), deadlines.interimDue(LocalDate.of(2027, 4, 27), today).orElseThrow(), "Koningsdag");
        assertEquals(LocalDate.of(2027, 5, 7), deadlines.interimDue(LocalDate.of(2027, 5, 5), today).orElseThrow(),
                "Bevrijdingsdag (as the Algemene termijnenwet counts it), then Hemelvaartsdag");
    }
}
