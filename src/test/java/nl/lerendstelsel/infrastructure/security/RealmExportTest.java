package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lerendstelsel.domain.model.user.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped Keycloak realm has what the application relies on. */
class RealmExportTest {

    private static JsonObject realm;

    @BeforeAll
    static void read() throws IOException {
        Path file = Path.of(System.getProperty("lerend.project.dir", ".."), "keycloak-realm", "lerend-stelsel-realm.json");
        if (!Files.exists(file)) {
            file = Path.of("keycloak-realm", "lerend-stelsel-realm.json");
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            realm = Json.createReader(reader).readObject();
        }
    }

    private static JsonObject client(String clientId) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals(clientId)).findFirst().orElseThrow();
    }

    @Test
    void realmRolesAreThoseOfTheApplication() {
        Set<String> roles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).collect(Collectors.toSet());
        for (Role role : Role.values()) {
            assertTrue(roles.contains(role.roleName()), role.roleName());
        }
    }

    @Test
    void bruteForceDetectionAndAPasswordPolicy() {
        assertEquals("lerend-stelsel", realm.getString("realm"));
        assertTrue(realm.getBoolean("bruteForceProtected"));
        // ASVS V2.1: at least 12 characters, at most 128, not the user name or e-mail address; no composition rules and
        // no password history (V2.1.9, V2.1.10)
        assertEquals("length(12) and maxLength(128) and notUsername(undefined) and notEmail(undefined)", realm.getString("passwordPolicy"));
        assertEquals(1800, realm.getInt("ssoSessionIdleTimeout"));
    }

    @Test
    void bruteForceSettingsAreSensible() {
        // S7: a handful of failures before a wait; the wait grows but is bounded and nobody is locked out for good
        // (a permanent lock-out would let an attacker lock out anyone whose user name they know).
        int failures = realm.getInt("failureFactor");
        assertTrue(failures >= 3 && failures <= 10, "failureFactor " + failures);
        assertFalse(realm.getBoolean("permanentLockout"));
        assertTrue(realm.getInt("waitIncrementSeconds") >= 30);
        assertTrue(realm.getInt("maxFailureWaitSeconds") >= 300);
        assertTrue(realm.getInt("ssoSessionMaxLifespan") <= 12 * 3600, "a signed-in day at most");
        assertFalse(realm.getBoolean("rememberMe"), "no long-lived sign-in cookies");
        assertEquals("external", realm.getString("sslRequired"));
    }

    @Test
    void webClientIsConfidentialAndBothClientsDeliverTheFlatGroupsClaim() {
        JsonObject web = client("lerend-stelsel-web");
        assertFalse(web.getBoolean("publicClient"));
        assertTrue(web.getBoolean("standardFlowEnabled"));
        assertFalse(web.getBoolean("directAccessGrantsEnabled"));
        JsonObject cli = client("lerend-cli");
        assertTrue(cli.getBoolean("publicClient"));
        assertTrue(cli.getBoolean("directAccessGrantsEnabled"));
        for (JsonObject client : List.of(web, cli)) {
            List<JsonObject> mappers = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class);
            JsonObject groups = mappers.stream().filter(m -> m.getString("protocolMapper").equals("oidc-usermodel-realm-role-mapper"))
                    .findFirst().orElseThrow();
            assertEquals("groups", groups.getJsonObject("config").getString("claim.name"));
            assertTrue(mappers.stream().anyMatch(m -> m.getJsonObject("config").getString("claim.name", "").equals("organisatie")));
            assertTrue(mappers.stream().anyMatch(m -> m.getJsonObject("config").getString("included.custom.audience", "").equals("lerend-stelsel")));
        }
    }

    @Test
    void theExamplePartnerSystemIsAServiceAccountWithOneRoleAndAnOrganisation() {
        JsonObject partner = client("partner-voorbeeld");
        assertFalse(partner.getBoolean("publicClient"), "a partner system authenticates with its secret");
        assertTrue(partner.getBoolean("serviceAccountsEnabled"), "client credentials grant");
        assertFalse(partner.getBoolean("standardFlowEnabled"), "no browser sign-in");
        assertFalse(partner.getBoolean("directAccessGrantsEnabled"), "no password grant");
        assertFalse(partner.getBoolean("fullScopeAllowed"));
        List<String> scope = realm.getJsonArray("scopeMappings").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("client").equals("partner-voorbeeld")).findFirst().orElseThrow()
                .getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertEquals(List.of("professional"), scope, "only the role the system needs reaches its tokens");
        assertEquals(client("lerend-cli").getJsonArray("protocolMappers"), partner.getJsonArray("protocolMappers"),
                "the API sees the same claims as from a person's token");
        JsonObject account = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> "partner-voorbeeld".equals(u.getString("serviceAccountClientId", null))).findFirst().orElseThrow();
        assertEquals("service-account-partner-voorbeeld", account.getString("username"));
        assertEquals("GM0599", account.getJsonObject("attributes").getJsonArray("organisatie").getString(0));
        assertFalse(account.containsKey("credentials"), "no password: only the client's secret");
    }

    @Test
    void everyClientFitsKeycloaksColumns() {
        for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
            // Keycloak refuses the whole import (and so does not start) on a description over 255 characters
            assertTrue(client.getString("description", "").length() <= 255, client.getString("clientId") + ": description too long");
            assertTrue(client.getString("name", "").length() <= 255, client.getString("clientId") + ": name too long");
        }
    }

    @Test
    void aDemoUserForEveryRoleWithAnOrganisation() {
        List<JsonObject> users = realm.getJsonArray("users").getValuesAs(JsonObject.class);
        for (Role role : Role.values()) {
            assertTrue(users.stream().anyMatch(u -> u.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream()
                    .anyMatch(r -> r.getString().equals(role.roleName()))), "no demo user with role " + role);
        }
        for (JsonObject user : users) {
            JsonValue organisation = user.getJsonObject("attributes").get("organisatie");
            assertNotNull(organisation, user.getString("username") + " has no organisatie");
        }
    }
}
