package nl.lerendstelsel.application.administration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Read access to the reference data, shared by the web UI and the REST API.
 * <p>
 * <b>Cache.</b> The lists every page may show (active themes, gemeenten, partners, and the arbeidsmarktregio's) are kept
 * in memory for at most {@link #MAX_AGE_MILLIS} and read again after that ({@link RefreshingSnapshot}): the knelpunten
 * list spent 12 % of its server time reading themes and regions on every request (quality bar P2). Coherence, like
 * {@link SettingsService}: a change made on this node drops the lists when its transaction ends ({@link Changed}, fired by
 * every change of {@link AdministrationService} and by {@link #setThemeTargets}), so it shows at once here; a change
 * made on another node of a cluster shows here within {@link #MAX_AGE_MILLIS}, because a re-read goes to the database
 * (there is no shared JPA cache, see persistence.xml). Chosen over a version row that every change must bump (a new
 * table, and a change made by another path, e.g. a migration or the start-up loader, would stay invisible until the next
 * bump) and over EclipseLink's query-results cache (a shared cache): one re-read of four small lists per node per few
 * seconds costs nothing, needs no schema, and nothing can stay stale longer than the age. Inside a transaction the
 * lists are read from the database as before, so a transaction sees its own changes and never leaves managed entities
 * or uncommitted rows in the cache.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceDataService {

    /** How long a list read from the database is used before it is read again (the most a second node lags behind). */
    static final long MAX_AGE_MILLIS = 5_000;

    /** Fired in the transaction of every change of reference data; the lists are dropped when that transaction ends. */
    public record Changed() {
    }

    @Inject
    OrganisationRepository organisations;

    @Inject
    ThemeRepository themes;

    @Inject
    AuditLog auditLog;

    @Inject
    Profiles people;

    @Inject
    SettingsService settings;

    @Inject
    Event<Changed> changed;

    /** Whether the caller is in a transaction. Looked up by its standard name: {@code @Resource} is not injected here. */
    TransactionSynchronizationRegistry transactions;

    private final RefreshingSnapshot<List<Theme>> activeThemes = new RefreshingSnapshot<>(MAX_AGE_MILLIS);
    private final RefreshingSnapshot<List<Organisation>> activeGemeenten = new RefreshingSnapshot<>(MAX_AGE_MILLIS);
    private final RefreshingSnapshot<List<Organisation>> activePartners = new RefreshingSnapshot<>(MAX_AGE_MILLIS);
    private final RefreshingSnapshot<List<LabourMarketRegion>> allRegions = new RefreshingSnapshot<>(MAX_AGE_MILLIS);

    /** The active gemeenten (what new records may name), optionally of one arbeidsmarktregio. */
    public List<Organisation> gemeenten(String regionCode) {
        if (regionCode == null) {
            return cached(activeGemeenten, () -> organisations.gemeenten(null, false));
        }
        return organisations.gemeenten(regionCode, false);
    }

    /** Every gemeente, merged ones too (with their successor), for admins and old records. */
    public List<Organisation> gemeentenIncludingMerged(String regionCode) {
        return organisations.gemeenten(regionCode, true);
    }

    public List<Organisation> partners() {
        return cached(activePartners, () -> organisations.partners(false));
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
        return cached(allRegions, organisations::regions);
    }

    public List<Theme> themes() {
        return cached(activeThemes, () -> themes.all(false));
    }

    /**
     * An admin sets a theme's own service-level targets in working days ({@code null}: the platform default). Applies
     * to deadlines set from now on; running clocks keep their due day. Audited.
     */
    @Transactional
    public Theme setThemeTargets(String code, Integer executionDays, Integer linkingDays, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.referenceData.targets"));
        }
        Theme theme = themes.find(code).orElseThrow(() -> new NotFoundException(Message.of("notFound.admin.theme", String.valueOf(code))));
        FieldErrors errors = new FieldErrors();
        if (executionDays != null && (executionDays < 1 || executionDays > 250)) {
            errors.put("uitvoering", Message.of("input.referenceData.targetDays"));
        }
        if (linkingDays != null && (linkingDays < 1 || linkingDays > 250)) {
            errors.put("schakel", Message.of("input.referenceData.targetDays"));
        }
        errors.throwIfAny();
        theme.setTargets(executionDays, linkingDays);
        String actor = people.username(caller);
        auditLog.record(actor, "THEMA_TERMIJNEN", "Theme", code, AuditEntry.Result.SUCCESS, caller.origin(),
                "uitvoering=" + executionDays + ", schakel=" + linkingDays);
        changed.fire(new Changed());
        return theme;
    }

    /** The platform defaults, for showing what an empty theme target means. */
    public int defaultDays(Level level) {
        return settings.current().deadlines().daysFor(level, null);
    }

    @PostConstruct
    void lookUpTransactions() {
        if (transactions == null) {
            try {
                transactions = javax.naming.InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            } catch (javax.naming.NamingException e) {
                throw new IllegalStateException("No TransactionSynchronizationRegistry", e);
            }
        }
    }

    /** Drops the lists once the changing transaction has ended (after its commit: a re-read sees the change). */
    void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed change) {
        forget();
    }

    /** Drops the kept lists on this node: the next reader reads them from the database. */
    public void forget() {
        activeThemes.invalidate();
        activeGemeenten.invalidate();
        activePartners.invalidate();
        allRegions.invalidate();
    }

    private <T> List<T> cached(RefreshingSnapshot<List<T>> snapshot, Supplier<List<T>> read) {
        if (inTransaction()) {
            return read.get();
        }
        return snapshot.get(() -> List.copyOf(read.get()));
    }

    private boolean inTransaction() {
        return transactions.getTransactionKey() != null;
    }
}
