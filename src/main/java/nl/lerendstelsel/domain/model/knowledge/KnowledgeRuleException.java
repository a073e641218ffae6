package nl.lerendstelsel.domain.model.knowledge;

import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/** A lifecycle step a kennisbank item does not allow in its current state. */
public class KnowledgeRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    public KnowledgeRuleException(Message message) {
        super(message);
    }
}
