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
}
