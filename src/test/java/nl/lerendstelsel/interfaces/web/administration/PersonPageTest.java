package nl.lerendstelsel.interfaces.web.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonPageTest {

    @Test
    void theKeycloakLinkIsBuiltFromTheConfiguredIssuer() {
        assertEquals("https://id.example.nl/admin/master/console/#/lerend-stelsel/users/abc-123/settings",
                PersonPage.keycloakAdminUrl("https://id.example.nl/realms/lerend-stelsel", "abc-123"));
        assertEquals("http://localhost:8180/admin/master/console/#/andere-realm/users/s/settings",
                PersonPage.keycloakAdminUrl("http://localhost:8180/realms/andere-realm/", "s"));
    }
}
