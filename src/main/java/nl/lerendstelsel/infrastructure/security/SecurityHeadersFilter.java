package nl.lerendstelsel.infrastructure.security;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces (which
 * adds the per-request script nonce, see {@code primefaces.CSP_POLICY} in web.xml); the API and everything
 * else that is not a page gets a policy that allows nothing. Signed-in pages are never cached.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Browsers remember for a year to reach the application over HTTPS only (they ignore it on plain HTTP, RFC 6797 8.1). */
    static final String HSTS = "max-age=31536000";

    /**
     * Added to the policy PrimeFaces sends with a page: forms post to the application only, and a post may end in a
     * redirect to Keycloak (signing out, signing in again after the session ended).
     */
    private static volatile String formPolicy = formPolicy(OpenIdSettings.DEFAULT_PROVIDER_URI);

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        formPolicy = formPolicy(ConfigProvider.getConfig().getOptionalValue(OpenIdSettings.PROVIDER_URI, String.class)
                .orElse(OpenIdSettings.DEFAULT_PROVIDER_URI));
    }

    /** {@code form-action 'self'} and the origin of Keycloak ({@code lerendstelsel.oidc.provider-uri}). */
    static String formPolicy(String providerUri) {
        URI uri = URI.create(providerUri.strip());
        return "form-action 'self' " + uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = !(path.startsWith("/api/") || path.startsWith("/openapi") || path.startsWith("/health")
                || path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/"));
        chain.doFilter(request, page ? new FormActionPolicy(response) : response);
    }

    /** Puts {@code form-action} in front of the policy PrimeFaces sets on a page (its nonce must stay at the end). */
    private static final class FormActionPolicy extends HttpServletResponseWrapper {

        FormActionPolicy(HttpServletResponse response) {
            super(response);
        }

        private static String withFormAction(String name, String value) {
            return "Content-Security-Policy".equalsIgnoreCase(name) && value != null && !value.contains("form-action")
                    ? formPolicy + "; " + value : value;
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, withFormAction(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, withFormAction(name, value));
        }
    }

    /** The headers, also for a response another filter answers itself before this one ran (a 429 of RateLimitFilter). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Strict-Transport-Security", HSTS);
        boolean resource = path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/");
        if (path.startsWith("/api/") || path.startsWith("/openapi") || path.startsWith("/health")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (path.startsWith("/app/") || path.startsWith("/api/") || (!resource && request.getUserPrincipal() != null)) {
            // Personalised: the signed-in part, the API, and any page a signed-in person sees (their name in the header).
            response.setHeader("Cache-Control", "private, no-store");
        }
        if (resource) {
            // The server compresses style sheets and scripts (run.sh): caches must keep both forms apart.
            response.setHeader("Vary", "Accept-Encoding");
        }
    }
}
