package nl.lerendstelsel.interfaces.rest.knelpunten;

/** Request body for a workflow step: the reason or feedback, and the version the caller saw. */
public record Stap(String toelichting, Long versie) {
}
