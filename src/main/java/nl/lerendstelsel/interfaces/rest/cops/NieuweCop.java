package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;

/** Request body for a new CoP or the changes to one; {@code versie} when changing. */
public record NieuweCop(String naam, String omschrijving, String lidmaatschap, List<String> themas, List<String> regios,
                        Long versie) {
}
