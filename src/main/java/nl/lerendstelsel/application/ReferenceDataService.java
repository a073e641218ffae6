package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/** Read access to the reference data, shared by the web UI and the REST API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceDataService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    ThemeRepository themes;

    @Inject
    AuditLog auditLog;

    @Inject
    UserProfileRepository profiles;

    @Inject
    SettingsService settings;

    /** The active gemeenten (what new records may name), optionally of one arbeidsmarktregio. */
    public List<Organisation> gemeenten(String regionCode) {
        return organisations.gemeenten(regionCode, false);
    }

    /** Every gemeente, merged ones too (with their successor), for admins and old records. */
    public List<Organisation> gemeentenIncludingMerged(String regionCode) {
        return organisations.gemeenten(regionCode, true);
    }

    public List<Organisation> partners() {
        return organisations.partners(false);
    }

    public List<Organisation> partnersIncludingRetired() {
        return organisations.partners(true);
    }

    public List<Theme> themesIncludingRetired() {
        return themes.all(true);
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

    /**
     * An admin sets a theme's own service-level targets in working days ({@code null}: the platform default). Applies
     * to deadlines set from now on; running clocks keep their due day. Audited.
     */
    @Transactional
    public Theme setThemeTargets(String code, Integer executionDays, Integer linkingDays, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("Alleen beheerders wijzigen termijnen / only administrators change targets");
        }
        Theme theme = themes.find(code).orElseThrow(() -> new NotFoundException("Thema " + code + " bestaat niet / does not exist"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (executionDays != null && (executionDays < 1 || executionDays > 250)) {
            errors.put("uitvoering", "Kies 1 tot en met 250 werkdagen, of laat leeg voor de standaard.");
        }
        if (linkingDays != null && (linkingDays < 1 || linkingDays > 250)) {
            errors.put("schakel", "Kies 1 tot en met 250 werkdagen, of laat leeg voor de standaard.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        theme.setTargets(executionDays, linkingDays);
        String actor = profiles.findBySubject(caller.subject()).map(UserProfile::getUsername).orElse(caller.subject());
        auditLog.record(actor, "THEMA_TERMIJNEN", "Theme", code, AuditEntry.Result.SUCCESS, caller.origin(),
                "uitvoering=" + executionDays + ", schakel=" + linkingDays);
        return theme;
    }

    /** The platform defaults, for showing what an empty theme target means. */
    public int defaultDays(Level level) {
        return settings.current().deadlines().daysFor(level, null);
    }
}
