package nl.lerendstelsel.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers now: its discovery document within {@link #TIMEOUT}, the answer kept for {@link #KEEP}
 * so a busy site asks at most a few times a minute. The sign-in routing asks before it sends a browser to Keycloak
 * (a dead Keycloak would otherwise greet the user with a connection error on Keycloak's host) and before it lets
 * an expired session refresh its tokens (which would end the session while Keycloak is away).
 */
@ApplicationScoped
public class IdentityProviderProbe {

    private static final Logger LOG = Logger.getLogger(IdentityProviderProbe.class.getName());

    /** Connect and answer timeout: a hanging Keycloak costs a request at most this. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** How long an answer is believed. */
    static final Duration KEEP = Duration.ofSeconds(5);

    @Inject
    OpenIdSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private record Answer(boolean reachable, long atNanos) {
    }

    private volatile Answer last;

    /** True when Keycloak answered its discovery document with 200 at most {@link #KEEP} ago (or does so now). */
    public boolean reachable() {
        Answer answer = last;
        if (answer != null && System.nanoTime() - answer.atNanos() < KEEP.toNanos()) {
            return answer.reachable();
        }
        synchronized (this) {
            answer = last;
            if (answer != null && System.nanoTime() - answer.atNanos() < KEEP.toNanos()) {
                return answer.reachable();
            }
            boolean reachable = ask();
            if (answer != null && answer.reachable() != reachable) {
                LOG.log(reachable ? Level.INFO : Level.WARNING, reachable ? "Keycloak answers again: signing in is possible"
                        : "Keycloak does not answer: new sign-ins get a 503 page, signed-in sessions keep working");
            }
            last = new Answer(reachable, System.nanoTime());
            return reachable;
        }
    }

    private boolean ask() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                            URI.create(settings.getProviderUri() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
