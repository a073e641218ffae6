package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/**
 * Request body for recording an outcome, optionally from a meeting or a discussion; themas (codes) default to the CoP's,
 * gemeente or regio (codes) are optional.
 */
public record NieuweOpbrengst(@OneOf(OutcomeKind.class) String soort, String titel, String omschrijving,
                              @NotRequired Long bijeenkomst, @NotRequired Long discussie,
                              @NotRequired java.util.List<String> themas, @NotRequired String gemeente,
                              @NotRequired String regio) {
}
