package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Cancelling a meeting: the reason members see, and optionally the version the client saw (409 when it changed). */
public record Afgelasting(String reden, @NotRequired Long versie) {
}
