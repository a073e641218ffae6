package nl.lerendstelsel.interfaces.rest.signalen;

import java.util.List;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** Request body for a new signal. */
public record NieuwSignaal(String titel, String probleemstelling, String analyse, @OneOf(Urgency.class) String urgentie,
                           @OneOf(Proposal.class) String voorstel, @NotRequired String voorstelToelichting,
                           @NotRequired @OneOf(Proposal.class) List<String> ookVoorstellen, @NotRequired List<String> knelpunten) {
}
