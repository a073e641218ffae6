package nl.lerendstelsel.domain.model.community;

import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/** A membership act that the rules do not allow in the current state. */
public class MembershipException extends RuleException {

    private static final long serialVersionUID = 1L;

    public MembershipException(Message message) {
        super(message);
    }
}
