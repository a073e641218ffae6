package nl.lerendstelsel.interfaces.rest.knelpunten;

/** A knelpunt that resembles a title (and description), with the percentage of overlap. */
public record Vergelijkbaar(String referentie, String titel, String niveau, String status, int overeenkomst) {
}
