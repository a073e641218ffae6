package nl.lerendstelsel.domain.model.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An arbeidsmarktregio: one of the 35 regions gemeenten belong to. */
@Entity
@Table(name = "labour_market_region")
public class LabourMarketRegion extends CodedName {

    protected LabourMarketRegion() {
    }

    public LabourMarketRegion(String code, String name) {
        super(code, name);
    }
}
