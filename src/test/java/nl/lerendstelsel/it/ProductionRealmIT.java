package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 27 (ASVS V2.8, MFA): the realm {@code tools/keycloak-production-realm.sh} writes, imported into the test
 * Keycloak as a second realm: Keycloak accepts it; after the password an editor is sent to set up TOTP
 * ({@code CONFIGURE_TOTP}) and a professional goes straight back to the application; the backup service account gets a
 * token with the client credentials grant. Only {@code sslRequired} is lowered for the test (plain HTTP here) and two
 * people are added; the realm is removed at the end.
 */
@ExtendWith(Stack.class)
class ProductionRealmIT {

    private static final String REALM = "lerend-stelsel-productie";
    private static final String APP = "https://lerendstelsel.example.nl";
    private static final String PASSWORD = "Inburgering-Stelsel-2026";

    private static JsonObject person(String username, String role) {
        return Json.createObjectBuilder().add("username", username).add("enabled", true).add("emailVerified", true)
                .add("firstName", "Test").add("lastName", role).add("email", username + "@example.org")
                .add("attributes", Json.createObjectBuilder().add("organisatie", Json.createArrayBuilder().add("VNG")))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", PASSWORD).add("temporary", false)))
                .add("realmRoles", Json.createArrayBuilder().add(role)).build();
    }

    /** Signs in with the password in the browser flow; returns where Keycloak sends the browser next. */
    private static String afterPassword(String username) throws Exception {
        // Keycloak's sign-in cookies are Secure; a browser sends them to http://localhost, Java's CookieManager does not.
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String auth = Stack.KEYCLOAK_URL + "/realms/" + REALM + "/protocol/openid-connect/auth?client_id=lerend-stelsel-web"
                + "&response_type=code&scope=openid&state=s&nonce=n&redirect_uri=" + URLEncoder.encode(APP + "/callback", StandardCharsets.UTF_8);
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(auth)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode(), form.body());
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.body());
        assertTrue(action.find(), "the sign-in form");
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        String cookies = form.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        return signedIn.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void keycloakTakesTheProductionRealmAndAsksTheEditorForASecondFactor() throws Exception {
        Path project = Path.of(System.getProperty("lerend.project.dir", ".."));
        Path errors = Files.createTempFile("production-realm", ".err");
        ProcessBuilder builder = new ProcessBuilder("bash", project.resolve("tools/keycloak-production-realm.sh").toString(), APP)
                .redirectError(errors.toFile());
        builder.environment().put("LERENDSTELSEL_MAIL_HOST", "localhost");
        Process script = builder.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(60, TimeUnit.SECONDS));
        String secrets = Files.readString(errors);
        Files.delete(errors);
        assertEquals(0, script.exitValue(), secrets);
        Matcher backupSecret = Pattern.compile("LERENDSTELSEL_BACKUP_CLIENT_SECRET\\): (\\S+)").matcher(secrets);
        assertTrue(backupSecret.find(), "the backup client's secret is printed");

        JsonObject produced = Json.createReader(new StringReader(output)).readObject();
        JsonObject realm = Json.createObjectBuilder(produced).add("realm", REALM).add("sslRequired", "none")
                .add("users", Json.createArrayBuilder(produced.getJsonArray("users"))
                        .add(person("redacteur-mfa", "editor")).add(person("professional-mfa", "professional"))).build();
        Keycloak.createRealm(realm.toString());
        try {
            String editor = afterPassword("redacteur-mfa");
            System.out.println("Issue 27 MFA: editor after the password -> " + editor.replaceAll("\\?.*execution=", "?…execution="));
            assertTrue(editor.contains("/login-actions/required-action") && editor.contains("execution=CONFIGURE_TOTP"), editor);
            String professional = afterPassword("professional-mfa");
            assertTrue(professional.startsWith(APP + "/callback?"), "a professional needs no second factor: " + professional);

            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Stack.KEYCLOAK_URL + "/realms/" + REALM + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=lerend-backup&client_secret="
                            + URLEncoder.encode(backupSecret.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, token.statusCode(), token.body());
            String accessToken = Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
            JsonObject claims = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]),
                    StandardCharsets.UTF_8))).readObject();
            List<String> groups = claims.getJsonArray("groups").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            assertTrue(groups.contains("admin"), "the backup account may call the backup: " + groups);
        } finally {
            Keycloak.deleteRealm(REALM);
        }
    }
}
