package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** One report of progress on the follow-up. */
public record Voortgang(String tekst, @NotRequired String door, @NotRequired LocalDate datum, @NotRequired Instant tijdstip) {

    /** The report of {@code at}: {@code datum} its day in the Netherlands, {@code tijdstip} the moment. */
    public static Voortgang of(String text, String by, Instant at) {
        return new Voortgang(text, by, at == null ? null : LocalDate.ofInstant(at, DutchTime.ZONE), at);
    }
}
