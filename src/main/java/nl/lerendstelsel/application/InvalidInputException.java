package nl.lerendstelsel.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * Input that cannot be accepted, with a reason per offending field (API: 400 with {@code invalidParams}). The reasons
 * are keyed messages that read in the person's language.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Message> reasons;

    public InvalidInputException(FieldErrors errors) {
        this(errors.asMap());
    }

    private InvalidInputException(Map<String, Message> reasons) {
        super("Ongeldige invoer / invalid input: " + reasons.keySet());
        this.reasons = reasons;
    }

    /** One field that is not accepted. */
    public static InvalidInputException of(String field, Message reason) {
        return new InvalidInputException(new FieldErrors().put(field, reason));
    }

    /** The reason per field, as messages. */
    public Map<String, Message> reasons() {
        return reasons;
    }

    /** The reason per field in {@code locale} (Dutch unless English is asked for). */
    public Map<String, String> fieldErrors(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        reasons.forEach((field, reason) -> texts.put(field, reason.in(locale)));
        return Collections.unmodifiableMap(texts);
    }

    /** The reason per field in Dutch, the default language (for tests and logs). */
    public Map<String, String> fieldErrors() {
        return fieldErrors(Message.DUTCH);
    }
}
