package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.util.List;

/**
 * Request body for reporting a knelpunt. {@code doelgroepen}: which inburgeraars it concerns, codes such as
 * {@code statushouders}, {@code gezinsmigranten}, {@code overige-inburgeringsplichtigen}, {@code vrijwillige-inburgeraars}.
 */
public record NieuwKnelpunt(String titel, String omschrijving, String thema, String gemeente, String doelgroep,
                            String schaal, String oplossingsrichting, Boolean afgeschermd, List<String> tags, Long cop,
                            Long opbrengst, List<String> doelgroepen) {
}
