package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository extends JpaRepositoryBase implements OrganisationRepository {

    @Override
    public Optional<Organisation> find(String code) {
        return byKey(Organisation.class, code);
    }

    /** Lists of organisations come with their region (lazy otherwise): pages and the reference-data cache show it. */
    @Override
    public List<Organisation> gemeenten(String regionCode, boolean includeRetired) {
        String active = includeRetired ? "" : " AND o.active = TRUE";
        if (regionCode == null) {
            return em.createQuery("SELECT o FROM Organisation o LEFT JOIN FETCH o.region WHERE o.kind = :kind" + active + " ORDER BY o.name", Organisation.class)
                    .setParameter("kind", OrganisationKind.GEMEENTE)
                    .getResultList();
        }
        return em.createQuery("SELECT o FROM Organisation o LEFT JOIN FETCH o.region WHERE o.kind = :kind AND o.region.code = :region" + active
                                + " ORDER BY o.name", Organisation.class)
                .setParameter("kind", OrganisationKind.GEMEENTE)
                .setParameter("region", regionCode)
                .getResultList();
    }

    @Override
    public List<Organisation> partners(boolean includeRetired) {
        return em.createQuery("SELECT o FROM Organisation o LEFT JOIN FETCH o.region WHERE o.kind <> :kind" + (includeRetired ? "" : " AND o.active = TRUE")
                        + " ORDER BY o.name", Organisation.class)
                .setParameter("kind", OrganisationKind.GEMEENTE)
                .getResultList();
    }

    @Override
    public List<LabourMarketRegion> regions() {
        return em.createQuery("SELECT r FROM LabourMarketRegion r ORDER BY r.name", LabourMarketRegion.class).getResultList();
    }

    @Override
    public Optional<LabourMarketRegion> findRegion(String code) {
        return byKey(LabourMarketRegion.class, code);
    }

    @Override
    public void add(LabourMarketRegion region) {
        em.persist(region);
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
    }
}
