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

/** Access tokens for demo users from the test Keycloak, through the development-only {@code lerend-cli} client. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    public static String accessToken(String username) {
        return tokenResponse(username, Stack.DEMO_PASSWORD).getString("access_token");
    }

    public static JsonObject tokenResponse(String username, String password) {
        String form = "grant_type=password&client_id=lerend-cli&scope=openid&username=" + enc(username) + "&password=" + enc(password);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.ISSUER + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for " + username + " failed: " + response.statusCode() + " " + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
