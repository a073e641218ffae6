package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/**
 * The follow-up of an adopted decision: what changes, when it is expected, the progress reported since, when it was
 * realised and how ({@code null}s while not), and whether it is past its expected date without being realised.
 */
public record Opvolging(@NotRequired String wijziging, @NotRequired LocalDate verwachteDatum, List<Voortgang> voortgang,
                        @NotRequired Instant gerealiseerd, @NotRequired String realisatie, boolean achterstallig) {

    /** The follow-up, or null while there is none; {@code overdue}: past its expected date and not realised. */
    public static Opvolging of(Signal s, boolean overdue) {
        if (s.getFollowUpChange() == null && s.getProgress().isEmpty()) {
            return null;
        }
        return new Opvolging(s.getFollowUpChange(), s.getFollowUpExpected(), s.getProgress().stream()
                .map(p -> Voortgang.of(p.getBody(), DisplayName.of(p.getAuthor()), p.getCreatedAt())).toList(), s.getFollowUpRealisedAt(),
                s.getFollowUpRealisedNote(), overdue);
    }
}
