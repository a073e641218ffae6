package nl.lerendstelsel.domain.model.signal;

import nl.lerendstelsel.domain.model.RuleException;

/** A signal step the workflow table does not allow. */
public class SignalWorkflowException extends RuleException {

    private static final long serialVersionUID = 1L;

    public SignalWorkflowException(String dutch, String english) {
        super(dutch, english);
    }
}
