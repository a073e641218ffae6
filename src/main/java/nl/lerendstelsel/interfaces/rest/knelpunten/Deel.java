package nl.lerendstelsel.interfaces.rest.knelpunten;

/** One part of a split: the new knelpunt's title and description. */
public record Deel(String titel, String omschrijving) {
}
