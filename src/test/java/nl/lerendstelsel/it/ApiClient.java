package nl.lerendstelsel.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The REST API as the integration tests call it: one request as a demo person (a real Keycloak token from {@link Tokens},
 * or none), with a JSON body or none, and its {@link Reply}. The API tests' own {@code call}s only add their resource's
 * path to it ({@code BottleneckApiIT.call("POST", "", …)} is {@code call("POST", "/api/v1/knelpunten", …)}).
 *
 * <p>{@code BottleneckApiIT} and {@code SignalsApiIT} extend this class only so that the names {@code BottleneckApiIT.Reply},
 * {@code SignalsApiIT.Reply} and {@code SignalsApiIT.call(method, path, user, json, accept)}, which tests still spell, name
 * this {@link Reply} and this {@link #call(String, String, String, String, String, String...)}.
 */
class ApiClient {

    static final String JSON = "application/json";

    /** The longest {@code Retry-After} that {@link #send} waits out (the rate-limited account's next token comes in 3 s). */
    static final long MAX_RETRY_AFTER_SECONDS = 10;

    /** The HTTP client of these calls, for a test that needs a request of its own. */
    static final HttpClient HTTP = HttpClient.newHttpClient();

    ApiClient() {
    }

    /**
     * One answer of the API.
     *
     * @param contentType the media type without its parameters ({@code application/problem+json}, {@code text/csv})
     * @param location    the Location header, or null
     * @param body        the body as a JSON object when it is one, else null
     * @param raw         the body as text (UTF-8)
     * @param bytes       the body as it came (PDF, CSV, an attachment)
     */
    record Reply(int status, String contentType, String location, JsonObject body, String raw, byte[] bytes) {

        /** The body as a JSON object (it must be one). */
        JsonObject object() {
            return body != null ? body : (JsonObject) structure();
        }

        /** The body as a JSON array (it must be one). */
        JsonArray array() {
            return (JsonArray) structure();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(raw)).read();
        }
    }

    /** {@code path} from the application's root ({@code /api/v1/…}), accepting JSON; null user: anonymous, null json: no body. */
    static Reply call(String method, String path, String user, String json) throws Exception {
        return call(method, path, user, json, JSON);
    }

    /** The same with another Accept header (null: none), and further headers as name, value, name, value, …. */
    static Reply call(String method, String path, String user, String json, String accept, String... headers) throws Exception {
        return send(request(method, path, user, json, accept, headers).build());
    }

    /**
     * The request {@link #call(String, String, String, String, String, String...)} sends, for a test that needs one thing more
     * (a timeout, another Content-Type with {@code setHeader}) before it {@link #send}s it.
     */
    static HttpRequest.Builder request(String method, String path, String user, String json, String accept, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.APP_URL + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + Tokens.accessToken(user));
        }
        if (json != null) {
            request.header("Content-Type", JSON).method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request;
    }

    /**
     * A file as the API's upload forms take it: {@code multipart/form-data} with the one field {@code bestand}, sent by
     * {@code method} to {@code path} as {@code user}; the answer as it came.
     */
    static HttpResponse<byte[]> upload(String method, String path, String user, String fileName, byte[] content) throws Exception {
        String boundary = "----lerend" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(Stack.APP_URL + path))
                .header("Authorization", "Bearer " + Tokens.accessToken(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends the request and reads its answer. A 429 is waited out once, as a well-behaved client does: after the
     * {@code Retry-After} it names (at most {@link #MAX_RETRY_AFTER_SECONDS}), the same request goes again. Only
     * {@link Stack#RATE_LIMITED_ACCOUNT} has a limit in the test stack; so a test writing as that account after
     * {@code RateLimitIT} emptied its bucket waits for the next token instead of RateLimitIT sleeping until the bucket is
     * full again. {@code RateLimitIT} sends its own requests and sees every 429.
     */
    static Reply send(HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long retryAfter = response.statusCode() == 429
                ? response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L) : 0L;
        if (retryAfter > 0 && retryAfter <= MAX_RETRY_AFTER_SECONDS) {
            Thread.sleep(retryAfter * 1000 + 200);
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        String raw = new String(response.body(), StandardCharsets.UTF_8);
        JsonObject body = raw.startsWith("{") ? Json.createReader(new StringReader(raw)).readObject() : null;
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim(),
                response.headers().firstValue("Location").orElse(null), body, raw, response.body());
    }
}
