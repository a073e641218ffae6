package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;

/** One report of progress on the follow-up. */
public record Voortgang(String tekst, String door, Instant datum) {
}
