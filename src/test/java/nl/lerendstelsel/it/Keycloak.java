package nl.lerendstelsel.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The test Keycloak's admin API (the development admin account of run.sh), for a test that needs a person the demo
 * realm does not have, such as a second coordinator.
 */
final class Keycloak {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REALM = Stack.KEYCLOAK_URL + "/admin/realms/lerend-stelsel";

    private Keycloak() {
    }

    /**
     * A user with the demo password, {@code organisation} and the realm role {@code role}; created when the realm does
     * not have {@code username} yet, else left as it is.
     */
    static void ensureUser(String username, String firstName, String lastName, String email, String organisation, String role)
            throws Exception {
        String token = adminToken();
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(REALM + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))), token);
        check(found, 200);
        if (!Json.createReader(new StringReader(found.body())).readArray().isEmpty()) {
            return;
        }
        String user = Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("emailVerified", true)
                .add("firstName", firstName).add("lastName", lastName).add("email", email)
                .add("attributes", Json.createObjectBuilder().add("organisatie", Json.createArrayBuilder().add(organisation)))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", Stack.DEMO_PASSWORD).add("temporary", false)))
                .build().toString();
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(REALM + "/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user)), token);
        check(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> realmRole = send(HttpRequest.newBuilder(URI.create(REALM + "/roles/" + role)), token);
        check(realmRole, 200);
        JsonObject roleJson = Json.createReader(new StringReader(realmRole.body())).readObject();
        String mapping = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", roleJson.getString("id")).add("name", roleJson.getString("name"))).build().toString();
        check(send(HttpRequest.newBuilder(URI.create(REALM + "/users/" + id + "/role-mappings/realm"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(mapping)), token), 204);
    }

    /** The Keycloak id of {@code username}. */
    static String userId(String username) throws Exception {
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(REALM + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))), adminToken());
        check(found, 200);
        return Json.createReader(new StringReader(found.body())).readArray().getJsonObject(0).getString("id");
    }

    /** Takes the realm role {@code role} away from {@code username} (a demotion). */
    static void removeRole(String username, String role) throws Exception {
        String token = adminToken();
        HttpResponse<String> realmRole = send(HttpRequest.newBuilder(URI.create(REALM + "/roles/" + role)), token);
        check(realmRole, 200);
        JsonObject roleJson = Json.createReader(new StringReader(realmRole.body())).readObject();
        String mapping = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", roleJson.getString("id")).add("name", roleJson.getString("name"))).build().toString();
        check(send(HttpRequest.newBuilder(URI.create(REALM + "/users/" + userId(username) + "/role-mappings/realm"))
                .header("Content-Type", "application/json").method("DELETE", HttpRequest.BodyPublishers.ofString(mapping)), token), 204);
    }

    /** Disables or enables the account {@code username}. */
    static void setEnabled(String username, boolean enabled) throws Exception {
        check(send(HttpRequest.newBuilder(URI.create(REALM + "/users/" + userId(username)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": " + enabled + "}")), adminToken()), 204);
    }

    /** Ends all Keycloak sessions of {@code username} (an administrator's "sign out" in Keycloak's console). */
    static void signOutEverywhere(String username) throws Exception {
        check(send(HttpRequest.newBuilder(URI.create(REALM + "/users/" + userId(username) + "/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()), adminToken()), 204);
    }

    /** Imports a whole realm (its JSON representation). */
    static void createRealm(String json) throws Exception {
        check(send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK_URL + "/admin/realms"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), adminToken()), 201);
    }

    /** Removes a realm. */
    static void deleteRealm(String realm) throws Exception {
        check(send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK_URL + "/admin/realms/" + realm)).DELETE(), adminToken()), 204);
    }

    private static String adminToken() throws Exception {
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        check(token, 200);
        return Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new AssertionError("Keycloak admin API " + response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
    }
}
