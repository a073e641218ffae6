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

    /** Tokens reused until shortly before they expire: many quick sign-ins look like an attack to Keycloak. */
    private static final java.util.Map<String, Cached> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(String token, long validUntilMillis) {
    }

    private Tokens() {
    }

    public static String accessToken(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && cached.validUntilMillis() > System.currentTimeMillis()) {
            return cached.token();
        }
        JsonObject response = tokenResponse(username, Stack.DEMO_PASSWORD);
        long seconds = response.containsKey("expires_in") ? response.getJsonNumber("expires_in").longValue() : 60;
        String token = response.getString("access_token");
        CACHE.put(username, new Cached(token, System.currentTimeMillis() + Math.max(0, seconds - 30) * 1000));
        return token;
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
