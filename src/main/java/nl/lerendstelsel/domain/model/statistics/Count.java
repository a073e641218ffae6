package nl.lerendstelsel.domain.model.statistics;

/** One row of a grouped count: the code people filter on, the name they read, and the number. */
public record Count(String code, String label, long count) {
}
