package nl.lerendstelsel.interfaces.rest.cops;

/** Request body for recording an outcome, optionally from a meeting or a discussion. */
public record NieuweOpbrengst(String soort, String titel, String omschrijving, Long bijeenkomst, Long discussie) {
}
