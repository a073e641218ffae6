package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/**
 * Request body for changing an outcome: title, text, theme codes (at least one), optionally a gemeente or a region
 * (arbeidsmarktregio) code, and the version it was read at (optional; a newer one gives 409).
 */
public record OpbrengstWijziging(String titel, String omschrijving, List<String> themas, @NotRequired String gemeente,
                                 @NotRequired String regio, @NotRequired Long versie) {
}
