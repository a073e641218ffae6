package nl.lerendstelsel.interfaces.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The error pages are shown on the request that failed. When that request was a form post, Faces would treat the
 * error page as a postback of that form — and PrimeFaces then demands the form's CSP nonce, so a post with a forged or
 * missing view state or nonce ended in a bare 500 instead of the friendly page. For the error dispatch this filter
 * hides the failed form's parameters, so the error page renders as a fresh page. An expired or unknown view state is
 * the visitor's stale (or crafted) form, not a fault of ours: it is answered with 400 and the "page expired" text.
 */
@WebFilter(filterName = "ErrorDispatchFilter", urlPatterns = "/fout/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (expiredView((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        chain.doFilter(new FreshRequest(request), response);
    }

    static boolean expiredView(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** The failed request without its form: no parameters, method GET. */
    private static final class FreshRequest extends HttpServletRequestWrapper {
        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
