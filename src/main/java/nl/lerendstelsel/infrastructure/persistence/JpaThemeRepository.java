package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;

@ApplicationScoped
public class JpaThemeRepository extends JpaRepositoryBase implements ThemeRepository {

    @Override
    public List<Theme> all(boolean includeRetired) {
        String jpql = includeRetired
                ? "SELECT t FROM Theme t ORDER BY t.sortOrder, t.nameNl"
                : "SELECT t FROM Theme t WHERE t.active = TRUE ORDER BY t.sortOrder, t.nameNl";
        return em.createQuery(jpql, Theme.class).getResultList();
    }

    @Override
    public Optional<Theme> find(String code) {
        return byKey(Theme.class, code);
    }

    @Override
    public void add(Theme theme) {
        em.persist(theme);
    }
}
