package nl.lerendstelsel.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-checks a signed-in browser session against Keycloak every few minutes (issue 27, ASVS V3.3): a refresh token grant
 * at Keycloak's token endpoint with the session's refresh token. Keycloak refuses it ({@code invalid_grant}) when the
 * person's Keycloak session was ended (signed out by an administrator, expired) or the account was disabled; otherwise
 * its new access token carries the person's current roles. So a demoted administrator or a disabled account does not
 * keep the rights of the sign-in for the rest of a session of up to 10 hours.
 *
 * <p>The refresh token travels in the session ({@link State}, a few hundred bytes, serialisable), so a session that moved
 * to another node of a cluster (where Soteria's OpenID Connect context does not come along) is re-checked too. The new
 * access token is read without checking its signature: it comes straight from Keycloak's token endpoint over the
 * connection the application opened itself (TLS in production), which OpenID Connect Core 3.1.3.7 accepts in place of the
 * signature.
 *
 * <p>Setting: {@code lerendstelsel.session.recheck-seconds} (environment {@code LERENDSTELSEL_SESSION_RECHECK_SECONDS},
 * default 180; 0 switches the check off).
 */
@ApplicationScoped
public class KeycloakSessionCheck {

    private static final Logger LOG = Logger.getLogger(KeycloakSessionCheck.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    OpenIdSettings settings;

    @Inject
    @ConfigProperty(name = "lerendstelsel.session.recheck-seconds", defaultValue = "180")
    long intervalSeconds;

    Clock clock = Clock.systemUTC();

    /** What the session last heard from Keycloak: its refresh token, the roles of its tokens and when it was checked. */
    public record State(String refreshToken, Set<Role> roles, long checkedAtMillis) implements Serializable {

        /** The session attribute that holds the state. */
        public static final String SESSION_KEY = State.class.getName();
    }

    /** What Keycloak said: the session goes on with these roles, it has ended, or Keycloak could not be asked. */
    public enum Outcome { ACTIVE, ENDED, UNKNOWN }

    /** The outcome with the new state (for {@link Outcome#ACTIVE} the roles Keycloak gives now). */
    public record Result(Outcome outcome, State state) {
    }

    /** The state right after sign-in, or {@code null} when Keycloak gave no refresh token (the check cannot run then). */
    public State atSignIn(OpenIdContext context, Set<Role> roles) {
        try {
            return context.getRefreshToken().map(token -> new State(token.getToken(), Set.copyOf(roles), clock.millis())).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No refresh token for the session check", e);
            return null;
        }
    }

    /** Whether the session is due for a check. */
    public boolean due(State state) {
        return intervalSeconds > 0 && state != null && clock.millis() - state.checkedAtMillis() >= intervalSeconds * 1000;
    }

    /** Asks Keycloak with the session's refresh token. */
    public Result check(State state) {
        String form = "grant_type=refresh_token&refresh_token=" + encode(state.refreshToken()) + "&client_id="
                + encode(settings.getClientId()) + "&client_secret=" + encode(settings.getClientSecret());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(settings.getProviderUri() + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(3))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // Keycloak away: the session goes on as it is (quality bar R3) and is checked again after the interval.
            LOG.log(Level.FINE, "Session check: Keycloak unreachable ({0})", e.toString());
            return new Result(Outcome.UNKNOWN, checkedNow(state));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.UNKNOWN, checkedNow(state));
        }
        JsonObject body = json(response.body());
        if (response.statusCode() == 200 && body.containsKey("access_token")) {
            Set<Role> roles = roles(body.getString("access_token"));
            String refreshToken = body.getString("refresh_token", state.refreshToken());
            return new Result(Outcome.ACTIVE, new State(refreshToken, roles, clock.millis()));
        }
        if (response.statusCode() == 400 && "invalid_grant".equals(body.getString("error", null))) {
            LOG.fine(() -> "Session check: Keycloak ended the session (" + body.getString("error_description", "") + ")");
            return new Result(Outcome.ENDED, state);
        }
        LOG.warning(() -> "Session check: Keycloak answered " + response.statusCode() + " " + body.getString("error", "")
                + " (check lerendstelsel.oidc.client-id and client-secret)");
        return new Result(Outcome.UNKNOWN, checkedNow(state));
    }

    private static JsonObject json(String text) {
        try {
            return Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private State checkedNow(State state) {
        return new State(state.refreshToken(), state.roles(), clock.millis());
    }

    /** The application roles in the {@code groups} claim of an access token (a JWT). */
    static Set<Role> roles(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        JsonObject claims = Json.createReader(new StringReader(payload)).readObject();
        List<String> groups = claims.containsKey(IdentityClaimsReader.GROUPS_CLAIM)
                ? claims.getJsonArray(IdentityClaimsReader.GROUPS_CLAIM).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
        return IdentityClaims.rolesFrom(groups);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
