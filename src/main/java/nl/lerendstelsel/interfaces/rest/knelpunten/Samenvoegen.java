package nl.lerendstelsel.interfaces.rest.knelpunten;

/** Request body for merging this knelpunt (a duplicate) into the one that stays. */
public record Samenvoegen(String behouden, String toelichting, Long versie) {
}
