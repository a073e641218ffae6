package nl.lerendstelsel.domain.model.settings;

import java.util.List;
import java.util.Optional;

public interface SettingRepository {

    /** Every stored setting, straight from the database. */
    List<StoredSetting> all();

    Optional<StoredSetting> find(Setting setting);

    void add(StoredSetting setting);
}
