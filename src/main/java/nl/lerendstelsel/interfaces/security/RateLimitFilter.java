package nl.lerendstelsel.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.infrastructure.security.ClientAddress;
import nl.lerendstelsel.infrastructure.security.RateLimiter;
import nl.lerendstelsel.infrastructure.security.SecurityHeadersFilter;
import nl.lerendstelsel.infrastructure.security.ServletProblem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Rate limits on writes per signed-in user and per client address (quality bar S7): every POST, PUT, PATCH and DELETE
 * — API calls, form posts and Faces postbacks, uploads — takes a token from the bucket of its user (when signed in) and
 * of its address ({@link ClientAddress}). Reads are never limited, and neither are the few Faces Ajax requests known to
 * only read ({@link #AJAX_READS}: suggestions while typing), signing out, the sign-in callback and health checks.
 *
 * <p>Over the limit the API answers {@code 429} as {@code application/problem+json} with {@code Retry-After}; a page
 * answers the friendly 429 page ({@code fout/429.xhtml}) that says the input was not saved and when to try again. The
 * first refusal of a bucket in a minute goes into the audit log ({@code TE_VEEL_VERZOEKEN}), later ones do not.
 *
 * <p>Settings (MicroProfile Config; environment variables such as {@code LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE}):
 * {@code lerendstelsel.ratelimit.user.per-minute} (60) and {@code .user.burst} (30), {@code .address.per-minute}
 * (300) and {@code .address.burst} (150), 0 switches a limit off; {@code .user.per-account}, e.g.
 * {@code importer=600/100, editor-vng=120/5}, gives single accounts another limit ({@code perMinute/burst}); and
 * {@code .max-buckets} (100000) bounds the memory.
 */
@WebFilter(filterName = "RateLimitFilter", urlPatterns = "/*")
public class RateLimitFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());

    static final String PREFIX = "lerendstelsel.ratelimit.";
    /** Request attribute for the 429 page: seconds until a retry will pass. */
    public static final String RETRY_AFTER = "lerendstelsel.retryAfter";
    static final String AUDIT_ACTION = "TE_VEEL_VERZOEKEN";

    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Paths whose posts are never limited: signing out must always work, the sign-in callback, health and metrics. */
    private static final Set<String> EXEMPT_PATHS = Set.of("/uitloggen", "/callback");
    /**
     * The Faces Ajax requests that only read, by what the server does with them: the page, the one component the request
     * runs ({@code jakarta.faces.partial.execute}, which limits what Faces decodes, updates and invokes to that component)
     * and how it is triggered. Markers a client may send along (an event name, a parameter ending in {@code _query}) do not
     * make a request a read by themselves: a postback that runs anything else counts (issue 27).
     */
    private static final List<AjaxRead> AJAX_READS = List.of(
            // Suggestions while typing in the search field (SearchPage.suggest)
            AjaxRead.behaviour("/zoeken.xhtml", "typen", "keyup"),
            // Similar knelpunten while typing a new knelpunt's title (ReportBottleneckPage.suggest)
            AjaxRead.behaviour("/app/knelpunten/nieuw.xhtml", "melden:titel", "keyup"),
            // The handler auto-complete's suggestions (PrimeFaces sends the typed text as <id>_query)
            AjaxRead.autoComplete("/app/knelpunten/detail.xhtml", "toewijzen:behandelaar"));

    /** A read-only Faces Ajax request: {@code event} for a behaviour (keyup), else an auto-complete's query. */
    record AjaxRead(String path, String component, String event) {

        static AjaxRead behaviour(String path, String component, String event) {
            return new AjaxRead(path, component, event);
        }

        static AjaxRead autoComplete(String path, String component) {
            return new AjaxRead(path, component, null);
        }

        boolean matches(String requestPath, HttpServletRequest request) {
            if (!path.equals(requestPath) || !component.equals(request.getParameter("jakarta.faces.source"))) {
                return false;
            }
            String execute = request.getParameter("jakarta.faces.partial.execute");
            if (execute == null || !component.equals(execute.strip())) {
                return false; // runs more than the read-only component (or the whole view)
            }
            return event == null
                    ? request.getParameter(component + "_query") != null && request.getParameter("jakarta.faces.behavior.event") == null
                    : event.equals(request.getParameter("jakarta.faces.behavior.event"));
        }
    }

    @Inject
    AuditLog auditLog;

    private RateLimiter limiter;
    private RateLimiter.Limit userLimit;
    private RateLimiter.Limit addressLimit;
    private Map<String, RateLimiter.Limit> accountLimits;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig();
        userLimit = new RateLimiter.Limit(setting(settings, "user.per-minute", 60), setting(settings, "user.burst", 30));
        addressLimit = new RateLimiter.Limit(setting(settings, "address.per-minute", 300), setting(settings, "address.burst", 150));
        accountLimits = accountLimits(settings.getOptionalValue(PREFIX + "user.per-account", String.class).orElse(""), userLimit);
        limiter = new RateLimiter(setting(settings, "max-buckets", 100_000));
        LOG.info(() -> "Rate limits on writes: per user " + describe(userLimit) + ", per address " + describe(addressLimit)
                + (accountLimits.isEmpty() ? "" : ", per account " + accountLimits.keySet()));
    }

    private static int setting(Config settings, String name, int fallback) {
        return settings.getOptionalValue(PREFIX + name, Integer.class).orElse(fallback);
    }

    private static String describe(RateLimiter.Limit limit) {
        return limit.off() ? "off" : limit.perMinute() + "/min (burst " + limit.burst() + ")";
    }

    /** {@code name=perMinute[/burst], ...}; without a burst the account keeps the general burst (at most its per-minute). */
    static Map<String, RateLimiter.Limit> accountLimits(String value, RateLimiter.Limit general) {
        Map<String, RateLimiter.Limit> limits = new HashMap<>();
        for (String entry : value.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(PREFIX + "user.per-account: expected name=perMinute[/burst], got " + trimmed);
            }
            String[] numbers = trimmed.substring(equals + 1).strip().split("/");
            int perMinute = Integer.parseInt(numbers[0].strip());
            int burst = numbers.length > 1 ? Integer.parseInt(numbers[1].strip()) : Math.min(general.burst(), perMinute);
            limits.put(trimmed.substring(0, equals).strip(), new RateLimiter.Limit(perMinute, burst));
        }
        return limits;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!limited(request)) {
            chain.doFilter(request, response);
            return;
        }
        Principal principal = request.getUserPrincipal();
        String user = principal == null ? null : principal.getName();
        String address = ClientAddress.of(request);
        RateLimiter.Decision decision = limiter.acquire("address:" + address, addressLimit);
        String bucket = "address";
        if (decision.allowed() && user != null) {
            decision = limiter.acquire("user:" + user, accountLimits.getOrDefault(user, userLimit));
            bucket = "user";
        }
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        if (decision.audit()) {
            audit(request, user, address, bucket);
        }
        refuse(request, response, decision.retryAfterSeconds());
    }

    /** Whether the request is a write that counts. */
    static boolean limited(HttpServletRequest request) {
        if (!WRITE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (EXEMPT_PATHS.contains(path) || path.startsWith("/health") || path.startsWith("/metrics")) {
            return false;
        }
        return !ajaxRead(request);
    }

    /** A Faces Ajax request that only reads: one of {@link #AJAX_READS}, running that component and nothing else. */
    static boolean ajaxRead(HttpServletRequest request) {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return false;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
            return false; // an upload
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return AJAX_READS.stream().anyMatch(read -> read.matches(path, request));
    }

    private void audit(HttpServletRequest request, String user, String address, String bucket) {
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            auditLog.recordSeparately(user == null ? "anoniem" : user, AUDIT_ACTION, "Verzoek", path.length() > 100 ? path.substring(0, 100) : path,
                    AuditEntry.Result.DENIED, address, request.getMethod() + " boven de limiet per " + ("user".equals(bucket) ? "gebruiker" : "adres"));
        } catch (RuntimeException e) {
            // The refusal stands without its audit entry (e.g. the database is away); one line, no stack trace.
            LOG.log(Level.WARNING, "Could not audit a rate-limited request: {0}", e.toString());
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeadersFilter.apply(request, response); // the order of the two filters is not defined
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        if (path.startsWith("/api/")) {
            String detail = "U hebt in korte tijd te veel wijzigingen verstuurd; probeer het over " + retryAfter
                    + " seconden opnieuw. / You sent too many changes in a short time; try again in " + retryAfter + " seconds.";
            ServletProblem.write(response, ServletProblem.of(429, "Te veel verzoeken / Too many requests", detail, path)
                    .add("retryAfter", retryAfter));
            return;
        }
        request.setAttribute(RETRY_AFTER, retryAfter);
        response.sendError(429);
    }
}
