package nl.lerendstelsel.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.infrastructure.security.ClientAddress;

/**
 * Records refused requests in the audit log (BIO 8.15.01): who ({@code anoniem} when nobody signed in), which page or
 * API path (without the query string, which may carry search terms), from where; at most {@value #PER_PATH_PER_MINUTE}
 * a minute per path and {@value #PER_MINUTE} in all per person or address. A failure to record never turns the
 * refusal into an error: the database may itself be what is failing.
 */
@ApplicationScoped
public class AccessDenials {

    private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());
    public static final String ANONYMOUS = "anoniem";

    @Inject
    AuditLog auditLog;

    /** At most this many refusals of one path per person (or address) a minute go into the audit log. */
    static final int PER_PATH_PER_MINUTE = 10;
    /** And at most this many in all per person (or address) a minute; then one line says the rest were not recorded. */
    static final int PER_MINUTE = 100;

    private final Throttle perPath = new Throttle(PER_PATH_PER_MINUTE, 60_000, 10_000);
    private final Throttle perPerson = new Throttle(PER_MINUTE, 60_000, 10_000);

    /**
     * {@code objectType}: {@code Pagina} or {@code API}; {@code path}: the request path within the application. Throttled
     * per person, or per address for visitors (issue 27): a client that keeps retrying or a scanner cannot flood the log.
     */
    public void record(String actor, String objectType, String path, String origin, String details) {
        String who = actor == null ? "address:" + origin : "user:" + actor;
        long now = System.currentTimeMillis();
        Throttle.Verdict verdict = Throttle.worst(perPath.admit(who + " " + path, now), perPerson.admit(who, now));
        if (verdict == Throttle.Verdict.DROP) {
            return;
        }
        if (verdict == Throttle.Verdict.LAST) {
            details = (details == null ? "" : details + "; ") + "meer weigeringen deze minuut worden niet vastgelegd";
        }
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

    /** Counts per key in fixed windows: the first {@code limit} pass, the next one is the last, then nothing until the window ends. */
    static final class Throttle {

        enum Verdict { RECORD, LAST, DROP }

        static Verdict worst(Verdict a, Verdict b) {
            return a.compareTo(b) >= 0 ? a : b;
        }

        private final int limit;
        private final long windowMillis;
        private final int maxKeys;
        private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

        Throttle(int limit, long windowMillis, int maxKeys) {
            this.limit = limit;
            this.windowMillis = windowMillis;
            this.maxKeys = maxKeys;
        }

        Verdict admit(String key, long now) {
            if (windows.size() > maxKeys) {
                windows.clear(); // bounded memory: at worst a few more entries in the audit log
            }
            long[] window = windows.compute(key, (k, w) -> {
                if (w == null || now - w[0] >= windowMillis) {
                    return new long[] {now, 1};
                }
                return new long[] {w[0], w[1] + 1}; // a new array each time: this call reads its own count
            });
            long count = window[1];
            return count <= limit ? Verdict.RECORD : count == limit + 1 ? Verdict.LAST : Verdict.DROP;
        }
    }

    private static String shorten(String path) {
        return path == null || path.length() <= 100 ? path : path.substring(0, 100);
    }
}
