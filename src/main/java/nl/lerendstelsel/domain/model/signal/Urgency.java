package nl.lerendstelsel.domain.model.signal;

/** How urgent the coordinator judges a signal. */
public enum Urgency {
    LAAG("laag", "low"),
    GEMIDDELD("gemiddeld", "medium"),
    HOOG("hoog", "high");

    private final String dutch;
    private final String english;

    Urgency(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
