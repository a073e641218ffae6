package nl.lerendstelsel.application;

import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * A request that conflicts with a rule about the current state, beyond the workflow table: reopening after the
 * reopen window, for example. The message reads in the person's language; the API answers 409.
 */
public class NotPossibleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** A domain rule's refusal, passed on as it was worded. */
    public NotPossibleException(RuleException refusal) {
        super(refusal);
    }

    public NotPossibleException(Message message) {
        super(message);
    }

}
