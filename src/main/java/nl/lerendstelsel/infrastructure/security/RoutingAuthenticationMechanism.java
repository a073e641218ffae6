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
import java.io.IOException;
import java.util.Set;

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

    private static final String OPENID_MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";
    private static final String JWT_MECHANISM = "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";

    @Inject
    BeanManager beanManager;

    private HttpAuthenticationMechanism openId;
    private HttpAuthenticationMechanism bearer;

    @PostConstruct
    void findMechanisms() {
        Set<Bean<?>> beans = beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE);
        for (Bean<?> bean : beans) {
            String beanClass = bean.getBeanClass().getName();
            if (beanClass.equals(OPENID_MECHANISM)) {
                openId = reference(bean);
            } else if (beanClass.equals(JWT_MECHANISM)) {
                bearer = reference(bean);
            }
        }
        if (openId == null || bearer == null) {
            throw new IllegalStateException("Expected the OpenID Connect and the MP-JWT mechanisms, found " + beans);
        }
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
            return openId.validateRequest(request, response, context);
        }
        AuthenticationStatus status = bearer.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SEND_FAILURE) {
            writeUnauthorized(request, response);
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

    private static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.resetBuffer();
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
