package nl.lerendstelsel.domain.model.monitor;

import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/** A step the rules of monitor rounds do not allow now (opening a round twice, changing a submitted response, …). */
public class MonitorException extends RuleException {

    private static final long serialVersionUID = 1L;

    public MonitorException(String key, Object... arguments) {
        super(Message.of(key, arguments));
    }
}
