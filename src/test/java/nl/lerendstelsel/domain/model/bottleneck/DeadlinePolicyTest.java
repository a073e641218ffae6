package nl.lerendstelsel.domain.model.bottleneck;

import static nl.lerendstelsel.domain.model.bottleneck.Level.EXECUTION;
import static nl.lerendstelsel.domain.model.bottleneck.Level.LINKING;
import static nl.lerendstelsel.domain.model.bottleneck.Level.SYSTEM;
import static nl.lerendstelsel.domain.model.bottleneck.Status.GEMELD;
import static nl.lerendstelsel.domain.model.bottleneck.Status.HEROPEND;
import static nl.lerendstelsel.domain.model.bottleneck.Status.IN_BEHANDELING;
import static nl.lerendstelsel.domain.model.bottleneck.Status.OPGELOST;
import static nl.lerendstelsel.domain.model.bottleneck.Status.OPGESCHAALD;
import static nl.lerendstelsel.domain.model.bottleneck.Status.TERUGGELEGD;
import static nl.lerendstelsel.domain.model.bottleneck.Status.WACHT_OP_INFORMATIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.theme.Theme;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.statutory();
    private final DeadlinePolicy policy = new DeadlinePolicy(calendar, 10, 15, 10);
    private final Theme plain = new Theme("leerbaarheidstoets", "Leerbaarheidstoets", "Learnability test", null, null, 1);

    /** Friday 20 November 2026. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Test
    void aNewKnelpuntHasTenWorkingDaysAtExecutionLevel() {
        assertEquals(Deadline.running(LocalDate.of(2026, 12, 4)), policy.onReport(plain, FRIDAY));
    }

    @Test
    void aThemeMaySetItsOwnTargets() {
        Theme urgent = new Theme("taaleis", "Taaleis", "Language requirement", null, null, 2);
        urgent.setTargets(3, null);
        assertEquals(3, policy.daysFor(EXECUTION, urgent));
        assertEquals(15, policy.daysFor(LINKING, urgent), "no own linking target: the default");
        assertEquals(LocalDate.of(2026, 11, 25), policy.onReport(urgent, FRIDAY).due());
        assertThrows(IllegalArgumentException.class, () -> urgent.setTargets(0, null));
    }

    @Test
    void takingKeepsTheClock() {
        Deadline running = Deadline.running(LocalDate.of(2026, 12, 4));
        assertEquals(running, policy.after(EXECUTION, GEMELD, EXECUTION, IN_BEHANDELING, running, plain, FRIDAY.plusDays(3)));
    }

    @Test
    void escalatingReturningAndReopeningStartAFreshClockForTheNewQueue() {
        Deadline old = Deadline.running(LocalDate.of(2026, 11, 23));
        // Escalated on Friday 20 November: 15 working days at linking level, over no holidays: Friday 11 December.
        assertEquals(Deadline.running(LocalDate.of(2026, 12, 11)), policy.after(EXECUTION, IN_BEHANDELING, LINKING, GEMELD, old, plain, FRIDAY));
        // Returned on Friday 18 December: 10 working days, Christmas excluded: Tuesday 5 January 2027.
        assertEquals(Deadline.running(LocalDate.of(2027, 1, 5)),
                policy.after(LINKING, IN_BEHANDELING, EXECUTION, TERUGGELEGD, old, plain, LocalDate.of(2026, 12, 18)));
        assertEquals(Deadline.running(LocalDate.of(2026, 12, 4)), policy.after(EXECUTION, OPGELOST, EXECUTION, HEROPEND, Deadline.NONE, plain, FRIDAY));
    }

    @Test
    void waitingPausesTheClockAndResumingGivesBackTheDaysThatWereLeft() {
        Deadline running = Deadline.running(LocalDate.of(2026, 12, 4)); // 10 working days from Friday 20 November
        LocalDate tuesday = LocalDate.of(2026, 11, 24);                // 2 used, 8 left
        Deadline paused = policy.after(EXECUTION, IN_BEHANDELING, EXECUTION, WACHT_OP_INFORMATIE, running, plain, tuesday);
        assertTrue(paused.isPaused());
        assertNull(paused.due());
        assertEquals(8, paused.pausedRemaining());
        assertEquals(LocalDate.of(2026, 12, 8), paused.waitingUntil());
        assertFalse(paused.isOverdueOn(LocalDate.of(2027, 6, 1)), "a paused clock is never overdue");

        // Answered on Monday 7 December: 8 working days from then.
        Deadline resumed = policy.after(EXECUTION, WACHT_OP_INFORMATIE, EXECUTION, IN_BEHANDELING, paused, plain, LocalDate.of(2026, 12, 7));
        assertEquals(Deadline.running(LocalDate.of(2026, 12, 17)), resumed);
    }

    @Test
    void anOverdueKnelpuntStaysOverdueAcrossAPause() {
        Deadline late = Deadline.running(LocalDate.of(2026, 11, 18)); // Wednesday, two working days before Friday
        Deadline paused = policy.after(EXECUTION, IN_BEHANDELING, EXECUTION, WACHT_OP_INFORMATIE, late, plain, FRIDAY);
        assertEquals(-2, paused.pausedRemaining());
        Deadline resumed = policy.after(EXECUTION, WACHT_OP_INFORMATIE, EXECUTION, IN_BEHANDELING, paused, plain, LocalDate.of(2026, 11, 25));
        assertTrue(resumed.isOverdueOn(LocalDate.of(2026, 11, 25)));
    }

    @Test
    void theWaitExpiresOnItsLastDay() {
        Deadline paused = new Deadline(null, 5, LocalDate.of(2026, 12, 8));
        assertFalse(paused.waitExpiredOn(LocalDate.of(2026, 12, 7)));
        assertTrue(paused.waitExpiredOn(LocalDate.of(2026, 12, 8)));
        assertTrue(paused.waitExpiredOn(LocalDate.of(2026, 12, 9)));
    }

    @Test
    void resolvedClosedAndSystemLevelHaveNoClock() {
        Deadline running = Deadline.running(LocalDate.of(2026, 12, 4));
        assertEquals(Deadline.NONE, policy.after(EXECUTION, IN_BEHANDELING, EXECUTION, OPGELOST, running, plain, FRIDAY));
        assertEquals(Deadline.NONE, policy.after(EXECUTION, IN_BEHANDELING, EXECUTION, Status.GESLOTEN, running, plain, FRIDAY));
        assertEquals(Deadline.NONE, policy.after(LINKING, IN_BEHANDELING, SYSTEM, OPGESCHAALD, running, plain, FRIDAY));
        assertFalse(Deadline.NONE.isOverdueOn(FRIDAY));
    }

    @Test
    void aSystemLevelKnelpuntTakenBackByTheCoordinatorGetsALinkingClock() {
        assertEquals(Deadline.running(LocalDate.of(2026, 12, 11)),
                policy.after(SYSTEM, HEROPEND, LINKING, IN_BEHANDELING, Deadline.NONE, plain, FRIDAY));
    }

    @Test
    void everyTransitionInTheTableGivesAConsistentClock() {
        for (Transition t : BottleneckWorkflow.table()) {
            Deadline before = t.fromStatus() == WACHT_OP_INFORMATIE ? new Deadline(null, 4, FRIDAY.plusDays(14))
                    : t.fromStatus().isOpen() && t.fromLevel() != SYSTEM ? Deadline.running(FRIDAY.plusDays(7)) : Deadline.NONE;
            Deadline after = policy.after(t.fromLevel(), t.fromStatus(), t.toLevel(), t.toStatus(), before, plain, FRIDAY);
            boolean clocked = t.toStatus().isOpen() && t.toLevel() != SYSTEM;
            assertEquals(clocked, after.due() != null || after.isPaused(), t.toString());
            assertEquals(t.toStatus() == WACHT_OP_INFORMATIE, after.isPaused(), t.toString());
            if (after.due() != null) {
                assertFalse(after.due().isBefore(FRIDAY), t.toString());
            }
        }
    }

    @Test
    void periodsAreAtLeastOneWorkingDay() {
        assertThrows(IllegalArgumentException.class, () -> new DeadlinePolicy(calendar, 0, 15, 10));
    }
}
