package nl.lerendstelsel.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.notification.ReminderRule.Kind;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.statutory();
    private static final ReminderRule TWO_DAYS = new ReminderRule(CALENDAR, 2);

    @Test
    void remindsFromTwoWorkingDaysBeforeTheDueDayAcrossAWeekend() {
        LocalDate tuesday = LocalDate.of(2026, 11, 17);
        assertEquals(Optional.empty(), TWO_DAYS.on(LocalDate.of(2026, 11, 12), tuesday), "Thursday: three working days before");
        assertEquals(Optional.of(Kind.HERINNERING), TWO_DAYS.on(LocalDate.of(2026, 11, 13), tuesday), "Friday: two working days before");
        assertEquals(Optional.empty(), TWO_DAYS.on(LocalDate.of(2026, 11, 14), tuesday), "Saturday: nobody works");
        assertEquals(Optional.of(Kind.HERINNERING), TWO_DAYS.on(LocalDate.of(2026, 11, 16), tuesday), "Monday");
        assertEquals(Optional.of(Kind.HERINNERING), TWO_DAYS.on(tuesday, tuesday), "the due day is the last day to act");
        assertEquals(Optional.of(Kind.VERLOPEN), TWO_DAYS.on(LocalDate.of(2026, 11, 18), tuesday), "the day after");
        assertEquals(LocalDate.of(2026, 11, 17), TWO_DAYS.remindUpTo(LocalDate.of(2026, 11, 13)));
    }

    @Test
    void christmasAndBoxingDayDoNotCountAndGetNoNotice() {
        LocalDate monday = LocalDate.of(2026, 12, 28);
        // Thursday 24 December; Friday 25 and Saturday 26 (Christmas), Sunday 27: Monday 28 is the next working day
        assertEquals(Optional.empty(), TWO_DAYS.on(LocalDate.of(2026, 12, 22), monday), "Tuesday: three working days (23, 24, 28) before");
        assertEquals(Optional.of(Kind.HERINNERING), TWO_DAYS.on(LocalDate.of(2026, 12, 23), monday), "Wednesday: two (24, 28)");
        ReminderRule oneDay = new ReminderRule(CALENDAR, 1);
        assertEquals(Optional.empty(), oneDay.on(LocalDate.of(2026, 12, 23), monday));
        assertEquals(Optional.of(Kind.HERINNERING), oneDay.on(LocalDate.of(2026, 12, 24), monday), "one working day before");
        assertEquals(Optional.empty(), TWO_DAYS.on(LocalDate.of(2026, 12, 25), monday), "Christmas Day");
        LocalDate dueOnThursday = LocalDate.of(2026, 12, 24);
        assertEquals(Optional.empty(), TWO_DAYS.on(LocalDate.of(2026, 12, 25), dueOnThursday), "overdue, but a holiday");
        assertEquals(Optional.of(Kind.VERLOPEN), TWO_DAYS.on(monday, dueOnThursday), "said on the next working day");
    }

    @Test
    void zeroDaysBeforeRemindsOnTheDueDayOnly() {
        ReminderRule sameDay = new ReminderRule(CALENDAR, 0);
        LocalDate friday = LocalDate.of(2026, 11, 13);
        assertEquals(Optional.empty(), sameDay.on(LocalDate.of(2026, 11, 12), friday));
        assertEquals(Optional.of(Kind.HERINNERING), sameDay.on(friday, friday));
        assertEquals(Optional.empty(), sameDay.on(LocalDate.of(2026, 11, 12), null), "no clock, nothing to say");
        assertThrows(IllegalArgumentException.class, () -> new ReminderRule(CALENDAR, -1));
    }
}
