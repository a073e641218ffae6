package nl.lerendstelsel.interfaces.web;

import java.io.Serializable;
import java.util.function.Supplier;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.NotFoundException;

/**
 * What a detail page shows, loaded once until {@link #reset}: the item, or the message key that says why it is not
 * shown — missing (also for an absent or malformed id) or not for this reader (members only).
 *
 * @param <T> the item
 */
public final class Shown<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String missingKey;
    private final String deniedKey;
    private T value;
    private String problem;

    public Shown(String missingKey, String deniedKey) {
        this.missingKey = missingKey;
        this.deniedKey = deniedKey;
    }

    /**
     * The item, read with {@code load} (for the current reader) on first use; null when it is not shown ({@link
     * #problem} says why). {@code load} is only called when the page has an id.
     */
    public T get(Object id, Supplier<T> load) {
        if (id == null) {
            problem = missingKey;
        } else if (value == null && problem == null) {
            try {
                value = load.get();
            } catch (NotFoundException e) {
                problem = missingKey;
            } catch (AccessDeniedException e) {
                problem = deniedKey;
            }
        }
        return value;
    }

    /** Why the item is not shown (a message key), or null when it is. */
    public String problem(Object id, Supplier<T> load) {
        get(id, load);
        return problem;
    }

    /** Reads the item again on next use, after a change. */
    public void reset() {
        value = null;
        problem = null;
    }
}
