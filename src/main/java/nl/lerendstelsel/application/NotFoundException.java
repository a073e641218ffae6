package nl.lerendstelsel.application;

import java.util.Locale;
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The object asked for does not exist (or the caller may not know it exists); the API answers 404. The reason reads
 * in the person's language; {@link #getMessage()} holds both, for logs and for API clients that name neither.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public NotFoundException(Message reason) {
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
