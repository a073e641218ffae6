package nl.lerendstelsel.interfaces.rest.cops;

/** Request body for the caller's answer to a meeting: JA, NEE or MISSCHIEN. */
public record Antwoord(String antwoord) {
}
