package nl.lerendstelsel.domain.model.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Finding and erasing what is past its retention period: knelpunten (by cut-off day), and per {@link RetentionKind} posts,
 * signals' texts, notifications, questions and profiles (by the instant {@link RetentionPeriods#dueBefore} gives).
 */
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

    /** What erasing one item changed: the audit object, how many rows, and the details for the audit log (no names). */
    record Erased(String objectType, String objectId, int items, String details) {
    }

    /** How many items of {@code kind} (not {@link RetentionKind#KNELPUNTEN}) are due. */
    long countDue(RetentionKind kind, Instant before);

    /** The ids of the next batch of {@code kind} (not knelpunten, not notifications), oldest first. */
    List<Long> dueIds(RetentionKind kind, Instant before, int max);

    /**
     * Erases one item of {@code kind} if it is still due (claimed with a conditional update, so two nodes never both do it);
     * empty when it no longer is. A profile's audit entries are pseudonymised in the same transaction.
     */
    java.util.Optional<Erased> erase(RetentionKind kind, long id, Instant before, Instant now);

    /** Deletes up to {@code max} notifications created before {@code before}; returns how many. */
    int deleteNotifications(Instant before, int max);
}
