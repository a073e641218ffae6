package nl.lerendstelsel.domain.model.qa;

/**
 * The regulations of the Wet inburgering 2021 that answers cite, with their identifier in the Basiswettenbestand (BWB),
 * by which wetten.overheid.nl finds the text in force.
 */
public enum Law {
    WI2021("Wet inburgering 2021", "BWBR0044770"),
    BI2021("Besluit inburgering 2021", "BWBR0045555"),
    RI2021("Regeling inburgering 2021", "BWBR0045574");

    private final String title;
    private final String bwbId;

    Law(String title, String bwbId) {
        this.title = title;
        this.bwbId = bwbId;
    }

    public String title() {
        return title;
    }

    /** The regulation's BWB identifier, e.g. {@code BWBR0044770} for the Wet inburgering 2021. */
    public String bwbId() {
        return bwbId;
    }
}
