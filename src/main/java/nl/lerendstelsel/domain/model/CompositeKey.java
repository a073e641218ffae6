package nl.lerendstelsel.domain.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The primary key class of an entity with a composite key (its {@code @IdClass}). JPA wants such a class to declare
 * fields named as the entity's {@code @Id} attributes, a public no-argument constructor, and value equality; the fields
 * and constructors stay in each key, the equality lives here: two keys of the same class are equal when their
 * {@link #parts()} are, in order.
 */
public abstract class CompositeKey implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key's fields, in a fixed order. */
    protected abstract Object[] parts();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(parts(), ((CompositeKey) o).parts());
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(parts());
    }
}
