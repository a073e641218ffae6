package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers that stay the same for the whole of one request, worked out once per request: who the caller is for the
 * visibility rule, for instance, which a knelpunt page needs in a dozen places. Outside a request (background jobs,
 * the managed executor) nothing is remembered and every call works the answer out again.
 *
 * <p>Only values go in, never entities: an entity read in one transaction must not be handed to the next.
 */
@ApplicationScoped
public class RequestMemo {

    @Inject
    BeanManager beans;

    @Inject
    Store store;

    /** The answer for {@code key} in this request, worked out by {@code compute} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (!active()) {
            return compute.get();
        }
        Map<Object, Object> values = store.values();
        Object known = values.get(key);
        if (known == null) {
            known = compute.get();
            values.put(key, known);
        }
        return (T) known;
    }

    /** Forgets every answer of this request (after a change that could alter them). */
    public void forget() {
        if (active()) {
            store.values().clear();
        }
    }

    private boolean active() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    /** The answers of one request. */
    @RequestScoped
    public static class Store {
        private final Map<Object, Object> values = new HashMap<>();

        Map<Object, Object> values() {
            return values;
        }
    }
}
