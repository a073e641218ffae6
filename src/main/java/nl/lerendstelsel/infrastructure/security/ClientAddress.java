package nl.lerendstelsel.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The origin of a request for the audit log and the rate limits on writes: the client address as the server sees it.
 *
 * <p>Behind a reverse proxy (TLS termination, load balancer) every request comes from the proxy. List the proxies'
 * addresses in {@code lerendstelsel.trusted-proxies} (comma-separated; environment {@code LERENDSTELSEL_TRUSTED_PROXIES})
 * and a request from one of them is attributed to the address the proxy put in {@code X-Forwarded-For}: the right-most
 * entry that is not itself a trusted proxy (entries further left are the client's own say and can be forged). Without
 * the setting the header is ignored, so nobody can choose their own address.
 */
public final class ClientAddress {

    private static volatile Set<String> trustedProxies;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty() || hop.length() > 45) {
                return remote; // not an address: do not trust the header
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    static Set<String> parse(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> trustedProxies() {
        Set<String> trusted = trustedProxies;
        if (trusted == null) {
            trusted = parse(ConfigProvider.getConfig().getOptionalValue("lerendstelsel.trusted-proxies", String.class).orElse(""));
            trustedProxies = trusted;
        }
        return trusted;
    }
}
