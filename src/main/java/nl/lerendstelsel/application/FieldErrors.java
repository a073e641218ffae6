package nl.lerendstelsel.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * What is wrong with the input, per field (the field names of the API), collected while checking so that a person
 * hears of every mistake at once. The reasons are keyed {@link Message}s: they read in the person's language on the
 * page, in the API and in logs.
 */
public final class FieldErrors {

    private final Map<String, Message> reasons = new LinkedHashMap<>();

    /** Records why {@code field} is not accepted (the first reason per field is kept). */
    public FieldErrors put(String field, Message reason) {
        reasons.putIfAbsent(field, reason);
        return this;
    }

    public boolean isEmpty() {
        return reasons.isEmpty();
    }

    public boolean containsKey(String field) {
        return reasons.containsKey(field);
    }

    /** Throws the collected errors as one {@link InvalidInputException}, if there are any. */
    public void throwIfAny() {
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(this);
        }
    }

    public Map<String, Message> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }
}
