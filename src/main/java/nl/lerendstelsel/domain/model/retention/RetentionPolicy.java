package nl.lerendstelsel.domain.model.retention;

import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.calendar.DutchTime;

/**
 * How long the people in a finished knelpunt are kept: {@code months} after the day it was resolved or closed (a day in
 * the Netherlands). A knelpunt finished on day D is anonymised from day D + months on, e.g. finished 10 March 2024 with
 * 24 months: anonymised from 10 March 2026. An open knelpunt (also one reopened after it was finished) is never due.
 */
public record RetentionPolicy(int months) {

    public static final int DEFAULT_MONTHS = 24;
    /** The shortest period that may be configured: a knelpunt may be reopened and followed up for a while. */
    public static final int MINIMUM_MONTHS = 6;

    public RetentionPolicy {
        if (months < MINIMUM_MONTHS) {
            throw new IllegalArgumentException("A retention period of " + months + " months is shorter than the minimum of "
                    + MINIMUM_MONTHS);
        }
    }

    /** Today in the Netherlands at {@code now}. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, DutchTime.ZONE);
    }

    /** The latest finishing day that is due at {@code now}: everything finished on or before it is anonymised. */
    public LocalDate cutoff(Instant now) {
        return today(now).minusMonths(months);
    }

    /** Whether a knelpunt with this status, finished on this day and perhaps already anonymised, is due at {@code now}. */
    public boolean isDue(Status status, LocalDate finishedOn, boolean anonymised, Instant now) {
        return !anonymised && !status.isOpen() && finishedOn != null && !finishedOn.isAfter(cutoff(now));
    }
}
