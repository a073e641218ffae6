package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.settings.SettingRepository;
import nl.lerendstelsel.domain.model.settings.StoredSetting;

@ApplicationScoped
public class JpaSettingRepository extends JpaRepositoryBase implements SettingRepository {

    /**
     * Read in whatever transaction asks for the settings (SettingsService refreshes its snapshot every few seconds), so
     * without the caller's pending changes being flushed first: a knelpunt changed but not yet written must meet its
     * optimistic lock at the caller's own flush (a clear conflict), not inside this unrelated query.
     */
    @Override
    public List<StoredSetting> all() {
        return em.createQuery("SELECT s FROM StoredSetting s", StoredSetting.class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
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
