package nl.lerendstelsel.domain.model.qa;

import nl.lerendstelsel.domain.model.RuleException;

/** An editorial step the workflow does not allow now. */
public class EditorialException extends RuleException {

    private static final long serialVersionUID = 1L;

    public EditorialException(String dutch, String english) {
        super(dutch, english);
    }
}
