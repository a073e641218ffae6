package nl.lerendstelsel.domain.model;

/**
 * A step a domain rule does not allow in the current state, with the message for the person in Dutch and English.
 * Services turn it into a "not possible" answer (409 in the API, a message on the page).
 */
public class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dutch;
    private final String english;

    public RuleException(String dutch, String english) {
        super(dutch + " / " + english);
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
