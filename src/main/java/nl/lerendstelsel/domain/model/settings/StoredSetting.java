package nl.lerendstelsel.domain.model.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A setting an admin changed, as stored. Every node must see a change within the settings holder's short cache time,
 * so each node reads the table itself (there is no shared JPA cache).
 */
@Entity
@Table(name = "app_setting")
public class StoredSetting {

    @Id
    @Column(name = "setting_key", length = 60)
    private String key;

    @Column(name = "setting_value", nullable = false)
    private long value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Version
    private long version;

    protected StoredSetting() {
    }

    public StoredSetting(Setting setting, long value, String changedBy, Instant changedAt) {
        this.key = setting.key();
        change(value, changedBy, changedAt);
    }

    public void change(long newValue, String by, Instant at) {
        value = newValue;
        changedBy = by;
        changedAt = at;
    }

    public String getKey() {
        return key;
    }

    public long getValue() {
        return value;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
