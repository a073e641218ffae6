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
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Jakarta Security 3 (Jakarta EE 10) allows one authentication mechanism per application, but this one has
 * two: OpenID Connect for people in a browser and MicroProfile JWT bearer tokens for the REST API. This
 * alternative takes precedence over both container-provided mechanisms and routes each request: a request
 * with an {@code Authorization: Bearer} header goes to the JWT mechanism, everything else to OpenID Connect.
 * An invalid bearer token gets a {@code 401} as {@code application/problem+json}, never a redirect to a
 * login page.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(RoutingAuthenticationMechanism.class.getName());

    private static final String JWT_MECHANISM = "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";

    @Inject
    BeanManager beanManager;

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

    static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!hasBearerToken(request)) {
            if (context.isProtected() && request.getUserPrincipal() == null) {
                CallbackServlet.rememberTarget(request);
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
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Niet geauthenticeerd / Not authenticated")
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .add("detail", "Het toegangstoken is ongeldig of verlopen. / The access token is invalid or has expired.")
                    .add("instance", request.getRequestURI())
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
