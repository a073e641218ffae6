package nl.lerendstelsel.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.infrastructure.security.ClientAddress;

/**
 * Records refused requests in the audit log (BIO 8.15.01): who ({@code anoniem} when nobody signed in), which page or
 * API path (without the query string, which may carry search terms), from where. A failure to record never turns the
 * refusal into an error: the database may itself be what is failing.
 */
@ApplicationScoped
public class AccessDenials {

    private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());
    public static final String ANONYMOUS = "anoniem";

    @Inject
    AuditLog auditLog;

    /** {@code objectType}: {@code Pagina} or {@code API}; {@code path}: the request path within the application. */
    public void record(String actor, String objectType, String path, String origin, String details) {
        try {
            auditLog.recordSeparately(actor == null ? ANONYMOUS : actor, "TOEGANG_GEWEIGERD", objectType, shorten(path),
                    AuditEntry.Result.DENIED, origin, details);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not record a refused request to " + path + " in the audit log: " + e);
        }
    }

    public void record(HttpServletRequest request, String actor, String objectType, String path) {
        record(actor, objectType, path, ClientAddress.of(request), request.getMethod());
    }

    private static String shorten(String path) {
        return path == null || path.length() <= 100 ? path : path.substring(0, 100);
    }
}
