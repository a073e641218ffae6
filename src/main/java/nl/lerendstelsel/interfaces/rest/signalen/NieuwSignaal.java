package nl.lerendstelsel.interfaces.rest.signalen;

import java.util.List;

/** Request body for a new signal. */
public record NieuwSignaal(String titel, String probleemstelling, String analyse, String urgentie, String voorstel,
                           String voorstelToelichting, List<String> ookVoorstellen, List<String> knelpunten) {
}
