package nl.lerendstelsel.domain.model.qa;

import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/** An editorial step the workflow does not allow now. */
public class EditorialException extends RuleException {

    private static final long serialVersionUID = 1L;

    public EditorialException(Message message) {
        super(message);
    }
}
