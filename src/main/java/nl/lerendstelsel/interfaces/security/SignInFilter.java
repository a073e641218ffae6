package nl.lerendstelsel.interfaces.security;

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
import java.security.Principal;
import java.util.logging.Logger;
import nl.lerendstelsel.application.administration.PeopleService;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.infrastructure.security.ClientAddress;
import nl.lerendstelsel.infrastructure.security.IdentityClaimsReader;
import nl.lerendstelsel.infrastructure.security.KeycloakSessionCheck;
import nl.lerendstelsel.infrastructure.security.RoutingAuthenticationMechanism;
import nl.lerendstelsel.infrastructure.security.ServletProblem;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs after the container has authenticated a browser request. The first request of a signed-in session
 * creates or updates the person's profile from the OpenID Connect claims, records the sign-in in the audit
 * log and keeps a {@link SignedInUser} snapshot in the session. A person whose access an administrator has
 * deactivated is refused at sign-in and, when it happens during a session, at their next request: signed out and sent to
 * the 403 page that says their access was withdrawn. A bearer token of such a person gets a 403 problem. Every few minutes
 * a browser session is checked at Keycloak: ended there or disabled ends it here, changed roles sign it in again. Someone
 * signed in without any application role sees the public pages only.
 */
@WebFilter(filterName = "SignInFilter", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SignInFilter.class.getName());


    /** Request attribute: this 403 is about access an admin withdrew ({@code fout/403.xhtml} reads it). */
    public static final String ACCESS_REVOKED = "lerendstelsel.accessRevoked";

    /** Request attribute: this 403 is about a sign-in Keycloak ended or an account it disabled ({@code fout/403.xhtml}). */
    public static final String SESSION_ENDED = "lerendstelsel.sessionEnded";

    @Inject
    UserProfileService userProfiles;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    PeopleService people;

    @Inject
    AccessDenials denials;

    @Inject
    KeycloakSessionCheck keycloak;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null && RoutingAuthenticationMechanism.hasBearerToken(request)) {
            String subject = principal instanceof JsonWebToken token ? token.getSubject() : principal.getName();
            if (people.isRevoked(subject)) {
                denials.record(request, username(principal), "API", path(request));
                writeRevoked(request, response);
                return;
            }
        } else if (principal != null && !RoutingAuthenticationMechanism.isApi(request)) {
            HttpSession session = request.getSession();
            SignedInUser user = (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
            if (user == null) {
                UserProfile profile = userProfiles.signedIn(IdentityClaimsReader.fromOpenId(openIdContext),
                        ClientAddress.of(request));
                if (!profile.isActive()) {
                    refuse(request, response, session);
                    return;
                }
                request.changeSessionId();
                request.getSession().setAttribute(SignedInUser.SESSION_KEY, SignedInUser.of(profile));
                request.getSession().setAttribute(KeycloakSessionCheck.State.SESSION_KEY,
                        keycloak.atSignIn(openIdContext, IdentityClaimsReader.fromOpenId(openIdContext).roles()));
            } else if (people.isRevoked(user.subject())) {
                // Withdrawn while signed in: the session ends at the next request.
                denials.record(request, user.username(), "Pagina", path(request));
                refuse(request, response, session);
                return;
            } else if (recheck(request, response, session, user)) {
                return;
            }
            SignedInUser current = (SignedInUser) request.getSession().getAttribute(SignedInUser.SESSION_KEY);
            if (current != null && current.roles().isEmpty() && path(request).startsWith("/app/")) {
                // Signed in at Keycloak without any of the application's roles: the public pages only (issue 27). The 403
                // page records the refusal.
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Every few minutes ({@link KeycloakSessionCheck}) the session is checked at Keycloak (issue 27). A Keycloak session
     * that was ended or an account that was disabled ends this session: signed out, with a page that says so. Changed
     * roles end this session too and send the browser to sign in again, which Keycloak's own session does without a form:
     * the new session has the new roles everywhere (the container's role checks in web.xml, the services' checks). Returns
     * whether the request was answered here.
     */
    private boolean recheck(HttpServletRequest request, HttpServletResponse response, HttpSession session, SignedInUser user)
            throws IOException {
        KeycloakSessionCheck.State state = (KeycloakSessionCheck.State) session.getAttribute(KeycloakSessionCheck.State.SESSION_KEY);
        if (!keycloak.due(state)) {
            return false;
        }
        KeycloakSessionCheck.Result result = keycloak.check(state);
        switch (result.outcome()) {
            case ENDED -> {
                denials.record(user.username(), "Pagina", path(request), ClientAddress.of(request), "sessie beëindigd in Keycloak");
                request.setAttribute(SESSION_ENDED, Boolean.TRUE);
                refuse(request, response, session);
                return true;
            }
            case ACTIVE -> {
                if (!result.state().roles().equals(state.roles())) {
                    LOG.info(() -> "Roles of " + user.username() + " changed in Keycloak: " + state.roles() + " -> "
                            + result.state().roles() + "; signing in again");
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalidated) {
                        // nothing left to end
                    }
                    signInAgain(request, response);
                    return true;
                }
                session.setAttribute(KeycloakSessionCheck.State.SESSION_KEY, result.state());
                return false;
            }
            default -> {
                session.setAttribute(KeycloakSessionCheck.State.SESSION_KEY, result.state());
                return false;
            }
        }
    }

    /** Sends the browser to the page it asked for (a protected page signs it in again), or to the start page. */
    private static void signInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        String target = request.getContextPath() + ("GET".equals(request.getMethod()) && path.startsWith("/app/")
                ? path + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : "/app/start.xhtml");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    /**
     * Signs the person out of the application and shows the 403 page with "your access has been withdrawn". Not by
     * {@code request.logout()}: with RP-initiated logout configured, the OpenID Connect mechanism answers that with a
     * redirect to Keycloak's end-session endpoint and invalidates the session itself, so the 403 page could not be
     * shown (it failed with "session already invalidated"). Invalidating the session drops the tokens (the
     * session-scoped OpenID Connect context) and the {@link SignedInUser}; Keycloak's own session stays, and every new
     * sign-in through it is refused here as long as the access stays withdrawn.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpSession session) throws IOException {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // nothing left to end
        }
        request.setAttribute(ACCESS_REVOKED, Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static void writeRevoked(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletProblem.write(response, ServletProblem.of(HttpServletResponse.SC_FORBIDDEN, "Toegang ingetrokken / Access withdrawn",
                "Uw toegang tot het platform is ingetrokken door een beheerder. / An administrator has withdrawn "
                        + "your access to the platform.", request.getRequestURI()));
    }

    private static String username(Principal principal) {
        if (principal instanceof JsonWebToken token && token.getClaim("preferred_username") != null) {
            return String.valueOf(token.<Object>getClaim("preferred_username")).replace("\"", "");
        }
        return principal.getName();
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
