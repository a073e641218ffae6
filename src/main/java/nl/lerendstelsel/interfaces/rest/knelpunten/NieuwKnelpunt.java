package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request body for reporting a knelpunt. {@code doelgroepen}: which inburgeraars it concerns, codes such as
 * {@code statushouders}, {@code gezinsmigranten}, {@code overige-inburgeringsplichtigen}, {@code vrijwillige-inburgeraars}.
 */
public record NieuwKnelpunt(@Schema(example = "Wachtlijst voor de B1-route bij de taalscholen") String titel,
                            @Schema(example = "Inburgeraars in de regio wachten vier maanden op een plek in de B1-route, zodat hun inburgeringstermijn al loopt voordat ze beginnen.") String omschrijving,
                            @Schema(example = "b1-route") String thema, @Schema(example = "GM0344") String gemeente,
                            @NotRequired @Schema(example = "Asielstatushouders") String doelgroep,
                            @NotRequired @OneOf(EstimatedScale.class) @Schema(example = "TIENTALLEN") String schaal,
                            @NotRequired @Schema(example = "Meer plekken inkopen bij de taalscholen in de regio.") String oplossingsrichting,
                            @NotRequired Boolean afgeschermd, @NotRequired List<String> tags, @NotRequired Long cop,
                            @NotRequired Long opbrengst, @NotRequired @OneOf(TargetGroup.class) List<String> doelgroepen) {
}
