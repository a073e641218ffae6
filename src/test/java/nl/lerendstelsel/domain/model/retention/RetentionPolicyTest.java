package nl.lerendstelsel.domain.model.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private final RetentionPolicy policy = new RetentionPolicy(24);

    @Test
    void theCutOffIsTheDayInTheNetherlandsMinusThePeriod() {
        // 22:30 UTC on 31 March is already 1 April in Amsterdam (summer time, UTC+2)
        Instant lateEvening = Instant.parse("2026-03-31T22:30:00Z");
        assertEquals(LocalDate.of(2026, 4, 1), RetentionPolicy.today(lateEvening));
        assertEquals(LocalDate.of(2024, 4, 1), policy.cutoff(lateEvening));
        // in winter time (UTC+1) 23:30 UTC is past midnight too
        assertEquals(LocalDate.of(2024, 1, 1), policy.cutoff(Instant.parse("2025-12-31T23:30:00Z")));
        assertEquals(LocalDate.of(2023, 12, 31), policy.cutoff(Instant.parse("2025-12-31T22:59:59Z")));
    }

    @Test
    void monthEndsFollowTheCalendar() {
        // 24 months before 28 February 2026 is 28 February 2024; 29 February 2024 is one day short
        Instant now = Instant.parse("2026-02-28T12:00:00Z");
        assertTrue(policy.isDue(Status.GESLOTEN, LocalDate.of(2024, 2, 28), false, now));
        assertFalse(policy.isDue(Status.GESLOTEN, LocalDate.of(2024, 2, 29), false, now));
        assertTrue(policy.isDue(Status.GESLOTEN, LocalDate.of(2024, 2, 29), false, Instant.parse("2026-03-01T12:00:00Z")));
    }

    @Test
    void onlyFinishedKnelpuntenPastThePeriodThatAreNotYetAnonymisedAreDue() {
        Instant now = Instant.parse("2026-06-15T10:00:00Z");
        LocalDate old = LocalDate.of(2024, 6, 15);
        LocalDate recent = LocalDate.of(2024, 6, 16);
        assertTrue(policy.isDue(Status.GESLOTEN, old, false, now), "closed exactly 24 months ago");
        assertTrue(policy.isDue(Status.OPGELOST, old.minusYears(1), false, now), "resolved long ago");
        assertFalse(policy.isDue(Status.GESLOTEN, recent, false, now), "closed a day less than 24 months ago");
        assertFalse(policy.isDue(Status.GESLOTEN, old, true, now), "already anonymised");
        for (Status open : Status.values()) {
            if (open.isOpen()) {
                assertFalse(policy.isDue(open, old, false, now), open + " is open");
            }
        }
        assertFalse(policy.isDue(Status.GESLOTEN, null, false, now), "no finishing day");
    }

    @Test
    void aPeriodShorterThanTheMinimumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(RetentionPolicy.MINIMUM_MONTHS - 1));
        assertEquals(6, new RetentionPolicy(6).months());
    }
}
