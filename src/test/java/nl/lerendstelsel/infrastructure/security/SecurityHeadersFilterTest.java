package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 27: forms post to the application only, and to Keycloak's origin (a sign-out ends in a redirect there). */
class SecurityHeadersFilterTest {

    @Test
    void formActionIsTheApplicationAndKeycloaksOrigin() {
        assertEquals("form-action 'self' https://login.example.nl",
                SecurityHeadersFilter.formPolicy("https://login.example.nl/realms/lerend-stelsel"));
        assertEquals("form-action 'self' http://localhost:8180", SecurityHeadersFilter.formPolicy(OpenIdSettings.DEFAULT_PROVIDER_URI));
    }
}
