package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.domain.model.community.Rsvp;

/** Someone's answer whether they come to a meeting. */
public record Aanwezigheid(String naam, String antwoord, Instant op) {

    public static Aanwezigheid of(Rsvp r) {
        return new Aanwezigheid(r.getPerson().getDisplayName(), r.getAnswer().name(), r.getAnsweredAt());
    }
}
