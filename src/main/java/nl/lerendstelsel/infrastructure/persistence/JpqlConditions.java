package nl.lerendstelsel.infrastructure.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a filtered JPQL query together with the values of the parameters they name, so that a condition and
 * its binding are written once, side by side, and a parameter is bound exactly when its condition is in the query. Every
 * value is a bound parameter, never concatenated text.
 */
final class JpqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition}, which names the parameter {@code name}, when {@code value} is given (not null). */
    JpqlConditions given(Object value, String condition, String name) {
        if (value != null) {
            add(condition).bind(name, value);
        }
        return this;
    }

    /** Adds {@code condition}; its parameters, if any, are bound with {@link #bind(String, Object)}. */
    JpqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Binds the parameter {@code name} of a condition added. */
    JpqlConditions bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The conditions joined with {@code AND}. */
    String joined() {
        return String.join(" AND ", conditions);
    }

    /** {@code " WHERE "} and the conditions, or nothing when there are none. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + joined();
    }

    /** Binds the parameters of the conditions in {@code query}. */
    <Q extends Query> Q bindTo(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
