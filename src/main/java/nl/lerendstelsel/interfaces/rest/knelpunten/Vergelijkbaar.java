package nl.lerendstelsel.interfaces.rest.knelpunten;

import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** A knelpunt that resembles a title (and description), with the percentage of overlap. */
public record Vergelijkbaar(String referentie, String titel, @OneOf(Level.class) String niveau,
                            @OneOf(Status.class) String status, int overeenkomst) {
}
