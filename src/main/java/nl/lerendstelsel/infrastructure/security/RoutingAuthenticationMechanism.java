package nl.lerendstelsel.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import nl.lerendstelsel.infrastructure.cluster.ClusterNode;

/**
 * Jakarta Security 3 (Jakarta EE 10) allows one authentication mechanism per application, but this one has
 * two: OpenID Connect for people in a browser and MicroProfile JWT bearer tokens for the REST API. This
 * alternative takes precedence over both container-provided mechanisms and routes each request: a request
 * with an {@code Authorization: Bearer} header goes to the JWT mechanism, everything else to OpenID Connect.
 * An invalid bearer token gets a {@code 401} as {@code application/problem+json}, never a redirect to a
 * login page. The API ({@code /api/...}) takes bearer tokens only: a session cookie there signs nobody in.
 *
 * <p>When Keycloak cannot be reached ({@link IdentityProviderProbe}), a browser that needs to sign in gets a 503 page
 * saying so instead of being sent to a dead Keycloak, and a session that is already signed in keeps working instead of
 * failing its token refresh (quality bar R3).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(RoutingAuthenticationMechanism.class.getName());

    private static final String JWT_MECHANISM = "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";

    @Inject
    BeanManager beanManager;

    /** Request attribute: this 503 is about signing in while Keycloak cannot be reached. */
    public static final String SIGN_IN_UNAVAILABLE = "lerendstelsel.signInUnavailable";

    @Inject
    IdentityProviderProbe identityProvider;

    /** Only a node of a cluster meets sessions signed in elsewhere (without their tokens); one node never does. */
    @Inject
    ClusterNode node;

    @Inject
    OpenIdContext openIdContext;

    private HttpAuthenticationMechanism openId;
    private HttpAuthenticationMechanism bearer;

    @PostConstruct
    void findMechanisms() {
        Set<Bean<?>> beans = beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE);
        List<Bean<?>> others = new ArrayList<>();
        for (Bean<?> bean : beans) {
            if (bean.getTypes().contains(RoutingAuthenticationMechanism.class)) {
                continue;
            }
            if (bean.getTypes().stream().anyMatch(type -> type.getTypeName().equals(JWT_MECHANISM))) {
                bearer = reference(bean);
            } else {
                others.add(bean);
            }
        }
        // Soteria registers the OpenID Connect mechanism with HttpAuthenticationMechanism as its only type,
        // so it is the one mechanism left over.
        if (bearer == null || others.size() != 1) {
            throw new IllegalStateException("Expected the OpenID Connect and the MP-JWT mechanisms among "
                    + beans.stream().map(b -> b.getBeanClass() + " " + b.getTypes()).toList());
        }
        openId = reference(others.get(0));
    }

    private HttpAuthenticationMechanism reference(Bean<?> bean) {
        return (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                beanManager.createCreationalContext(bean));
    }

    public static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Whether the request is for the REST API ({@code /api/...}), which takes bearer tokens only. */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!hasBearerToken(request) && isApi(request)) {
            // The REST API takes bearer tokens only (issue 27): a browser's session cookie does not sign a request in here,
            // so a page elsewhere cannot make the browser call the API as the signed-in person (CSRF). Without a token the
            // request is anonymous: the public reads answer, everything else is a 401 problem.
            return context.doNothing();
        }
        if (!hasBearerToken(request)) {
            Principal signedIn = request.getUserPrincipal();
            if (signedIn == null) {
                boolean signingIn = context.isProtected() || (request.getParameter("state") != null && request.getParameter("code") != null);
                if (signingIn && !identityProvider.reachable()) {
                    // Keycloak is away: a clear page now instead of a browser error on Keycloak's host (quality bar R3).
                    return signInUnavailable(request, response);
                }
                if (context.isProtected()) {
                    CallbackServlet.rememberTarget(request);
                }
            } else if (node.clustered() && !hasTokens(request)) {
                // A session that was signed in on another node of the cluster: the session (with the principal and the
                // SignedInUser snapshot) came over through the data grid, the OpenID Connect tokens did not (Payara cannot
                // serialise Soteria's OpenIdContext). The person stays signed in with the roles of their sign-in.
                return continueMovedSession(signedIn, request, context);
            } else if (tokensExpired() && !identityProvider.reachable()) {
                // The tokens of this signed-in session would be refreshed at Keycloak, which is away; failing that would end
                // the session. Keep the session on what it proved at sign-in (the session's own idle timeout still applies)
                // and refresh once Keycloak is back.
                return keepSession(signedIn, context);
            }
            try {
                return openId.validateRequest(request, response, context);
            } catch (RuntimeException e) {
                // Typically Keycloak cannot be reached: say so on a friendly page instead of an empty 500.
                LOG.log(Level.WARNING, "Sign-in via the identity provider failed for " + request.getRequestURI(), e);
                sendError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        ErrorCapturingResponse capturing = new ErrorCapturingResponse(response);
        context.setResponse(capturing);
        AuthenticationStatus status;
        try {
            status = bearer.validateRequest(request, capturing, context);
        } finally {
            context.setResponse(response);
        }
        if (status == AuthenticationStatus.SEND_FAILURE || capturing.status >= 400) {
            writeUnauthorized(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return status;
    }

    /** What the OpenID mechanism does for a signed-in session whose tokens are still valid: the registered session stands. */
    private static AuthenticationStatus keepSession(Principal signedIn, HttpMessageContext context) throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException("Could not keep the signed-in session", e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    /**
     * Continues a signed-in session that another node started, on the snapshot the sign-in stored in the session. Without
     * a snapshot (the other node died before the first page after sign-in) the session is ended, and the browser signs in
     * again at Keycloak (usually without a form: Keycloak's own session is still there).
     */
    private AuthenticationStatus continueMovedSession(Principal signedIn, HttpServletRequest request, HttpMessageContext context)
            throws AuthenticationException {
        HttpSession session = request.getSession(false);
        Object snapshot = session == null ? null : session.getAttribute(SignedInUser.SESSION_KEY);
        // Drop an empty OpenID Connect context this node may have created for the session: it holds no tokens, and another
        // node cannot deserialise it (Weld's proxy inside it), which would break the session when it moves back.
        if (session != null) {
            for (String name : java.util.Collections.list(session.getAttributeNames())) {
                if (name.contains(OPENID_CONTEXT)) {
                    session.removeAttribute(name);
                }
            }
        }
        if (snapshot instanceof SignedInUser user) {
            LOG.log(Level.FINE, "Signed-in session of {0} continued on this node", user.username());
            return context.notifyContainerAboutLogin(signedIn, new HashSet<>(user.roleNames()));
        }
        if (session != null) {
            session.invalidate();
        }
        context.cleanClientSubject();
        return context.isProtected() ? openId.validateRequest(request, context.getResponse(), context) : context.doNothing();
    }

    /** Part of the session attribute name under which Weld keeps Soteria's session-scoped OpenID Connect context. */
    private static final String OPENID_CONTEXT = "OpenIdContextImpl";

    /**
     * Whether this session holds OpenID Connect tokens: not when it was signed in on another node (Payara cannot serialise
     * Soteria's context, so it does not travel with the session). Looks at the session's attributes first, so that asking
     * does not create an empty context in the session.
     */
    private boolean hasTokens(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || java.util.Collections.list(session.getAttributeNames()).stream().noneMatch(n -> n.contains(OPENID_CONTEXT))) {
            return false;
        }
        try {
            return openIdContext.getAccessToken() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether the signed-in session's tokens are due for a refresh at Keycloak (as the OpenID mechanism decides it). */
    private boolean tokensExpired() {
        try {
            return openIdContext.getAccessToken().isExpired() || openIdContext.getIdentityToken().isExpired();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The 503 page with the sign-in message ({@code fout/503.xhtml} reads the request attribute). */
    private static AuthenticationStatus signInUnavailable(HttpServletRequest request, HttpServletResponse response) {
        LOG.log(Level.FINE, "Keycloak unreachable: no sign-in for {0}", request.getRequestURI());
        request.setAttribute(SIGN_IN_UNAVAILABLE, Boolean.TRUE);
        response.setHeader("Retry-After", "60");
        sendError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return hasBearerToken(request) ? bearer.secureResponse(request, response, context)
                : openId.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (hasBearerToken(request)) {
            bearer.cleanSubject(request, response, context);
        } else if (node.clustered() && !hasTokens(request)) {
            // Signed in on another node: no ID token to end the Keycloak session with; sign out here (the SignOut servlet
            // then sends the browser home).
            context.cleanClientSubject();
        } else {
            openId.cleanSubject(request, response, context);
        }
    }

    /** Keeps the MP-JWT mechanism's {@code sendError} from producing the container's HTML error page. */
    private static final class ErrorCapturingResponse extends HttpServletResponseWrapper {
        private int status;

        ErrorCapturingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String message) {
            status = sc;
        }
    }

    private static void sendError(HttpServletResponse response, int status) {
        try {
            if (!response.isCommitted()) {
                response.sendError(status);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ServletProblem.write(response, ServletProblem.of(HttpServletResponse.SC_UNAUTHORIZED,
                    "Niet geauthenticeerd / Not authenticated",
                    "Het toegangstoken is ongeldig of verlopen. / The access token is invalid or has expired.", request.getRequestURI()));
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
