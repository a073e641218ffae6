package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.domain.model.community.Rsvp;
import nl.lerendstelsel.domain.model.community.RsvpAnswer;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** Someone's answer whether they come to a meeting. */
public record Aanwezigheid(String naam, @OneOf(RsvpAnswer.class) String antwoord, Instant op) {

    public static Aanwezigheid of(Rsvp r) {
        return new Aanwezigheid(r.getPerson().getDisplayName(), r.getAnswer().name(), r.getAnsweredAt());
    }
}
