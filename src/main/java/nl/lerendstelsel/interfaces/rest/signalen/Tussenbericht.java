package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** An interim answer of the ministry: what happens next, the answer deadline before it and the one it set. */
public record Tussenbericht(String tekst, @NotRequired LocalDate vorigeTermijn, @NotRequired LocalDate nieuweTermijn,
                            @NotRequired String door, LocalDate datum, Instant tijdstip) {

    public static Tussenbericht of(SignalEvent e) {
        return new Tussenbericht(e.getText(), e.getDueBefore(), e.getDueAfter(), DisplayName.of(e.getActor()),
                LocalDate.ofInstant(e.getOccurredAt(), DutchTime.ZONE), e.getOccurredAt());
    }
}
