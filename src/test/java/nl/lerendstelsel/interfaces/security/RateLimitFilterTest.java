package nl.lerendstelsel.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import nl.lerendstelsel.infrastructure.security.RateLimiter;
import org.junit.jupiter.api.Test;

/** Which requests count against the rate limits on writes (quality bar S7), and the per-account limits setting. */
class RateLimitFilterTest {

    private static final RateLimiter.Limit SIXTY = new RateLimiter.Limit(60, 30);

    @Test
    void accountLimits() {
        Map<String, RateLimiter.Limit> limits = RateLimitFilter.accountLimits(" importer=600/100, editor-vng=120/5,gast=10 ", SIXTY);
        assertEquals(new RateLimiter.Limit(600, 100), limits.get("importer"));
        assertEquals(new RateLimiter.Limit(120, 5), limits.get("editor-vng"));
        assertEquals(new RateLimiter.Limit(10, 10), limits.get("gast"), "the general burst, at most the per-minute");
        assertEquals(Map.of(), RateLimitFilter.accountLimits("", SIXTY));
    }

    @Test
    void onlyWritesCount() {
        assertFalse(RateLimitFilter.limited(request("GET", "/app/knelpunten/index.xhtml", Map.of(), Map.of())));
        assertFalse(RateLimitFilter.limited(request("GET", "/api/v1/knelpunten", Map.of(), Map.of())));
        assertTrue(RateLimitFilter.limited(request("POST", "/api/v1/knelpunten", Map.of(), Map.of())));
        assertTrue(RateLimitFilter.limited(request("PUT", "/api/v1/knelpunten/KP-2026-00001", Map.of(), Map.of())));
        assertTrue(RateLimitFilter.limited(request("DELETE", "/api/v1/x", Map.of(), Map.of())));
        assertTrue(RateLimitFilter.limited(request("POST", "/app/knelpunten/nieuw.xhtml", Map.of(), Map.of("melden:titel", "x"))));
        assertFalse(RateLimitFilter.limited(request("POST", "/uitloggen", Map.of(), Map.of())), "signing out always works");
        assertFalse(RateLimitFilter.limited(request("POST", "/callback", Map.of(), Map.of())));
        Map<String, String> ajax = Map.of("Faces-Request", "partial/ajax", "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        assertFalse(RateLimitFilter.limited(request("POST", "/zoeken.xhtml", ajax, Map.of("jakarta.faces.source", "typen",
                "jakarta.faces.partial.execute", "typen", "jakarta.faces.behavior.event", "keyup", "typen", "inburg"))),
                "suggestions while typing are reads");
        assertFalse(RateLimitFilter.limited(request("POST", "/app/knelpunten/nieuw.xhtml", ajax, Map.of("jakarta.faces.source", "melden:titel",
                "jakarta.faces.partial.execute", "melden:titel", "jakarta.faces.behavior.event", "keyup"))), "similar knelpunten while typing");
        assertFalse(RateLimitFilter.limited(request("POST", "/app/knelpunten/detail.xhtml", ajax, Map.of(
                "jakarta.faces.source", "toewijzen:behandelaar", "jakarta.faces.partial.execute", "toewijzen:behandelaar",
                "toewijzen:behandelaar_query", "fa"))), "the handler auto-complete's suggestions");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/x.xhtml", ajax, Map.of("form:opslaan", "form:opslaan"))), "an Ajax command");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/x.xhtml", ajax, Map.of("jakarta.faces.behavior.event", "action"))));
        assertTrue(RateLimitFilter.limited(request("POST", "/app/x.xhtml",
                Map.of("Faces-Request", "partial/ajax", "Content-Type", "multipart/form-data; boundary=x"), Map.of())), "an upload");
    }

    /**
     * Issue 27: markers the client sends do not make a write a read. A postback with a parameter ending in {@code _query}
     * or a read event name, a read-only component's request that runs more than that component, or one on another page,
     * all count.
     */
    @Test
    void clientMarkersDoNotMakeAWriteARead() {
        Map<String, String> ajax = Map.of("Faces-Request", "partial/ajax", "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/vraag-stellen.xhtml", ajax, Map.of("jakarta.faces.source", "vragen:versturen",
                "jakarta.faces.partial.execute", "@form", "vragen:versturen", "vragen:versturen", "x_query", "y"))), "the _query bypass");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/vraag-stellen.xhtml", ajax, Map.of("jakarta.faces.source", "vragen:versturen",
                "jakarta.faces.partial.execute", "@form", "jakarta.faces.behavior.event", "keyup"))), "a read event name on a command");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/x.xhtml", ajax, Map.of("lijst_pagination", "true"))), "a marker alone");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/knelpunten/nieuw.xhtml", ajax, Map.of("jakarta.faces.source", "melden:titel",
                "jakarta.faces.partial.execute", "@form", "jakarta.faces.behavior.event", "keyup"))), "runs the whole form");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/knelpunten/nieuw.xhtml", ajax, Map.of("jakarta.faces.source", "melden:titel",
                "jakarta.faces.partial.execute", "melden:titel melden:verstuur", "jakarta.faces.behavior.event", "keyup"))), "runs another component too");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/knelpunten/detail.xhtml", ajax, Map.of(
                "jakarta.faces.source", "toewijzen:wijs-toe", "jakarta.faces.partial.execute", "toewijzen:wijs-toe",
                "toewijzen:wijs-toe_query", "fa"))), "a command button with a _query parameter");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/knelpunten/detail.xhtml", ajax, Map.of(
                "jakarta.faces.source", "toewijzen:behandelaar", "jakarta.faces.partial.execute", "toewijzen:behandelaar",
                "toewijzen:behandelaar_query", "fa", "jakarta.faces.behavior.event", "itemSelect"))), "choosing, not suggesting");
        assertTrue(RateLimitFilter.limited(request("POST", "/app/beheer/x.xhtml", ajax, Map.of("jakarta.faces.source", "typen",
                "jakarta.faces.partial.execute", "typen", "jakarta.faces.behavior.event", "keyup"))), "the same id on another page");
    }

    private static HttpServletRequest request(String method, String path, Map<String, String> headers, Map<String, String> parameters) {
        Map<String, String[]> parameterMap = new HashMap<>();
        parameters.forEach((k, v) -> parameterMap.put(k, new String[] {v}));
        return (HttpServletRequest) Proxy.newProxyInstance(RateLimitFilterTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getContentType" -> headers.get("Content-Type");
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getParameterMap" -> Collections.unmodifiableMap(parameterMap);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
