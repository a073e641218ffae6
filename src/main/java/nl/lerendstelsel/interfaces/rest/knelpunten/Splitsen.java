package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;
import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for splitting: 2 to 5 parts, each with a title and description, and the reason. */
public record Splitsen(List<Deel> delen, @NotRequired String toelichting, @NotRequired Long versie) {
}
