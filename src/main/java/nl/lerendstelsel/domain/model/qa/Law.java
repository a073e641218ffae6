package nl.lerendstelsel.domain.model.qa;

/** The regulations of the Wet inburgering 2021 that answers cite. */
public enum Law {
    WI2021("Wet inburgering 2021"),
    BI2021("Besluit inburgering 2021"),
    RI2021("Regeling inburgering 2021");

    private final String title;

    Law(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
