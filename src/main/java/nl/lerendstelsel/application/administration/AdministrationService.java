package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.MunicipalMerger;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Admins maintain the reference data: gemeenten (add, rename, move to another region), arbeidsmarktregio's and partner
 * organisations (add, rename, retire); the municipal merger is {@link MunicipalMergerService}, the themes {@link
 * ThemeService}. Only admins; every act is audited in the same transaction ({@link ReferenceDataChangeLog}). Nothing is
 * deleted: retired organisations and themes stay on the records that name them.
 */
@ApplicationScoped
public class AdministrationService {

    private static final Pattern REGION_CODE = Pattern.compile("AM\\d{2}");
    private static final Pattern PARTNER_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReferenceDataChangeLog changeLog;

    @Inject
    Clock clock;

    // --- gemeenten -------------------------------------------------------------------------------------------------

    @Transactional
    public Organisation addGemeente(String code, String name, String province, String regionCode, Caller caller) {
        requireAdmin(caller);
        FieldErrors errors = new FieldErrors();
        String cleanCode = code == null ? "" : code.strip().toUpperCase();
        if (!MunicipalMerger.CBS_CODE.matcher(cleanCode).matches()) {
            errors.put("code", Message.of("input.admin.gemeenteCode"));
        } else if (organisations.find(cleanCode).isPresent()) {
            errors.put("code", Message.of("input.admin.codeTaken", cleanCode));
        }
        String cleanName = InputChecks.required(errors, "naam", name, 2, 200);
        String cleanProvince = InputChecks.optional(errors, "provincie", province, 40);
        LabourMarketRegion region = region(regionCode, errors);
        errors.throwIfAny();
        Organisation gemeente = Organisation.gemeente(cleanCode, cleanName, cleanProvince, region);
        organisations.add(gemeente);
        changeLog.record(caller, "GEMEENTE_TOEGEVOEGD", "Organisation", cleanCode, cleanName + ", " + region.getCode());
        return gemeente;
    }

    /** Renames a gemeente or partner organisation. */
    @Transactional
    public Organisation renameOrganisation(String code, String name, Caller caller) {
        requireAdmin(caller);
        Organisation organisation = organisation(code);
        FieldErrors errors = new FieldErrors();
        String cleanName = InputChecks.required(errors, "naam", name, 2, 200);
        errors.throwIfAny();
        String old = organisation.getName();
        organisation.rename(cleanName);
        changeLog.record(caller, "ORGANISATIE_HERNOEMD", "Organisation", organisation.getCode(), old + " → " + cleanName);
        return organisation;
    }

    @Transactional
    public Organisation assignRegion(String gemeenteCode, String regionCode, Caller caller) {
        requireAdmin(caller);
        Organisation gemeente = organisation(gemeenteCode);
        if (!gemeente.isGemeente()) {
            throw new NotFoundException(Message.of("notFound.admin.gemeente", String.valueOf(gemeenteCode)));
        }
        FieldErrors errors = new FieldErrors();
        LabourMarketRegion region = region(regionCode, errors);
        errors.throwIfAny();
        String old = gemeente.getRegion() == null ? "-" : gemeente.getRegion().getCode();
        gemeente.assignRegion(region);
        changeLog.record(caller, "GEMEENTE_REGIO_GEWIJZIGD", "Organisation", gemeente.getCode(), old + " → " + region.getCode());
        return gemeente;
    }

    // --- arbeidsmarktregio's ---------------------------------------------------------------------------------------

    @Transactional
    public LabourMarketRegion addRegion(String code, String name, Caller caller) {
        requireAdmin(caller);
        FieldErrors errors = new FieldErrors();
        String cleanCode = code == null ? "" : code.strip().toUpperCase();
        if (!REGION_CODE.matcher(cleanCode).matches()) {
            errors.put("code", Message.of("input.admin.regionCode"));
        } else if (organisations.findRegion(cleanCode).isPresent()) {
            errors.put("code", Message.of("input.admin.codeTaken", cleanCode));
        }
        String cleanName = InputChecks.required(errors, "naam", name, 2, 100);
        errors.throwIfAny();
        LabourMarketRegion region = new LabourMarketRegion(cleanCode, cleanName);
        organisations.add(region);
        changeLog.record(caller, "REGIO_TOEGEVOEGD", "LabourMarketRegion", cleanCode, cleanName);
        return region;
    }

    @Transactional
    public LabourMarketRegion renameRegion(String code, String name, Caller caller) {
        requireAdmin(caller);
        LabourMarketRegion region = organisations.findRegion(code)
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.admin.region", String.valueOf(code))));
        FieldErrors errors = new FieldErrors();
        String cleanName = InputChecks.required(errors, "naam", name, 2, 100);
        errors.throwIfAny();
        String old = region.getName();
        region.rename(cleanName);
        changeLog.record(caller, "REGIO_HERNOEMD", "LabourMarketRegion", code, old + " → " + cleanName);
        return region;
    }

    // --- partner organisations -------------------------------------------------------------------------------------

    @Transactional
    public Organisation addPartner(String code, String name, String kind, Caller caller) {
        requireAdmin(caller);
        FieldErrors errors = new FieldErrors();
        String cleanCode = code == null ? "" : code.strip().toUpperCase();
        if (!PARTNER_CODE.matcher(cleanCode).matches() || cleanCode.startsWith("GM")) {
            errors.put("code", Message.of("input.admin.partnerCode"));
        } else if (organisations.find(cleanCode).isPresent()) {
            errors.put("code", Message.of("input.admin.codeTaken", cleanCode));
        }
        String cleanName = InputChecks.required(errors, "naam", name, 2, 200);
        OrganisationKind partnerKind = null;
        try {
            partnerKind = OrganisationKind.valueOf(kind == null ? "" : kind.strip().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        if (partnerKind == null || !partnerKind.isPartner()) {
            errors.put("soort", Message.of("input.admin.partnerKind"));
        }
        errors.throwIfAny();
        Organisation partner = Organisation.partner(cleanCode, cleanName, partnerKind);
        organisations.add(partner);
        changeLog.record(caller, "ORGANISATIE_TOEGEVOEGD", "Organisation", cleanCode, cleanName + ", " + partnerKind);
        return partner;
    }

    /** A partner organisation no longer takes part: not offered any more; its people and records keep it. */
    @Transactional
    public Organisation retirePartner(String code, Caller caller) {
        requireAdmin(caller);
        Organisation partner = organisation(code);
        if (partner.isGemeente()) {
            throw new NotPossibleException(Message.of("refusal.admin.gemeenteNotRetired"));
        }
        if (!partner.isActive()) {
            throw new NotPossibleException(Message.of("refusal.admin.partnerRetired", partner.getName()));
        }
        partner.retire(LocalDate.now(clock.withZone(DutchTime.ZONE)));
        changeLog.record(caller, "ORGANISATIE_OPGEHEVEN", "Organisation", partner.getCode(), partner.getName());
        return partner;
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    static void requireAdmin(Caller caller) {
        if (caller == null || !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.admin.referenceData"));
        }
    }

    private Organisation organisation(String code) {
        return organisations.find(code == null ? null : code.strip().toUpperCase())
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.admin.organisation", String.valueOf(code))));
    }

    private LabourMarketRegion region(String code, FieldErrors errors) {
        LabourMarketRegion region = organisations.findRegion(code == null ? null : code.strip().toUpperCase()).orElse(null);
        if (region == null) {
            errors.put("arbeidsmarktregio", Message.of("input.admin.region"));
        }
        return region;
    }
}
