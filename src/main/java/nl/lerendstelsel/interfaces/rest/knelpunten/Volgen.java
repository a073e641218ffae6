package nl.lerendstelsel.interfaces.rest.knelpunten;

/** Whether the caller follows a knelpunt. */
public record Volgen(boolean volgt) {
}
