package nl.lerendstelsel.application;

import nl.lerendstelsel.domain.model.RuleException;

/**
 * A request that conflicts with a rule about the current state, beyond the workflow table: reopening after the
 * reopen window, for example. The message is "Dutch / English", ready for the user; the API answers 409.
 */
public class NotPossibleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** A domain rule's refusal, passed on as it was worded. */
    public NotPossibleException(RuleException refusal) {
        this(refusal.dutch(), refusal.english());
    }

    public NotPossibleException(String dutch, String english) {
        super(dutch, english);
    }
}
