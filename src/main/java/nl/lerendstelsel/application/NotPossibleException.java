package nl.lerendstelsel.application;

/**
 * A request that conflicts with a rule about the current state, beyond the workflow table: reopening after the
 * reopen window, for example. The message is "Dutch / English", ready for the user; the API answers 409.
 */
public class NotPossibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dutch;
    private final String english;

    /** A domain rule's refusal, passed on as it was worded. */
    public NotPossibleException(nl.lerendstelsel.domain.model.RuleException refusal) {
        this(refusal.dutch(), refusal.english());
    }

    public NotPossibleException(String dutch, String english) {
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
