package nl.lerendstelsel.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.lerendstelsel.application.UserProfileService;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Runs after the container has authenticated a browser request. The first request of a signed-in session
 * creates or updates the person's profile from the OpenID Connect claims, records the sign-in in the audit
 * log and keeps a {@link SignedInUser} snapshot in the session. A person whose access an administrator has
 * deactivated is signed out and sent to the 403 page.
 */
@WebFilter(filterName = "SignInFilter", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

    static final String SESSION_KEY = SignedInUser.class.getName();

    @Inject
    UserProfileService userProfiles;

    @Inject
    OpenIdContext openIdContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !RoutingAuthenticationMechanism.hasBearerToken(request)) {
            HttpSession session = request.getSession();
            if (session.getAttribute(SESSION_KEY) == null) {
                UserProfile profile = userProfiles.signedIn(IdentityClaimsReader.fromOpenId(openIdContext),
                        ClientAddress.of(request));
                if (!profile.isActive()) {
                    request.logout();
                    session.invalidate();
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                request.changeSessionId();
                request.getSession().setAttribute(SESSION_KEY, SignedInUser.of(profile));
            }
        }
        chain.doFilter(request, response);
    }
}
