package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The Keycloak reachability check behind the "Inloggen is nu niet mogelijk" page, against a real local HTTP server. */
class IdentityProviderProbeTest {

    private static IdentityProviderProbe probe(String providerUri) {
        OpenIdSettings settings = new OpenIdSettings();
        settings.providerUri = providerUri;
        IdentityProviderProbe probe = new IdentityProviderProbe();
        probe.settings = settings;
        return probe;
    }

    /** A local HTTP server, started, that answers every request under {@code path} with {@code status} and no body. */
    private static HttpServer server(String path, int status) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void reachableWhileTheDiscoveryDocumentAnswersAndTheAnswerIsKeptAShortWhile() throws Exception {
        HttpServer server = server("/realms/x/.well-known/openid-configuration", 200);
        IdentityProviderProbe probe = probe("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/x");
        try {
            assertTrue(probe.reachable());
        } finally {
            server.stop(0);
        }
        assertTrue(probe.reachable(), "the answer is believed for a few seconds, not asked on every request");
    }

    @Test
    void notReachableWhenNothingListensAndTheAnswerComesQuickly() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        IdentityProviderProbe probe = probe("http://127.0.0.1:" + port + "/realms/x");
        long start = System.nanoTime();
        assertFalse(probe.reachable());
        assertTrue(System.nanoTime() - start < IdentityProviderProbe.TIMEOUT.toNanos() + 1_000_000_000L);
    }

    @Test
    void notReachableWhenKeycloakAnswersWithAnError() throws Exception {
        HttpServer server = server("/", 503);
        try {
            assertFalse(probe("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/x").reachable());
        } finally {
            server.stop(0);
        }
    }
}
