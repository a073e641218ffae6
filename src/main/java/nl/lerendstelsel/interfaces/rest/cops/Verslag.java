package nl.lerendstelsel.interfaces.rest.cops;

/** Request body for the notes of a meeting. */
public record Verslag(String verslag) {
}
