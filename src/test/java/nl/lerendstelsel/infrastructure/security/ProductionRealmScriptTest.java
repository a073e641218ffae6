package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code tools/keycloak-production-realm.sh} (bash and jq) and checks the realm it writes (issue 27): TOTP required
 * for admin, ministry and editor through a conditional OTP step in the browser flow and optional for the others; verified
 * e-mail; login events kept 90 days; no wildcard redirect URIs; the service account for backups; nothing of development.
 * That Keycloak accepts this realm and asks an admin to set up TOTP after the password (and a professional not) was
 * checked against Keycloak 26.7.3 by hand, see docs/operations.md.
 */
class ProductionRealmScriptTest {

    private static JsonObject realm;
    private static String secrets;

    /** The script's exit value, its standard output and its standard error. */
    private record Run(int exit, String output, String errors) {
    }

    private static Run script(Map<String, String> mail) throws Exception {
        Path project = Path.of(System.getProperty("lerend.project.dir", ".."));
        if (!Files.exists(project.resolve("tools/keycloak-production-realm.sh"))) {
            project = Path.of(".");
        }
        Path errors = Files.createTempFile("production-realm", ".err");
        ProcessBuilder builder = new ProcessBuilder("bash", project.resolve("tools/keycloak-production-realm.sh").toString(), "https://lerendstelsel.example.nl")
                .redirectError(errors.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LERENDSTELSEL_MAIL_"));
        builder.environment().putAll(mail);
        Process script = builder.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(60, TimeUnit.SECONDS));
        String written = Files.readString(errors);
        Files.delete(errors);
        return new Run(script.exitValue(), output, written);
    }

    @BeforeAll
    static void run() throws Exception {
        Run run = script(Map.of("LERENDSTELSEL_MAIL_HOST", "smtp.example.nl", "LERENDSTELSEL_MAIL_USER", "lerend",
                "LERENDSTELSEL_MAIL_PASSWORD", "geheim"));
        secrets = run.errors();
        assertEquals(0, run.exit(), secrets);
        realm = Json.createReader(new StringReader(run.output())).readObject();
    }

    private static List<JsonObject> array(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private static JsonObject named(List<JsonObject> objects, String key, String value) {
        return objects.stream().filter(o -> o.getString(key).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " " + value));
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void totpIsRequiredForAdminMinistryAndEditorAndOptionalForTheOthers() {
        assertEquals("browser-mfa", realm.getString("browserFlow"));
        List<JsonObject> flows = array(realm, "authenticationFlows");
        JsonObject top = named(flows, "alias", "browser-mfa");
        assertTrue(top.getBoolean("topLevel"));
        JsonObject forms = named(flows, "alias", "browser-mfa formulieren");
        assertEquals(List.of("auth-username-password-form"), array(forms, "authenticationExecutions").stream()
                .filter(e -> !e.getBoolean("authenticatorFlow")).map(e -> e.getString("authenticator")).toList());

        JsonObject required = named(flows, "alias", "browser-mfa verplichte otp");
        List<JsonObject> steps = array(required, "authenticationExecutions");
        assertEquals("conditional-user-role", steps.get(0).getString("authenticator"));
        assertEquals("auth-otp-form", steps.get(1).getString("authenticator"));
        assertEquals("REQUIRED", steps.get(1).getString("requirement"), "no OTP set up yet: Keycloak asks for CONFIGURE_TOTP");
        JsonObject condition = named(array(realm, "authenticatorConfig"), "alias", steps.get(0).getString("authenticatorConfig"));
        assertEquals("mfa-vereist", condition.getJsonObject("config").getString("condUserRole"));
        assertEquals("false", condition.getJsonObject("config").getString("negate"));
        assertEquals("CONDITIONAL", array(forms, "authenticationExecutions").stream()
                .filter(e -> "browser-mfa verplichte otp".equals(e.getString("flowAlias", null))).findFirst().orElseThrow().getString("requirement"));

        List<JsonObject> roles = array(realm.getJsonObject("roles"), "realm");
        for (String role : List.of("admin", "ministry", "editor")) {
            JsonObject r = named(roles, "name", role);
            assertTrue(r.getBoolean("composite"), role);
            assertEquals(List.of("mfa-vereist"), strings(r.getJsonObject("composites"), "realm"), role);
        }
        for (String role : List.of("professional", "facilitator", "coordinator")) {
            assertFalse(named(roles, "name", role).getBoolean("composite"), role + ": a second factor only if they set one up");
        }
        JsonObject optional = named(flows, "alias", "browser-mfa vrijwillige otp");
        assertEquals(List.of("conditional-user-role", "conditional-user-configured", "auth-otp-form"),
                array(optional, "authenticationExecutions").stream().map(e -> e.getString("authenticator")).toList());
        JsonObject notRequired = named(array(realm, "authenticatorConfig"), "alias",
                array(optional, "authenticationExecutions").get(0).getString("authenticatorConfig"));
        assertEquals("true", notRequired.getJsonObject("config").getString("negate"), "not asked twice");
    }

    @Test
    void verifiedEmailEventsFor90DaysAndNoWildcardRedirects() {
        assertTrue(realm.getBoolean("verifyEmail"));
        assertTrue(realm.getBoolean("eventsEnabled"));
        assertEquals(90 * 24 * 3600, realm.getInt("eventsExpiration"));
        assertEquals("all", realm.getString("sslRequired"));
        for (JsonObject client : array(realm, "clients")) {
            for (String uri : strings(client, "redirectUris")) {
                assertFalse(uri.contains("*"), client.getString("clientId") + ": " + uri);
                assertTrue(uri.startsWith("https://lerendstelsel.example.nl/"), uri);
            }
        }
        JsonObject web = named(array(realm, "clients"), "clientId", "lerend-stelsel-web");
        assertEquals(List.of("https://lerendstelsel.example.nl/callback"), strings(web, "redirectUris"));
        assertEquals("https://lerendstelsel.example.nl/", web.getJsonObject("attributes").getString("post.logout.redirect.uris"));
    }

    @Test
    void keycloakMailsConfirmationLinksAndChangesThroughTheMailServerOfTheApplication() throws Exception {
        JsonObject smtp = realm.getJsonObject("smtpServer");
        assertEquals("smtp.example.nl", smtp.getString("host"));
        assertEquals("587", smtp.getString("port"));
        assertEquals("true", smtp.getString("starttls"));
        assertEquals("noreply@lerendstelsel.nl", smtp.getString("from"));
        assertEquals("Lerend stelsel", smtp.getString("fromDisplayName"));
        assertEquals("true", smtp.getString("auth"));
        assertEquals("lerend", smtp.getString("user"));
        assertTrue(strings(realm, "eventsListeners").contains("email"), "a changed password or second factor is mailed");

        Run withoutMail = script(Map.of());
        assertTrue(withoutMail.exit() != 0, "verified e-mail without a mail server would lock people out");
        assertTrue(withoutMail.errors().contains("LERENDSTELSEL_MAIL_HOST"), withoutMail.errors());
        assertEquals("", withoutMail.output());

        Run badSender = script(Map.of("LERENDSTELSEL_MAIL_HOST", "smtp.example.nl", "LERENDSTELSEL_MAIL_FROM", "geen adres"));
        assertTrue(badSender.exit() != 0);
        assertTrue(badSender.errors().contains("LERENDSTELSEL_MAIL_FROM"), badSender.errors());
    }

    @Test
    void backupsUseAServiceAccountAndNothingOfDevelopmentIsLeft() {
        Set<String> clients = array(realm, "clients").stream().map(c -> c.getString("clientId")).collect(Collectors.toSet());
        assertFalse(clients.contains("lerend-cli"), "the password-grant client is development only");
        assertFalse(clients.contains("partner-voorbeeld"), "the example partner client's secret is published: development only");
        assertFalse(array(realm, "scopeMappings").stream().anyMatch(m -> m.getString("client").equals("partner-voorbeeld")));
        JsonObject backup = named(array(realm, "clients"), "clientId", "lerend-backup");
        assertTrue(backup.getBoolean("serviceAccountsEnabled"));
        assertFalse(backup.getBoolean("publicClient"));
        assertFalse(backup.getBoolean("directAccessGrantsEnabled"));
        assertFalse(backup.getBoolean("standardFlowEnabled"));
        assertFalse(backup.getBoolean("fullScopeAllowed"));
        assertEquals(List.of("admin"), strings(named(array(realm, "scopeMappings"), "client", "lerend-backup"), "roles"));
        List<JsonObject> users = array(realm, "users");
        assertEquals(1, users.size(), "no demo users, only the service account");
        assertEquals("lerend-backup", users.get(0).getString("serviceAccountClientId"));
        assertFalse(named(array(realm, "clients"), "clientId", "lerend-stelsel-web").getString("secret").startsWith("dev-only"));
        assertTrue(secrets.contains("lerend-backup"), "the backup client's secret is printed once");
    }
}
