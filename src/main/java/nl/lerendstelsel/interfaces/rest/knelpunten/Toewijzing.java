package nl.lerendstelsel.interfaces.rest.knelpunten;

/** Request body for assigning: the user name of a handler of the knelpunt's level, and the version seen. */
public record Toewijzing(String behandelaar, Long versie) {
}
