package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;

@ApplicationScoped
public class JpaThemeRepository implements ThemeRepository {

    @PersistenceContext(unitName = "lerend-stelsel")
    private EntityManager em;

    @Override
    public List<Theme> all(boolean includeRetired) {
        String jpql = includeRetired
                ? "SELECT t FROM Theme t ORDER BY t.sortOrder, t.nameNl"
                : "SELECT t FROM Theme t WHERE t.active = TRUE ORDER BY t.sortOrder, t.nameNl";
        return em.createQuery(jpql, Theme.class).getResultList();
    }

    @Override
    public Optional<Theme> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Theme.class, code));
    }

    @Override
    public void add(Theme theme) {
        em.persist(theme);
    }
}
