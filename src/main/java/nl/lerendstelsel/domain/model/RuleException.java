package nl.lerendstelsel.domain.model;

import java.util.Locale;
import java.util.Objects;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * A step a domain rule does not allow in the current state, with the message for the person as a keyed {@link Message}
 * that reads in their language. Services turn it into a "not possible" answer (409 in the API, a message on the page).
 * {@link #getMessage()} holds both languages ("Nederlands / English"), for logs and for API clients that name neither.
 */
public class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public RuleException(Message message) {
        super(bothLanguages(message));
        this.message = Objects.requireNonNull(message, "message");
    }

    /** The same refusal, passed on by a layer above. */
    protected RuleException(RuleException refusal) {
        super(refusal.getMessage(), refusal);
        this.message = refusal.message;
    }

    /** The refusal, to be read in the person's language. */
    public Message message() {
        return message;
    }

    /** The refusal in {@code locale}. */
    public String message(Locale locale) {
        return message.in(locale);
    }

    public String dutch() {
        return message.in(Message.DUTCH);
    }

    public String english() {
        return message.in(Message.ENGLISH);
    }

    /** "Nederlands / English"; one text when both read the same (what a person wrote, a name). */
    public static String bothLanguages(Message message) {
        String dutch = message.in(Message.DUTCH);
        String english = message.in(Message.ENGLISH);
        return dutch.equals(english) ? dutch : dutch + " / " + english;
    }
}
