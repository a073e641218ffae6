package nl.lerendstelsel.domain.model.signal;

import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/** A signal step the workflow table does not allow. */
public class SignalWorkflowException extends RuleException {

    private static final long serialVersionUID = 1L;

    public SignalWorkflowException(Message message) {
        super(message);
    }
}
