package nl.lerendstelsel.domain.model.practice;

import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/** A publication step a practice example does not allow in its current stage, or not by this person. */
public class PracticeRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    public PracticeRuleException(Message message) {
        super(message);
    }
}
