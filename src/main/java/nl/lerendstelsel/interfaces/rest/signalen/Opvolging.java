package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.domain.model.signal.Signal;

/** The follow-up of an adopted decision: what changes, when it is expected, and the progress reported since. */
public record Opvolging(String wijziging, LocalDate verwachteDatum, List<Voortgang> voortgang) {

    /** The follow-up, or null while there is none. */
    public static Opvolging of(Signal s) {
        if (s.getFollowUpChange() == null && s.getProgress().isEmpty()) {
            return null;
        }
        return new Opvolging(s.getFollowUpChange(), s.getFollowUpExpected(), s.getProgress().stream()
                .map(p -> new Voortgang(p.getBody(), DisplayName.of(p.getAuthor()), p.getCreatedAt())).toList());
    }
}
