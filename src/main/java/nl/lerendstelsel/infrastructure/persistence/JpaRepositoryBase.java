package nl.lerendstelsel.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What the JPA repositories share: the entity manager of the persistence unit, finding an entity by its key (a null
 * key finds nothing), and for the repositories whose port has them, {@code add} of any of their entities and
 * {@code flush}.
 */
abstract class JpaRepositoryBase {

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    /** The entity of {@code type} with this key; empty when the key is null or names none. */
    <T> Optional<T> byKey(Class<T> type, Object key) {
        return key == null ? Optional.empty() : Optional.ofNullable(em.find(type, key));
    }

    /** Persists a new entity of this repository (the ports of aggregates with several entity types take any). */
    public void add(Object entity) {
        em.persist(entity);
    }

    /** Writes the pending changes now, so that a conflict or constraint shows here rather than at the commit. */
    public void flush() {
        em.flush();
    }
}
