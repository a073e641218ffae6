package nl.lerendstelsel.interfaces.rest.knelpunten;

/** Request body for a comment. */
public record NieuweReactie(String tekst) {
}
