package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.settings.SettingRepository;
import nl.lerendstelsel.domain.model.settings.StoredSetting;

@ApplicationScoped
public class JpaSettingRepository implements SettingRepository {

    @PersistenceContext(unitName = "lerend-stelsel")
    private EntityManager em;

    @Override
    public List<StoredSetting> all() {
        return em.createQuery("SELECT s FROM StoredSetting s", StoredSetting.class).getResultList();
    }

    @Override
    public Optional<StoredSetting> find(Setting setting) {
        return Optional.ofNullable(em.find(StoredSetting.class, setting.key()));
    }

    @Override
    public void add(StoredSetting setting) {
        em.persist(setting);
    }
}
