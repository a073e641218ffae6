package nl.lerendstelsel.domain.model.community;

import nl.lerendstelsel.domain.model.RuleException;

/** A membership act that the rules do not allow in the current state. */
public class MembershipException extends RuleException {

    private static final long serialVersionUID = 1L;

    public MembershipException(String dutch, String english) {
        super(dutch, english);
    }
}
