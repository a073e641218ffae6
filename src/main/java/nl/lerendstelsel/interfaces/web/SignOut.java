package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.lerendstelsel.application.UserProfileService;
import nl.lerendstelsel.infrastructure.security.ClientAddress;
import nl.lerendstelsel.infrastructure.security.CurrentUser;

/**
 * Signing out: the header's sign-out button is a plain HTML form posting here with a token of the session, not a Faces
 * form. A Faces form would put a view state in the session for every page shown (memory, bar P4) and would fail with
 * "page expired" when pressed in a tab older than the views the session keeps. The OpenID Connect mechanism ends the
 * Keycloak session too (RP-initiated logout) and sends the browser home; the local session is invalidated here. The
 * sign-out is audited.
 */
@WebServlet("/uitloggen")
public class SignOut extends HttpServlet {

    static final String TOKEN_KEY = SignOut.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser currentUser;

    @Inject
    UserProfileService userProfiles;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(TOKEN_KEY);
        if (expected != null && !matches(expected, request.getParameter("token"))) {
            // A form from elsewhere (cross-site request forgery): the session stays as it is.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getUserPrincipal() != null) {
            currentUser.user().ifPresent(user -> userProfiles.signedOut(user.subject(), user.username(), ClientAddress.of(request)));
            request.logout();
        }
        session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // The mechanism has normally redirected to Keycloak's end-session endpoint; only if it did not (no ID token, an
        // already ended session) do we send the person home ourselves.
        if (!response.isCommitted() && !response.containsHeader("Location")) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Signing out changes state: only by the form's POST (a link or an image on another site cannot sign anyone out).
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    private static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The session's sign-out token for the header's form, made on first use. */
    @Named("signOut")
    @RequestScoped
    public static class Token {

        @Inject
        HttpServletRequest request;

        public String getValue() {
            HttpSession session = request.getSession(false);
            if (session == null) {
                return "";
            }
            String token = (String) session.getAttribute(TOKEN_KEY);
            if (token == null) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(TOKEN_KEY, token);
            }
            return token;
        }
    }
}
