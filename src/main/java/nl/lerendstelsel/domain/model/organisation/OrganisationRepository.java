package nl.lerendstelsel.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> find(String code);

    /** Gemeenten ordered by name, optionally only those of one arbeidsmarktregio. */
    List<Organisation> gemeenten(String regionCode);

    /** Partner organisations (everything that is not a gemeente), ordered by name. */
    List<Organisation> partners();

    List<LabourMarketRegion> regions();

    Optional<LabourMarketRegion> findRegion(String code);

    void add(LabourMarketRegion region);

    void add(Organisation organisation);
}
