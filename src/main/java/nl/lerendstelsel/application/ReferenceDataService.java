package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;

/** Read access to the reference data, shared by the web UI and the REST API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceDataService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    ThemeRepository themes;

    public List<Organisation> gemeenten(String regionCode) {
        return organisations.gemeenten(regionCode);
    }

    public List<Organisation> partners() {
        return organisations.partners();
    }

    public Optional<Organisation> organisation(String code) {
        return organisations.find(code);
    }

    public List<LabourMarketRegion> regions() {
        return organisations.regions();
    }

    public List<Theme> themes() {
        return themes.all(false);
    }
}
