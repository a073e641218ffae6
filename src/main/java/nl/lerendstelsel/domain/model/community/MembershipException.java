package nl.lerendstelsel.domain.model.community;

/** A membership act that the rules do not allow in the current state, with a message for the person in Dutch and English. */
public class MembershipException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dutch;
    private final String english;

    public MembershipException(String dutch, String english) {
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
