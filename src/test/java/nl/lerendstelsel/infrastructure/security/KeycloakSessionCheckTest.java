package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import nl.lerendstelsel.domain.model.user.Role;
import org.junit.jupiter.api.Test;

/** When a session is re-checked at Keycloak, and which roles a refreshed access token gives (issue 27). */
class KeycloakSessionCheckTest {

    private static String jwt(String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void rolesComeFromTheGroupsClaim() {
        assertEquals(Set.of(Role.ADMIN, Role.EDITOR), KeycloakSessionCheck.roles(jwt("{\"sub\":\"x\",\"groups\":[\"admin\",\"editor\",\"offline_access\"]}")));
        assertEquals(Set.of(), KeycloakSessionCheck.roles(jwt("{\"sub\":\"x\"}")), "a demoted person has no application role left");
    }

    @Test
    void dueOnceTheIntervalHasPassed() {
        KeycloakSessionCheck check = new KeycloakSessionCheck();
        check.intervalSeconds = 180;
        check.clock = Clock.fixed(Instant.parse("2026-12-07T10:03:00Z"), ZoneOffset.UTC);
        long signIn = Instant.parse("2026-12-07T10:00:00Z").toEpochMilli();
        assertTrue(check.due(new KeycloakSessionCheck.State("r", Set.of(Role.ADMIN), signIn)));
        assertFalse(check.due(new KeycloakSessionCheck.State("r", Set.of(Role.ADMIN), signIn + 1000)));
        assertFalse(check.due(null), "no refresh token, nothing to check with");
        check.intervalSeconds = 0;
        assertFalse(check.due(new KeycloakSessionCheck.State("r", Set.of(Role.ADMIN), signIn)), "0 switches the check off");
    }
}
