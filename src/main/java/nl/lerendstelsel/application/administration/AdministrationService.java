package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.MunicipalMerger;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.organisation.OrganisationReferences;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Admins maintain the reference data: gemeenten (add, rename, move to another region, and the yearly municipal merger),
 * arbeidsmarktregio's, partner organisations and themes (add, rename, retire). Only admins; every act is audited in
 * the same transaction. Nothing is deleted: retired organisations and themes stay on the records that name them.
 */
@ApplicationScoped
public class AdministrationService {

    private static final Pattern REGION_CODE = Pattern.compile("AM\\d{2}");
    private static final Pattern PARTNER_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final Pattern THEME_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationReferences references;

    @Inject
    ThemeRepository themes;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    UserProfileRepository profiles;

    @Inject
    Profiles people;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> contentChanges;

    @Inject
    Event<ReferenceDataService.Changed> referenceDataChanges;

    /** What a merger would move (before) or moved (after). */
    public record MergerReport(MunicipalMerger merger, OrganisationReferences.Counts counts) {
    }

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
        audit(caller, "GEMEENTE_TOEGEVOEGD", "Organisation", cleanCode, cleanName + ", " + region.getCode());
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
        audit(caller, "ORGANISATIE_HERNOEMD", "Organisation", organisation.getCode(), old + " → " + cleanName);
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
        audit(caller, "GEMEENTE_REGIO_GEWIJZIGD", "Organisation", gemeente.getCode(), old + " → " + region.getCode());
        return gemeente;
    }

    /** What a merger would do, without doing it: the plan and the counts of what would move. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MergerReport previewMerger(List<String> merging, String successorCode, String successorName, String regionCode,
                                      LocalDate on, Caller caller) {
        requireAdmin(caller);
        MunicipalMerger merger = plan(merging, successorCode, successorName, regionCode, on);
        return new MergerReport(merger, references.count(merger.mergingCodes(), merger.successor().getCode()));
    }

    /**
     * The municipal merger: the successor is added (or takes the new name and region), the merging gemeenten are
     * retired with a pointer to it, every knelpunt, support and user of theirs moves to it, each moved knelpunt gets a
     * history line, and the search index is brought up to date after the commit. All or nothing.
     */
    @Transactional
    public MergerReport merge(List<String> merging, String successorCode, String successorName, String regionCode, LocalDate on,
                              Caller caller) {
        requireAdmin(caller);
        MunicipalMerger merger = plan(merging, successorCode, successorName, regionCode, on);
        if (merger.successorIsNew()) {
            organisations.add(merger.successor());
        }
        merger.apply();
        List<String> codes = merger.mergingCodes();
        List<Long> moving = references.bottlenecksReferring(codes);
        UserProfile admin = profiles.findBySubject(caller.subject()).orElse(null);
        String text = merger.historyText();
        for (Long id : moving) {
            bottlenecks.findById(id).ifPresent(b -> b.recordMunicipalMerger(text, admin, clock.instant()));
        }
        bottlenecks.flush();
        OrganisationReferences.Counts moved = references.move(codes, merger.successor().getCode());
        audit(caller, "GEMEENTELIJKE_HERINDELING", "Organisation", merger.successor().getCode(), text + " Verplaatst: "
                + moved.knelpuntenInGemeente() + " knelpunten (gemeente), " + moved.knelpuntenReported() + " knelpunten (melder), "
                + moved.supports() + " steunbetuigingen, " + moved.supportsForGemeente() + " steun voor gemeente, "
                + moved.users() + " gebruikers; " + moved.duplicateSupports() + " dubbele of eigen steun vervallen.");
        moving.forEach(id -> contentChanges.fire(new ContentChanged(ContentChanged.Kind.KNELPUNT, id)));
        return new MergerReport(merger, moved);
    }

    private MunicipalMerger plan(List<String> merging, String successorCode, String successorName, String regionCode, LocalDate on) {
        try {
            return MunicipalMerger.plan(merging, successorCode == null ? null : successorCode.strip().toUpperCase(), successorName,
                    regionCode, on == null ? LocalDate.now(clock.withZone(DutchTime.ZONE)) : on, organisations::find, organisations::findRegion);
        } catch (MunicipalMerger.Refused refused) {
            Map<String, Message> reasons = new LinkedHashMap<>();
            refused.problems().forEach(p -> reasons.merge(p.field(), p.message(), (a, b) -> Message.of("input.admin.merger.both", a, b)));
            FieldErrors errors = new FieldErrors();
            reasons.forEach(errors::put);
            throw new InvalidInputException(errors);
        }
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
        audit(caller, "REGIO_TOEGEVOEGD", "LabourMarketRegion", cleanCode, cleanName);
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
        audit(caller, "REGIO_HERNOEMD", "LabourMarketRegion", code, old + " → " + cleanName);
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
        audit(caller, "ORGANISATIE_TOEGEVOEGD", "Organisation", cleanCode, cleanName + ", " + partnerKind);
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
        audit(caller, "ORGANISATIE_OPGEHEVEN", "Organisation", partner.getCode(), partner.getName());
        return partner;
    }

    // --- themes ----------------------------------------------------------------------------------------------------

    @Transactional
    public Theme addTheme(String code, String nameNl, String nameEn, String descriptionNl, String descriptionEn, Caller caller) {
        requireAdmin(caller);
        FieldErrors errors = new FieldErrors();
        String cleanCode = code == null ? "" : code.strip().toLowerCase();
        if (!THEME_CODE.matcher(cleanCode).matches()) {
            errors.put("code", Message.of("input.admin.themeCode"));
        } else if (themes.find(cleanCode).isPresent()) {
            errors.put("code", Message.of("input.admin.codeTaken", cleanCode));
        }
        String nl = InputChecks.required(errors, "naam", nameNl, 2, 100);
        String en = InputChecks.required(errors, "name", nameEn, 2, 100);
        String descriptionNlClean = InputChecks.optional(errors, "omschrijving", descriptionNl, 500);
        String descriptionEnClean = InputChecks.optional(errors, "description", descriptionEn, 500);
        errors.throwIfAny();
        int order = themes.all(true).stream().mapToInt(Theme::getSortOrder).max().orElse(0) + 10;
        Theme theme = new Theme(cleanCode, nl, en, descriptionNlClean, descriptionEnClean, order);
        themes.add(theme);
        audit(caller, "THEMA_TOEGEVOEGD", "Theme", cleanCode, nl + " / " + en);
        return theme;
    }

    @Transactional
    public Theme renameTheme(String code, String nameNl, String nameEn, Caller caller) {
        requireAdmin(caller);
        Theme theme = theme(code);
        FieldErrors errors = new FieldErrors();
        String nl = InputChecks.required(errors, "naam", nameNl, 2, 100);
        String en = InputChecks.required(errors, "name", nameEn, 2, 100);
        errors.throwIfAny();
        String old = theme.getNameNl() + " / " + theme.getNameEn();
        theme.rename(nl, en);
        audit(caller, "THEMA_HERNOEMD", "Theme", theme.getCode(), old + " → " + nl + " / " + en);
        return theme;
    }

    /** Not offered for new knelpunten, CoPs or questions; what was filed under it keeps it. */
    @Transactional
    public Theme retireTheme(String code, Caller caller) {
        requireAdmin(caller);
        Theme theme = theme(code);
        if (!theme.isActive()) {
            throw new NotPossibleException(Message.of("refusal.admin.themeRetired"));
        }
        if (themes.all(false).size() <= 1) {
            throw new NotPossibleException(Message.of("refusal.admin.lastTheme"));
        }
        theme.retire();
        audit(caller, "THEMA_INGETROKKEN", "Theme", theme.getCode(), theme.getNameNl());
        return theme;
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

    private Theme theme(String code) {
        return themes.find(code == null ? null : code.strip())
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.admin.theme", String.valueOf(code))));
    }

    private LabourMarketRegion region(String code, FieldErrors errors) {
        LabourMarketRegion region = organisations.findRegion(code == null ? null : code.strip().toUpperCase()).orElse(null);
        if (region == null) {
            errors.put("arbeidsmarktregio", Message.of("input.admin.region"));
        }
        return region;
    }

    /**
     * Every change here ends with this audit entry; it also tells {@link ReferenceDataService} to drop its cached lists
     * when the transaction ends (other nodes read them again within a few seconds).
     */
    private void audit(Caller caller, String action, String type, String id, String details) {
        String actor = people.username(caller);
        auditLog.record(actor, action, type, id, AuditEntry.Result.SUCCESS, caller.origin(), details);
        referenceDataChanges.fire(new ReferenceDataService.Changed());
    }
}
