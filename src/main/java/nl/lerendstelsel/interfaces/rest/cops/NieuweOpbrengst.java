package nl.lerendstelsel.interfaces.rest.cops;

/**
 * Request body for recording an outcome, optionally from a meeting or a discussion; themas (codes) default to the CoP's,
 * gemeente or regio (codes) are optional.
 */
public record NieuweOpbrengst(String soort, String titel, String omschrijving, Long bijeenkomst, Long discussie,
                              java.util.List<String> themas, String gemeente, String regio) {
}
