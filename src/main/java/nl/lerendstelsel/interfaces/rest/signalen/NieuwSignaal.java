package nl.lerendstelsel.interfaces.rest.signalen;

import java.util.List;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request body for a new signal. */
public record NieuwSignaal(@Schema(example = "Te weinig examenplekken voor de leerbaarheidstoets") String titel,
                           @Schema(example = "In vijf regio's wachten inburgeraars langer dan acht weken op de leerbaarheidstoets.") String probleemstelling,
                           @Schema(example = "De capaciteit van de afnemers is landelijk vastgelegd; gemeenten kunnen er zelf niets aan doen.") String analyse,
                           @OneOf(Urgency.class) @Schema(example = "HOOG") String urgentie,
                           @OneOf(Proposal.class) @Schema(example = "AANPASSING_UITVOERING") String voorstel,
                           @NotRequired @Schema(example = "Meer afnamemomenten per week in de drukke regio's.") String voorstelToelichting,
                           @NotRequired @OneOf(Proposal.class) List<String> ookVoorstellen, @NotRequired List<String> knelpunten) {
}
