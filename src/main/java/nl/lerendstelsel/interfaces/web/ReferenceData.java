package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.theme.Theme;

/**
 * Reference data for pages: themes, gemeenten, partners and regions, each taken once per request from the service's
 * cache (ReferenceDataService: kept a few seconds, dropped on a change).
 */
@Named("referenceData")
@RequestScoped
public class ReferenceData {

    @Inject
    ReferenceDataService service;

    private List<Theme> themes;
    private List<Organisation> gemeenten;
    private List<Organisation> partners;
    private List<LabourMarketRegion> regions;

    public List<Theme> getThemes() {
        if (themes == null) {
            themes = service.themes();
        }
        return themes;
    }

    public List<Organisation> getGemeenten() {
        if (gemeenten == null) {
            gemeenten = service.gemeenten(null);
        }
        return gemeenten;
    }

    public List<Organisation> getPartners() {
        if (partners == null) {
            partners = service.partners();
        }
        return partners;
    }

    public List<LabourMarketRegion> getRegions() {
        if (regions == null) {
            regions = service.regions();
        }
        return regions;
    }

    /** A theme by code, for page headings; null when unknown. */
    public Theme theme(String code) {
        return getThemes().stream().filter(t -> t.getCode().equals(code)).findFirst().orElse(null);
    }
}
