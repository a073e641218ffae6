package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/**
 * Request body for reporting a knelpunt. {@code doelgroepen}: which inburgeraars it concerns, codes such as
 * {@code statushouders}, {@code gezinsmigranten}, {@code overige-inburgeringsplichtigen}, {@code vrijwillige-inburgeraars}.
 */
public record NieuwKnelpunt(String titel, String omschrijving, String thema, String gemeente, @NotRequired String doelgroep,
                            @NotRequired @OneOf(EstimatedScale.class) String schaal, @NotRequired String oplossingsrichting,
                            @NotRequired Boolean afgeschermd, @NotRequired List<String> tags, @NotRequired Long cop,
                            @NotRequired Long opbrengst, @NotRequired @OneOf(TargetGroup.class) List<String> doelgroepen) {
}
