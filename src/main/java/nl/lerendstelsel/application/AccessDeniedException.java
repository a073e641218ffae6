package nl.lerendstelsel.application;

import java.util.Locale;
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The person may not do this. Services throw it; the web UI shows the 403 page and the API answers 403. The reason reads
 * in the person's language; {@link #getMessage()} holds both, for logs and for API clients that name neither.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public AccessDeniedException(Message reason) {
        super(RuleException.bothLanguages(reason));
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    public String message(Locale locale) {
        return reason.in(locale);
    }
}
