package nl.lerendstelsel.infrastructure.security;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces (which
 * adds the per-request script nonce, see {@code primefaces.CSP_POLICY} in web.xml); the API and everything
 * else that is not a page gets a policy that allows nothing. Signed-in pages are never cached.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** The headers, also for a response another filter answers itself before this one ran (a 429 of RateLimitFilter). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/openapi") || path.startsWith("/health")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (path.startsWith("/app/") || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            // The server compresses style sheets and scripts (run.sh): caches must keep both forms apart.
            response.setHeader("Vary", "Accept-Encoding");
        }
    }
}
