package nl.lerendstelsel.infrastructure.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in (the OpenID Connect redirect URI). By the time this
 * servlet runs, the mechanism has exchanged the code and signed the person in; it then sends them on to
 * the page they originally asked for, or to their start page.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    static final String TARGET = CallbackServlet.class.getName() + ".target";
    static final String START_PAGE = "/app/start.xhtml";

    /** Remembers the protected page someone asked for before they are sent to sign in. Only GETs are worth returning to. */
    static void rememberTarget(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            request.getSession().setAttribute(TARGET, query == null ? path : path + "?" + query);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String target = session == null ? null : (String) session.getAttribute(TARGET);
        if (session != null) {
            session.removeAttribute(TARGET);
        }
        response.sendRedirect(request.getContextPath() + safeLocalPath(target));
    }

    /** Only paths on this site: never an absolute or protocol-relative URL (no open redirect). */
    static String safeLocalPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.startsWith("/callback")) {
            return START_PAGE;
        }
        return target;
    }
}
