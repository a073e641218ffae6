package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for the notes of a meeting. */
public record Verslag(@NotRequired String verslag) {
}
