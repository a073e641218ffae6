package nl.lerendstelsel.interfaces.rest.cops;

/** Request body for sharing an outcome (true or absent) or withdrawing it (false). */
public record Gedeeld(Boolean gedeeld) {
}
