package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose address a request is, for the audit log and the rate limits, behind a reverse proxy or not. */
class ClientAddressTest {

    private static final Set<String> PROXIES = ClientAddress.parse(" 10.0.0.5, 10.0.0.6 ,");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "198.51.100.1", Set.of()));
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "198.51.100.1", PROXIES), "not from a proxy: the header is the client's own say");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHop() {
        assertEquals(Set.of("10.0.0.5", "10.0.0.6"), PROXIES);
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1", PROXIES));
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "6.6.6.6, 198.51.100.1, 10.0.0.6", PROXIES),
                "a forged entry on the left does not count");
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "10.0.0.6", PROXIES), "only proxies: the proxy");
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " , ", PROXIES), "garbage: the proxy");
    }
}
