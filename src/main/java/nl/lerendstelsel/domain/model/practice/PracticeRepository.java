package nl.lerendstelsel.domain.model.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storage of practice examples and their adoptions. */
public interface PracticeRepository {

    /** Persists a new practice example or adoption. */
    void add(Object entity);

    void flush();

    Optional<PracticeExample> find(Long id);

    /** Practice examples in a stage that pass the filter, the most recently published (or changed) first. */
    List<PracticeExample> list(PublicationStage stage, PracticeFilter filter, int offset, int limit);

    long count(PublicationStage stage, PracticeFilter filter);

    /** The practice examples by one author, the most recently changed first. */
    List<PracticeExample> byAuthor(Long authorId, int limit);

    /**
     * Published practice examples other than {@code exceptId} that share a theme or a target group with it, most
     * shared first (themes count before target groups), then the most recently published.
     */
    List<PracticeExample> similar(PracticeExample practice, int limit);

    /** The ids among these of published practice examples (one query). */
    Set<Long> publishedAmong(Collection<Long> ids);

    /** The adoptions of a practice, the oldest first. */
    List<Adoption> adoptions(Long practiceId);

    Optional<Adoption> adoption(Long practiceId, String organisationCode);

    void remove(Adoption adoption);

    /** The practice made from a CoP outcome, if one was. */
    Optional<PracticeExample> fromOutcome(Long outcomeId);
}
