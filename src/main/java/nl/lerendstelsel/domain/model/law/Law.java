package nl.lerendstelsel.domain.model.law;

/**
 * The regulations of the Wet inburgering 2021 that answers cite, with their identifier in the Basiswettenbestand (BWB),
 * by which wetten.overheid.nl finds the text in force.
 */
public enum Law {
    WI2021("de", "Wet inburgering 2021", "BWBR0044770"),
    BI2021("het", "Besluit inburgering 2021", "BWBR0045555"),
    RI2021("de", "Regeling inburgering 2021", "BWBR0045574");

    private final String article;
    private final String title;
    private final String bwbId;

    Law(String article, String title, String bwbId) {
        this.article = article;
        this.title = title;
        this.bwbId = bwbId;
    }

    /** The title with its Dutch article, as a citation names it: "het Besluit inburgering 2021". */
    public String titleWithArticle() {
        return article + " " + title;
    }

    public String title() {
        return title;
    }

    /** The regulation's BWB identifier, e.g. {@code BWBR0044770} for the Wet inburgering 2021. */
    public String bwbId() {
        return bwbId;
    }
}
