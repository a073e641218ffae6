package nl.lerendstelsel.domain.model.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Finding and anonymising knelpunten past their retention period. */
public interface RetentionRepository {

    /** A knelpunt that is due, with what its anonymisation would touch. */
    record Candidate(long id, String reference, String title, LocalDate finishedOn, String status, long comments, long attachments,
                     long supports, long followers) {
    }

    /** What one anonymisation changed. */
    record Anonymised(String reference, int people, int comments, int attachments, int supports, int followers) {
    }

    /** How many finished, not yet anonymised knelpunten finished on or before {@code cutoff}. */
    long countDue(LocalDate cutoff);

    /** The first {@code max} of them, oldest first, with counts. */
    List<Candidate> due(LocalDate cutoff, int max);

    /** The ids of the next batch, oldest first. */
    List<Long> dueIds(LocalDate cutoff, int max);

    /**
     * Replaces the people in one knelpunt by the neutral profile and removes its attachments and followers, if it is still
     * due (finished on or before {@code cutoff} and not yet anonymised); empty when it no longer is (another node was first,
     * or it was reopened).
     */
    java.util.Optional<Anonymised> anonymise(long id, LocalDate cutoff, Instant now);
}
