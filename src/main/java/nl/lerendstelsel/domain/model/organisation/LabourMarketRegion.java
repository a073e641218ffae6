package nl.lerendstelsel.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An arbeidsmarktregio: one of the 35 regions gemeenten belong to. */
@Entity
@Table(name = "labour_market_region")
public class LabourMarketRegion {

    @Id
    @Column(length = 10)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Version
    private long version;

    protected LabourMarketRegion() {
    }

    public LabourMarketRegion(String code, String name) {
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
