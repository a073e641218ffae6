package nl.lerendstelsel.interfaces.rest.cops;

/** Cancelling a meeting: the reason members see, and optionally the version the client saw (409 when it changed). */
public record Afgelasting(String reden, Long versie) {
}
