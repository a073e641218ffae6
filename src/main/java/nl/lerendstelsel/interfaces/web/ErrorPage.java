package nl.lerendstelsel.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages. Every error gets an incident id that is shown to the person and written to the
 * server log together with the exception, so support can find the cause without a stack trace ever
 * reaching the browser.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Inject
    HttpServletRequest request;

    private String incidentId;
    private int statusCode;

    @PostConstruct
    void init() {
        incidentId = newIncidentId();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        statusCode = status instanceof Integer code ? code : 500;
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (ErrorDispatchFilter.expiredView(exception)) {
            LOG.fine(() -> "Incident " + incidentId + " on " + uri + ": the page had expired");
        } else if (exception != null) {
            LOG.log(Level.SEVERE, "Incident " + incidentId + " on " + uri, exception);
        } else if (statusCode >= 500) {
            LOG.severe(() -> "Incident " + incidentId + " on " + uri + ": status " + statusCode);
        } else {
            LOG.fine(() -> "Incident " + incidentId + " on " + uri + ": status " + statusCode);
        }
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
}
