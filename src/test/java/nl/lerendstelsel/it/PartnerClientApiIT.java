package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.lerendstelsel.it.ApiClient.Reply;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 28: a partner's own system calls the API as the API documentation tells integrators to, with a confidential
 * client of its own and the client credentials grant (the development realm's {@code partner-voorbeeld}, a gemeente's
 * case system): no person signs in, the service account acts with the one role and the organisation Keycloak gives it,
 * and the client can get no token any other way.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class PartnerClientApiIT {

    /** The development secret of the example client, as published in docs/api.md (production has no such client). */
    private static final String CLIENT = "partner-voorbeeld";
    private static final String SECRET = "partner-voorbeeld-ontwikkelgeheim-2026";

    private static HttpResponse<String> token(String form) throws Exception {
        return ApiClient.HTTP.send(HttpRequest.newBuilder(URI.create(Stack.ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Reply call(String method, String path, String token, String json) throws Exception {
        return ApiClient.send(ApiClient.request(method, "/api/v1" + path, null, json, ApiClient.JSON,
                "Authorization", "Bearer " + token).build());
    }

    @Test
    void aPartnerSystemReportsAndReadsWithItsOwnClientAndNothingMore() throws Exception {
        HttpResponse<String> issued = token("grant_type=client_credentials&client_id=" + CLIENT + "&client_secret=" + SECRET);
        assertEquals(200, issued.statusCode(), issued.body());
        String token = Json.createReader(new StringReader(issued.body())).readObject().getString("access_token");
        JsonObject claims = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8))).readObject();
        assertEquals(List.of("professional"), claims.getJsonArray("groups").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList(), "only the role in the client's scope");
        assertEquals("GM0599", claims.getString("organisatie"));

        Reply me = call("GET", "/me", token, null);
        assertEquals(200, me.status(), me.raw());
        assertEquals("service-account-" + CLIENT, me.object().getString("gebruikersnaam"));
        assertEquals("GM0599", me.object().getJsonObject("organisatie").getString("code"));

        Reply created = call("POST", "/knelpunten", token, BottleneckApiIT.report(
                "Het zaaksysteem meldt: inburgeraars wachten acht weken op een afspraak voor de leerbaarheidstoets.", "GM0599"));
        assertEquals(201, created.status(), created.raw());
        String reference = created.object().getString("referentie");
        assertTrue(created.location().endsWith("/api/v1/knelpunten/" + reference), created.location());
        assertEquals("GM0599", created.object().getString("organisatie"), "reported for the system's own gemeente");

        Reply read = call("GET", "/knelpunten/" + reference, token, null);
        assertEquals(200, read.status(), read.raw());
        assertEquals(reference, read.object().getString("referentie"));

        Reply admin = call("GET", "/auditlog", token, null);
        assertEquals(403, admin.status(), "the professional's rights, no more: " + admin.raw());
        assertEquals("application/problem+json", admin.contentType());

        HttpResponse<String> password = token("grant_type=password&client_id=" + CLIENT + "&client_secret=" + SECRET
                + "&username=professional&password=" + Stack.DEMO_PASSWORD);
        assertTrue(password.statusCode() == 400 || password.statusCode() == 401,
                "the partner client cannot sign a person in with a password: " + password.statusCode() + " " + password.body());
        HttpResponse<String> wrongSecret = token("grant_type=client_credentials&client_id=" + CLIENT + "&client_secret=geraden");
        assertEquals(401, wrongSecret.statusCode(), wrongSecret.body());
        assertEquals(401, call("GET", "/me", "geen.geldig.token", null).status());
    }
}
