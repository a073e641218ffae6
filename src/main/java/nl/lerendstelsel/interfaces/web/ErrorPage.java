package nl.lerendstelsel.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.infrastructure.persistence.DatabaseUnavailable;
import nl.lerendstelsel.interfaces.security.AccessDenials;
import nl.lerendstelsel.infrastructure.security.ClientAddress;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.security.SignInFilter;
import nl.lerendstelsel.interfaces.security.RateLimitFilter;

/**
 * Backs the error pages. Every error gets an incident id that is shown to the person and written to the
 * server log together with the exception, so support can find the cause without a stack trace ever
 * reaching the browser. A refused page (403) is recorded in the audit log.
 *
 * <p>A failure because the database cannot be reached (stopped, restarting) is not a fault of the application: the
 * page then says the platform is temporarily unavailable, answers 503 with {@code Retry-After} (a full page; an Ajax
 * request keeps the 200 of its partial response) and logs one line instead of a stack trace per request, since
 * during an outage every request fails the same way. The connection pool recovers by itself when the database is
 * back.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDenials denials;

    /** Seconds a client is asked to wait before retrying while the database is unavailable. */
    static final String RETRY_AFTER_SECONDS = "10";

    private String incidentId;
    private int statusCode;
    private boolean databaseUnavailable;
    private boolean accessRevoked;
    private boolean sessionEnded;

    @PostConstruct
    void init() {
        incidentId = newIncidentId();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        statusCode = status instanceof Integer code ? code : 500;
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        databaseUnavailable = exception != null && DatabaseUnavailable.isCause(exception);
        accessRevoked = Boolean.TRUE.equals(request.getAttribute(SignInFilter.ACCESS_REVOKED));
        sessionEnded = Boolean.TRUE.equals(request.getAttribute(SignInFilter.SESSION_ENDED));
        if (statusCode == 403 && !accessRevoked) {
            recordRefusal(uri);
        }
        if (databaseUnavailable) {
            statusCode = 503;
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
                ExternalContext external = faces.getExternalContext();
                external.setResponseStatus(503);
                external.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            LOG.warning(() -> "Incident " + incidentId + " on " + uri + ": database unavailable ("
                    + DatabaseUnavailable.describe(exception) + ")");
        } else if (ErrorDispatchFilter.expiredView(exception)) {
            LOG.fine(() -> "Incident " + incidentId + " on " + uri + ": the page had expired");
        } else if (exception != null) {
            LOG.log(Level.SEVERE, "Incident " + incidentId + " on " + uri, exception);
        } else if (statusCode >= 500) {
            LOG.severe(() -> "Incident " + incidentId + " on " + uri + ": status " + statusCode);
        } else {
            LOG.fine(() -> "Incident " + incidentId + " on " + uri + ": status " + statusCode);
        }
    }

    /** A refused page in the audit log (a withdrawn access was recorded where it was found). */
    private void recordRefusal(String uri) {
        String actor;
        try {
            actor = currentUser.user().map(u -> u.username()).orElse(null);
        } catch (RuntimeException e) {
            actor = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        }
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        denials.record(actor, "Pagina", path, ClientAddress.of(request), "incident " + incidentId);
    }

    static String newIncidentId() {
        StringBuilder id = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    public String getIncidentId() {
        return incidentId;
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** Whether this 403 is about access an admin withdrew (the page then says so). */
    public boolean isAccessRevoked() {
        return accessRevoked;
    }

    /** Whether this 403 is about a sign-in Keycloak ended or an account it disabled (the page then says so). */
    public boolean isSessionEnded() {
        return sessionEnded;
    }

    /** Whether the error is the database being unreachable (the page then shows the 503 texts). */
    public boolean isDatabaseUnavailable() {
        return databaseUnavailable;
    }

    /** For the 429 page: seconds until the next write will pass (set by the rate limit filter). */
    public long getRetryAfter() {
        return request.getAttribute(RateLimitFilter.RETRY_AFTER) instanceof Long seconds ? seconds : 60;
    }
}
