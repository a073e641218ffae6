package nl.lerendstelsel.application.administration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;

/**
 * Loads the reference data that ships with the product (arbeidsmarktregio's, the 342 gemeenten of
 * 1 January 2025, partner organisations, themes of the Wet inburgering 2021) at start-up. Only what is
 * missing is added, so what administrators change later (a renamed theme, a merged gemeente) is kept.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    static final String BASE = "referentiedata/";

    @Inject
    OrganisationRepository organisations;

    @Inject
    ThemeRepository themes;

    @Inject
    jakarta.enterprise.event.Event<ReferenceDataService.Changed> changed;

    @PostConstruct
    public void loadMissing() {
        int added = 0;
        for (Map<String, String> row : SemicolonSeparatedResource.read(BASE + "arbeidsmarktregios.csv")) {
            if (organisations.findRegion(row.get("code")).isEmpty()) {
                organisations.add(new LabourMarketRegion(row.get("code"), row.get("naam")));
                added++;
            }
        }
        for (Map<String, String> row : SemicolonSeparatedResource.read(BASE + "gemeenten.csv")) {
            if (organisations.find(row.get("cbs_code")).isEmpty()) {
                LabourMarketRegion region = organisations.findRegion(row.get("arbeidsmarktregio_code"))
                        .orElseThrow(() -> new IllegalStateException("Unknown arbeidsmarktregio in " + row));
                organisations.add(Organisation.gemeente(row.get("cbs_code"), row.get("naam"), row.get("provincie"), region));
                added++;
            }
        }
        for (Map<String, String> row : SemicolonSeparatedResource.read(BASE + "partnerorganisaties.csv")) {
            if (organisations.find(row.get("code")).isEmpty()) {
                organisations.add(Organisation.partner(row.get("code"), row.get("naam"), OrganisationKind.valueOf(row.get("soort"))));
                added++;
            }
        }
        int order = 0;
        for (Map<String, String> row : SemicolonSeparatedResource.read(BASE + "themas.csv")) {
            order += 10;
            if (themes.find(row.get("code")).isEmpty()) {
                themes.add(new Theme(row.get("code"), row.get("naam_nl"), row.get("naam_en"),
                        row.get("omschrijving_nl"), row.get("omschrijving_en"), order));
                added++;
            }
        }
        if (added > 0) {
            changed.fire(new ReferenceDataService.Changed());
        }
        int total = added;
        LOG.info(() -> "Reference data checked; " + total + " record(s) added");
    }
}
