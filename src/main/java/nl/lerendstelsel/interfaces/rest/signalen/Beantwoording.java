package nl.lerendstelsel.interfaces.rest.signalen;

import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** Request body for the formal response. */
public record Beantwoording(@OneOf(Decision.class) String besluit, String antwoord, @NotRequired String forum,
                            @NotRequired Long versie) {
}
