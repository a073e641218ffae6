package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.RequestMemo;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * The people directory for admins: everyone who ever signed in, with organisation and roles as Keycloak reported them at
 * their last sign-in. An admin corrects the organisation link in the application and withdraws (or gives back) a person's
 * access to the application; roles stay in Keycloak. Every change is audited.
 *
 * <p>Withdrawn access takes effect on the person's next request: {@link #isRevoked} is asked for every signed-in request
 * and bearer token, and reads the set of withdrawn subjects from the database at most every {@link #REFRESH} (at once on
 * the node where the admin acted), so a cluster of nodes agrees within that time without a query per request.
 */
@ApplicationScoped
public class PeopleService {

    public static final int PAGE_SIZE = 25;
    static final Duration REFRESH = Duration.ofSeconds(20);

    @Inject
    RequestMemo memo;

    @Inject
    UserProfileRepository profiles;

    @Inject
    Profiles people;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    private volatile Set<String> revoked;
    private volatile Instant revokedReadAt = Instant.MIN;

    public record Page(List<UserProfile> people, long total, int page, int pages) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page directory(String text, int page, Caller caller) {
        return directory(text, page, PAGE_SIZE, caller);
    }

    /** A page of {@code pageSize} people (1 to 100); a page past the last is the last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page directory(String text, int page, int pageSize, Caller caller) {
        requireAdmin(caller);
        int size = Math.max(1, Math.min(pageSize, 100));
        long total = profiles.countDirectory(text);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(1, Math.min(page, pages));
        return new Page(profiles.directory(text, (current - 1) * size, size), total, current, pages);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserProfile person(long id, Caller caller) {
        requireAdmin(caller);
        return find(id);
    }

    /**
     * Links the person to {@code organisationCode} in the application; {@code null} or blank: back to Keycloak's organisation.
     * An admin acts on someone else only: changing one's own organisation (and so the partner one signs answers for) is
     * refused, so nobody moves themselves to sign for another partner.
     */
    @Transactional
    public UserProfile correctOrganisation(long id, String organisationCode, Caller caller) {
        String admin = requireAdmin(caller);
        UserProfile person = find(id);
        if (person.getSubject().equals(caller.subject())) {
            throw new NotPossibleException(Message.of("refusal.people.ownOrganisation"));
        }
        Organisation organisation = null;
        if (organisationCode != null && !organisationCode.isBlank()) {
            organisation = organisations.find(organisationCode.strip()).orElseThrow(() -> InvalidInputException.of("organisatie",
                    Message.of("input.people.organisation")));
        }
        if (person.correctOrganisation(organisation)) {
            memo.forget(); // the person's organisation as cached for this request is stale now
            auditLog.record(admin, "GEBRUIKER_ORGANISATIE_GECORRIGEERD", "UserProfile", person.getSubject(), AuditEntry.Result.SUCCESS,
                    caller.origin(), organisation == null ? "organisatie=volgens Keycloak" : "organisatie=" + organisation.getCode());
        }
        return person;
    }

    /**
     * The arbeidsmarktregio's a facilitator or coordinator looks after: new and escalated knelpunten of gemeenten there
     * reach them (issue 24). None: the whole country. Only for people with a handler role; unknown codes are refused.
     */
    @Transactional
    public UserProfile setRegions(long id, java.util.Collection<String> regionCodes, Caller caller) {
        String admin = requireAdmin(caller);
        UserProfile person = find(id);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (String code : regionCodes == null ? java.util.List.<String>of() : regionCodes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (organisations.findRegion(code.strip()).isPresent()) {
                codes.add(code.strip());
            } else {
                unknown.add(code.strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("regios", Message.of("input.referenceData.unknownRegion", String.join(", ", unknown)));
        }
        if (!codes.isEmpty() && !person.getRoles().contains(Role.FACILITATOR) && !person.getRoles().contains(Role.COORDINATOR)) {
            throw InvalidInputException.of("regios", Message.of("input.people.regionsOnlyHandlers"));
        }
        if (person.setRegionCodes(codes)) {
            auditLog.record(admin, "GEBRUIKER_REGIOS_GEWIJZIGD", "UserProfile", person.getSubject(), AuditEntry.Result.SUCCESS,
                    caller.origin(), codes.isEmpty() ? "regios=heel Nederland" : "regios=" + String.join(",", codes));
        }
        return person;
    }

    /** Withdraws (false) or gives back (true) the person's access to the application. An admin cannot lock themselves out. */
    @Transactional
    public UserProfile setAccess(long id, boolean active, Caller caller) {
        String admin = requireAdmin(caller);
        UserProfile person = find(id);
        if (!active && person.getSubject().equals(caller.subject())) {
            throw new NotPossibleException(Message.of("refusal.people.ownAccess"));
        }
        if (person.setActive(active)) {
            auditLog.record(admin, active ? "GEBRUIKER_GEACTIVEERD" : "GEBRUIKER_GEDEACTIVEERD", "UserProfile", person.getSubject(),
                    AuditEntry.Result.SUCCESS, caller.origin(), null);
            revokedReadAt = Instant.MIN;
        }
        return person;
    }

    /** Whether an admin withdrew this subject's access (as of at most {@link #REFRESH} ago). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isRevoked(String subject) {
        Instant now = clock.instant();
        Set<String> current = revoked;
        if (current == null || revokedReadAt.plus(REFRESH).isBefore(now)) {
            current = Set.copyOf(profiles.inactiveSubjects());
            revoked = current;
            revokedReadAt = now;
        }
        return current.contains(subject);
    }

    private UserProfile find(long id) {
        if (id < 0) {
            throw new NotFoundException(Message.of("notFound.people.person", String.valueOf(id)));
        }
        return profiles.findById(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.people.person", String.valueOf(id))));
    }

    private String requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.people.adminsOnly"));
        }
        return people.username(caller);
    }
}
