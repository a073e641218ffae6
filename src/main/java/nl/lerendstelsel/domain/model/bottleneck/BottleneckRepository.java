package nl.lerendstelsel.domain.model.bottleneck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface BottleneckRepository {

    Optional<Bottleneck> findByReference(String reference);

    void add(Bottleneck bottleneck);

    /** Most recently changed first; reporter and assignee fetched in the same query. */
    List<Bottleneck> page(BottleneckFilter filter, BottleneckSort sort, int offset, int limit);

    /** References of knelpunten waiting for information whose waiting period has expired on {@code today}. */
    List<String> waitExpiredOn(LocalDate today);

    long count(BottleneckFilter filter);

    void add(Support support);

    boolean isSupportedBy(Bottleneck bottleneck, String organisationCode);

    List<Support> supports(Bottleneck bottleneck);

    /** Distinct supporting organisations, and distinct gemeenten and regions including the knelpunt's own gemeente. */
    long[] supportCounts(Bottleneck bottleneck);

    /** Writes pending changes now, so a concurrent change surfaces as an optimistic-lock failure here. */
    void flush();

    /** The next number for references of this kind in this year (1, 2, …), unique across concurrent callers. */
    long nextReferenceNumber(String kind, int year);
}
