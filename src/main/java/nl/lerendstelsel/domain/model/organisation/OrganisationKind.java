package nl.lerendstelsel.domain.model.organisation;

/** What kind of organisation someone works for. Every gemeente is a {@link #GEMEENTE}; the rest are partners. */
public enum OrganisationKind {
    GEMEENTE,
    UITVOERINGSORGANISATIE,
    KOEPELORGANISATIE,
    MINISTERIE,
    TAALSCHOOL,
    MAATSCHAPPELIJKE_ORGANISATIE;

    public boolean isPartner() {
        return this != GEMEENTE;
    }
}
