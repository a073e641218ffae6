package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Keeps the application's profile of a person in step with the identity provider: the first sign-in
 * creates it, later sign-ins update name, e-mail, organisation and roles.
 */
@ApplicationScoped
public class UserProfileService {

    private static final Logger LOG = Logger.getLogger(UserProfileService.class.getName());

    @Inject
    UserProfileRepository profiles;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /**
     * An interactive sign-in: brings the profile up to date and records the sign-in in the audit log; for a person whose
     * access was withdrawn, the refusal instead (the caller then refuses the session).
     */
    @Transactional
    public UserProfile signedIn(IdentityClaims claims, String origin) {
        UserProfile profile = synchronise(claims, origin);
        if (!profile.isActive()) {
            auditLog.record(claims.username(), "AANMELDEN_GEWEIGERD", "UserProfile", claims.subject(), AuditEntry.Result.DENIED,
                    origin, "toegang ingetrokken");
            return profile;
        }
        profile.signedInAt(clock.instant());
        auditLog.record(claims.username(), "AANGEMELD", "UserProfile", claims.subject(), AuditEntry.Result.SUCCESS,
                origin, null);
        return profile;
    }

    /** A sign-out, for the audit log. */
    @Transactional
    public void signedOut(String subject, String username, String origin) {
        auditLog.record(username, "AFGEMELD", "UserProfile", subject, AuditEntry.Result.SUCCESS, origin, null);
    }

    /**
     * Creates the profile at the first sign-in and takes over changed claims later; used directly for
     * bearer-token calls, which are not sign-ins of their own. Writes only when something changed.
     */
    @Transactional
    public UserProfile synchronise(IdentityClaims claims, String origin) {
        Organisation organisation = organisationOf(claims);
        Optional<UserProfile> existing = profiles.findBySubject(claims.subject());
        if (existing.isEmpty()) {
            UserProfile created = new UserProfile(claims, organisation, clock.instant());
            profiles.add(created);
            auditLog.record(claims.username(), "GEBRUIKER_AANGEMAAKT", "UserProfile", claims.subject(),
                    AuditEntry.Result.SUCCESS, origin, "rollen=" + claims.roles());
            return created;
        }
        UserProfile profile = existing.get();
        if (profile.apply(claims, organisation)) {
            auditLog.record(claims.username(), "GEBRUIKER_BIJGEWERKT", "UserProfile", claims.subject(),
                    AuditEntry.Result.SUCCESS, origin, "rollen=" + claims.roles());
        }
        return profile;
    }

    /**
     * The signed-in person {@code subject} used the language switch: remembers {@code code} ({@code nl} or {@code en}) so
     * their e-mails are written in it. Writes only when it changed; returns whether it did (an unknown person or code
     * changes nothing).
     */
    @Transactional
    public boolean chooseLanguage(String subject, String code) {
        return profiles.findBySubject(subject).map(profile -> profile.chooseLanguage(code)).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserProfile> find(String subject) {
        return profiles.findBySubject(subject);
    }

    /** The codes of the arbeidsmarktregio's this person looks after as a handler; empty: the whole country. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.SortedSet<String> regionsOf(String subject) {
        return profiles.findBySubject(subject).map(UserProfile::getRegionCodes).orElse(new java.util.TreeSet<>());
    }

    /**
     * The organisation the claims name; for a gemeente that merged into another, its successor (Keycloak may still name
     * the old code after a municipal merger, and a sign-in must not undo the merger's move of the user).
     */
    private Organisation organisationOf(IdentityClaims claims) {
        Optional<Organisation> organisation = organisations.find(claims.organisationCode());
        for (int hops = 0; organisation.isPresent() && organisation.get().getSuccessorCode() != null && hops < 10; hops++) {
            organisation = organisations.find(organisation.get().getSuccessorCode());
        }
        if (organisation.isEmpty() && claims.organisationCode() != null) {
            LOG.warning(() -> "User " + claims.username() + " has unknown organisation code " + claims.organisationCode());
        }
        return organisation.orElse(null);
    }
}
