package nl.lerendstelsel.domain.model.bottleneck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface BottleneckRepository {

    Optional<Bottleneck> findByReference(String reference);

    /**
     * Of these references, those that exist and {@code viewer} may see: one narrow read with the lists' visibility rule
     * (search results), no knelpunten loaded.
     */
    java.util.Set<String> visibleReferences(Collection<String> references, Viewer viewer);

    Optional<Bottleneck> findById(Long id);

    void add(Bottleneck bottleneck);

    /** Most recently changed first; reporter and assignee fetched in the same query. */
    List<Bottleneck> page(BottleneckFilter filter, BottleneckSort sort, int offset, int limit);

    /** The ids of the first {@code limit} matching knelpunten in the given order (the bounded list of the pages). */
    List<Long> ids(BottleneckFilter filter, BottleneckSort sort, int limit);

    /**
     * These knelpunten, in the order of the ids, read for a row of a list only: reference, title, theme, gemeente,
     * level, status, deadline, the proposed and restricted marks and when it changed. Anything else is read on first
     * use, one statement per knelpunt, so these are for showing list rows, not for work on the knelpunt.
     */
    List<Bottleneck> rows(List<Long> ids);

    /**
     * References of knelpunten with a running clock whose due day lies from {@code from} up to and including {@code to}
     * ({@code from} null: any earlier day) and that had no reminder of {@code kind} for that due day yet, earliest first.
     */
    List<String> dueWithoutReminder(LocalDate from, LocalDate to, String kind, int max);

    /** References of knelpunten waiting for information whose waiting period has expired on {@code today}. */
    List<String> waitExpiredOn(LocalDate today);

    long count(BottleneckFilter filter);

    void add(Support support);

    boolean isSupportedBy(Bottleneck bottleneck, String organisationCode);

    /**
     * Locks the knelpunt's row until the end of the transaction (without changing its version), so that writes that
     * check and then insert rows of their own (supports) take turns per knelpunt instead of deadlocking.
     */
    void lockForUpdate(Bottleneck bottleneck);

    List<Support> supports(Bottleneck bottleneck);

    /** Distinct supporting organisations, and distinct gemeenten and regions including the knelpunt's own gemeente. */
    long[] supportCounts(Bottleneck bottleneck);

    /** Writes pending changes now, so a concurrent change surfaces as an optimistic-lock failure here. */
    void flush();

    /** The next number for references of this kind in this year (1, 2, …), unique across concurrent callers. */
    long nextReferenceNumber(String kind, int year);

    void add(Comment comment);

    /** Comments oldest first. */
    List<Comment> comments(Bottleneck bottleneck, int offset, int limit);

    long commentCount(Bottleneck bottleneck);

    boolean isFollowing(Bottleneck bottleneck, Long userId);

    /** Starts following; does nothing when already following. */
    void follow(Bottleneck bottleneck, Long userId, Instant since);

    void unfollow(Bottleneck bottleneck, Long userId);

    /** The profile ids of everyone who hears of changes: the reporter, every supporter and every follower. */
    Set<Long> audience(Bottleneck bottleneck);

    /** Replaces the search terms of a knelpunt. */
    void replaceTerms(Bottleneck bottleneck, Map<String, Integer> terms);

    /**
     * Among the candidate knelpunten (by reference), those sharing terms with the query, best first, at most
     * {@code limit}: per knelpunt the summed weight of its matching terms. Merged knelpunten are left out. Reads only
     * the candidates' terms, so the cost follows the number of candidates, not of knelpunten. The knelpunten come as
     * list rows ({@link #rows}).
     */
    List<Map.Entry<Bottleneck, Long>> similar(Set<String> terms, Collection<String> references, int limit);

    /** Moves supports to another knelpunt (the caller removed duplicates first). */
    void moveSupport(Support support, Bottleneck to);

    void remove(Support support);

    /** Moves all followers of one knelpunt to another, skipping people who already follow it; returns how many moved. */
    int moveFollowers(Bottleneck from, Bottleneck to, Instant since);
}
