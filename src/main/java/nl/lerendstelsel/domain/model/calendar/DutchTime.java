package nl.lerendstelsel.domain.model.calendar;

import java.time.ZoneId;

/**
 * The one time zone of the application: the Netherlands (Europe/Amsterdam). Days (deadlines, due dates, retention,
 * report periods), the clock and every time shown to people are in this zone.
 */
public final class DutchTime {

    /** The zone's id, a constant for annotations such as {@code @Schedule(timezone = DutchTime.ZONE_ID)}. */
    public static final String ZONE_ID = "Europe/Amsterdam";

    /** The zone in which the application measures days and shows times. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private DutchTime() {
    }
}
