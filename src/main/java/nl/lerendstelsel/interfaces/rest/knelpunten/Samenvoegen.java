package nl.lerendstelsel.interfaces.rest.knelpunten;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for merging this knelpunt (a duplicate) into the one that stays. */
public record Samenvoegen(String behouden, @NotRequired String toelichting, @NotRequired Long versie) {
}
