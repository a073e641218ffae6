package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for sharing an outcome (true or absent) or withdrawing it (false). */
public record Gedeeld(@NotRequired Boolean gedeeld) {
}
