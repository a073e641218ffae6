package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;

/** An earlier text of an edited post. */
public record Versie(String html, Instant geschrevenOp) {
}
