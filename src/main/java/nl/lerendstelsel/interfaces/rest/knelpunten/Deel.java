package nl.lerendstelsel.interfaces.rest.knelpunten;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** One part of a split: the new knelpunt's title and description. */
public record Deel(@NotRequired String titel, @NotRequired String omschrijving) {
}
