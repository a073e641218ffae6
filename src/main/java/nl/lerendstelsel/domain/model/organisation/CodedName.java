package nl.lerendstelsel.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Reference data known by a fixed code with a name an admin may change: an organisation (a CBS code such as
 * {@code GM0344}) or an arbeidsmarktregio ({@code AM13}). The columns {@code code}, {@code name} and {@code version}
 * are the same in each table; their lengths are in the Flyway migrations.
 */
@MappedSuperclass
public abstract class CodedName {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected CodedName() {
    }

    protected CodedName(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        name = newName.strip();
    }
}
