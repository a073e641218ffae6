package nl.lerendstelsel.application;

import java.util.Locale;
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * A request the application refuses with a reason for the person ({@link AccessDeniedException},
 * {@link NotFoundException}). The reason reads in the person's language; {@link #getMessage()} holds both, for logs and
 * for API clients that name neither.
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    protected Refusal(Message reason) {
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
