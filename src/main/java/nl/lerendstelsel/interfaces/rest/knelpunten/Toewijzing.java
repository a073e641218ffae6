package nl.lerendstelsel.interfaces.rest.knelpunten;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for assigning: the user name of a handler of the knelpunt's level, and the version seen. */
public record Toewijzing(@NotRequired String behandelaar, @NotRequired Long versie) {
}
