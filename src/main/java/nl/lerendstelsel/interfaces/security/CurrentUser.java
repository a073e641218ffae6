package nl.lerendstelsel.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.DuplicateKeys;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.security.ClientAddress;
import nl.lerendstelsel.infrastructure.security.IdentityClaimsReader;
import nl.lerendstelsel.infrastructure.security.RoutingAuthenticationMechanism;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making this request, whichever way they signed in. Browser sessions read the snapshot that
 * {@link SignInFilter} stored; bearer-token requests bring the profile up to date from the token's claims. On the API
 * only a bearer token counts: a session cookie there is nobody.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    UserProfileService userProfiles;

    private Optional<SignedInUser> user;

    public Optional<SignedInUser> user() {
        if (user == null) {
            user = resolve();
        }
        return user;
    }

    private Optional<SignedInUser> resolve() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (principal instanceof JsonWebToken token) {
            try {
                return Optional.of(SignedInUser.of(userProfiles.synchronise(IdentityClaimsReader.fromBearer(token),
                        ClientAddress.of(request))));
            } catch (RuntimeException e) {
                if (!DuplicateKeys.causedBy(e)) {
                    throw e;
                }
                // A new person's first requests arrived together and another one created the profile: use that one.
                return Optional.of(SignedInUser.of(userProfiles.synchronise(IdentityClaimsReader.fromBearer(token),
                        ClientAddress.of(request))));
            }
        }
        if (RoutingAuthenticationMechanism.isApi(request)) {
            return Optional.empty(); // the API takes bearer tokens only, never the browser's session
        }
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY));
    }

    /** The signed-in person as a caller of application services; empty for visitors. */
    public Optional<Caller> caller() {
        return user().map(u -> new Caller(u.subject(), u.roles(), ClientAddress.of(request)));
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public boolean hasRole(String roleName) {
        return Role.fromRoleName(roleName).map(role -> user().map(u -> u.has(role)).orElse(false)).orElse(false);
    }

    public String getDisplayName() {
        return user().map(SignedInUser::displayName).orElse(null);
    }

    public String getOrganisationName() {
        return user().map(SignedInUser::organisationName).orElse(null);
    }

    public SignedInUser getUser() {
        return user().orElse(null);
    }
}
