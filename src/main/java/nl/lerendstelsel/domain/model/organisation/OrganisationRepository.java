package nl.lerendstelsel.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> find(String code);

    /** Gemeenten ordered by name, optionally only those of one arbeidsmarktregio; merged ones only when asked for. */
    List<Organisation> gemeenten(String regionCode, boolean includeRetired);

    /** Partner organisations (everything that is not a gemeente), ordered by name; retired ones only when asked for. */
    List<Organisation> partners(boolean includeRetired);

    List<LabourMarketRegion> regions();

    Optional<LabourMarketRegion> findRegion(String code);

    void add(LabourMarketRegion region);

    void add(Organisation organisation);
}
