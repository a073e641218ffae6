package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The formal response of SZW to a signal: the decision, its text, the forum it was referred to, who and when. */
@Schema(name = "SignaalAntwoord")
public record Antwoord(@OneOf(Decision.class) String besluit, @NotRequired String tekst, @NotRequired String forum,
                       @NotRequired String door, @NotRequired LocalDate datum, @NotRequired Instant tijdstip) {

    /** The response, or null while there is none. */
    public static Antwoord of(Signal s) {
        return s.getDecision() == null ? null : new Antwoord(s.getDecision().name(), s.getResponse(), s.getForum(),
                DisplayName.of(s.getResponder()),
                s.getAnsweredAt() == null ? null : LocalDate.ofInstant(s.getAnsweredAt(), DutchTime.ZONE), s.getAnsweredAt());
    }
}
