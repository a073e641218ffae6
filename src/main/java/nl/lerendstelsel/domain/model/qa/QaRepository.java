package nl.lerendstelsel.domain.model.qa;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Storage of the Q&A base. */
public interface QaRepository {

    void add(Object entity);

    void flush();

    Optional<QaEntry> findEntry(Long id);

    /** Of these entries, the ids of those with a published answer, in one read. */
    Set<Long> publishedAmong(Collection<Long> ids);

    Optional<QaVersion> findVersion(Long id);

    /** All versions of an entry, newest first. */
    List<QaVersion> versions(Long entryId);

    /** The concept or version in review of an entry, if any (there is at most one). */
    Optional<QaVersion> openVersion(Long entryId);

    /** Published entries of a theme ({@code null}: all), by question. */
    List<QaEntry> published(String themeCode, int offset, int limit);

    long publishedCount(String themeCode);

    /** Number of published entries per theme code. */
    Map<String, Long> publishedPerTheme();

    /** Versions with {@code status}, oldest change first (the editors' worklists). */
    List<QaVersion> withStatus(VersionStatus status, int limit);

    /**
     * The current published versions that have not expired on {@code today} (no end date, or one not before it), newest
     * publication first (the Atom feed), of a theme or all: never a superseded, withdrawn or expired version.
     */
    List<QaVersion> recentlyPublished(String themeCode, java.time.LocalDate today, int limit);

    /** [useful, not useful] per entry id, for editors. */
    Map<Long, long[]> feedbackCounts(List<Long> entryIds);

    List<Feedback> feedback(Long entryId, int limit);

    Optional<Question> findQuestion(Long id);

    List<Question> questions(QuestionStatus status, int offset, int limit);

    List<Question> questionsOf(Long userId);

    /** The questions an entry answers. */
    List<Question> questionsAnsweredBy(Long entryId);

    /** Knelpunt ids linked to an entry, and entry ids linked to a knelpunt. */
    List<Long> bottlenecksOf(Long entryId);

    List<Long> entriesOf(Long bottleneckId);

    void link(Long entryId, Long bottleneckId);

    /** Entries whose published answer is valid until a day from {@code from} up to and including {@code to}, earliest first. */
    List<QaEntry> expiringBetween(java.time.LocalDate from, java.time.LocalDate to, int max);

    /** Entries whose published answer ended before {@code day} (expired), longest expired first. */
    List<QaEntry> expiredBefore(java.time.LocalDate day, int max);
}
