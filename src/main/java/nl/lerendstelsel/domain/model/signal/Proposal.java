package nl.lerendstelsel.domain.model.signal;

/** What a signal proposes. */
public enum Proposal {
    AANPASSING_WET_REGELGEVING("aanpassing wet- of regelgeving", "change of law or regulation"),
    AANPASSING_UITVOERING("aanpassing uitvoering", "change of implementation"),
    FINANCIERING("financiering", "funding"),
    VERDUIDELIJKING("verduidelijking", "clarification");

    private final String dutch;
    private final String english;

    Proposal(String dutch, String english) {
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
