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
import java.net.URLEncoder;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.infrastructure.security.ClientAddress;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.infrastructure.security.OpenIdSettings;

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

    @Inject
    OpenIdSettings openId;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(TOKEN_KEY);
        if (expected != null && !matches(expected, request.getParameter("token"))) {
            // A form from elsewhere (cross-site request forgery): the session stays as it is.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean signedIn = request.getUserPrincipal() != null;
        if (signedIn) {
            currentUser.user().ifPresent(user -> userProfiles.signedOut(user.subject(), user.username(), ClientAddress.of(request)));
            request.logout();
        }
        session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // The mechanism has normally redirected to Keycloak's end-session endpoint with the ID token. It has none for a
        // session that moved to this node when its own node was lost (the tokens do not travel, see
        // RoutingAuthenticationMechanism): then Keycloak's session is ended by the same endpoint without the token, where
        // Keycloak asks the person to confirm. Someone who was not signed in is simply sent home.
        if (!response.isCommitted() && !response.containsHeader("Location")) {
            String url = request.getRequestURL().toString();
            String home = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
            response.sendRedirect(signedIn ? endSession(openId.getProviderUri(), openId.getClientId(), home) : home);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Signing out changes state: only by the form's POST (a link or an image on another site cannot sign anyone out).
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    /** Keycloak's end-session endpoint without an ID token (RP-initiated logout by client id; Keycloak confirms). */
    static String endSession(String providerUri, String clientId, String home) {
        return providerUri + "/protocol/openid-connect/logout?client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8);
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
