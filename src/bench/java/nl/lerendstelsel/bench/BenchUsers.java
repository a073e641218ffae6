package nl.lerendstelsel.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's people: {@code bench-001} … in the running Keycloak, made (or brought in line) through Keycloak's
 * admin REST API, so running it twice changes nothing. The spread follows the demo accounts of the realm: per twenty
 * accounts 14 professionals at gemeenten (spread over all 342), 1 professional at a partner organisation, 2 facilitators
 * (facilitator and professional, Divosa), 2 coordinators (VNG) and 1 ministry (SZW). The organisation is the
 * {@code organisatie} attribute, roles are realm roles, exactly as in {@code keycloak-realm/lerend-stelsel-realm.json}.
 * It also adds the application's address to the redirect URIs of the web client when the application does not run on
 * a port the realm knows (the realm lists 8080 and 18080 only).
 */
public final class BenchUsers {

    /** One benchmark account. {@code kind} drives the workload: professional, partner, facilitator, coordinator, ministry. */
    public record Account(String username, String kind, String organisation, List<String> roles) {
        public Map<String, Object> asFeed() {
            return Map.of("username", username, "kind", kind, "organisation", organisation);
        }
    }

    private static final String[] PARTNERS = {"VWN", "COA", "ROC-RIVOR", "NOORDERPOORT", "KIS"};
    private static final Set<String> BENCH_ROLES = Set.of("professional", "facilitator", "coordinator", "ministry");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;

    public static List<Account> accounts(int count) {
        List<String> gemeenten = gemeenten();
        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = String.format("bench-%03d", i);
            int slot = (i - 1) % 20;
            Account account;
            if (slot < 14) {
                account = new Account(username, "professional", gemeenten.get((i * 37) % gemeenten.size()), List.of("professional"));
            } else if (slot == 14) {
                account = new Account(username, "partner", PARTNERS[(i / 20) % PARTNERS.length], List.of("professional"));
            } else if (slot < 17) {
                account = new Account(username, "facilitator", "DIVOSA", List.of("facilitator", "professional"));
            } else if (slot < 19) {
                account = new Account(username, "coordinator", "VNG", List.of("coordinator"));
            } else {
                account = new Account(username, "ministry", "SZW", List.of("ministry"));
            }
            accounts.add(account);
        }
        return accounts;
    }

    /** The 342 CBS codes the application ships (reference data on the class path). */
    static List<String> gemeenten() {
        List<String> codes = new ArrayList<>();
        try (InputStream in = BenchUsers.class.getResourceAsStream("/referentiedata/gemeenten.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("GM")) {
                    codes.add(line.substring(0, line.indexOf(';')));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    /** Makes sure every account exists with its organisation, roles and password; returns the number created. */
    public int ensure(List<Account> accounts, String appUrl) throws IOException, InterruptedException {
        token = adminToken();
        ensureRedirectUri(appUrl);
        Map<String, JsonObject> roles = new HashMap<>();
        Map<String, Set<String>> members = new HashMap<>();
        for (String role : BENCH_ROLES) {
            roles.put(role, json(get("/roles/" + role)).asJsonObject());
            Set<String> names = new HashSet<>();
            for (JsonValue user : json(get("/roles/" + role + "/users?first=0&max=100000&briefRepresentation=true")).asJsonArray()) {
                names.add(user.asJsonObject().getString("username"));
            }
            members.put(role, names);
        }
        Map<String, JsonObject> existing = new HashMap<>();
        for (JsonValue user : json(get("/users?search=bench-&first=0&max=100000&briefRepresentation=false")).asJsonArray()) {
            existing.put(user.asJsonObject().getString("username"), user.asJsonObject());
        }
        int created = 0;
        for (Account account : accounts) {
            JsonObject user = existing.get(account.username());
            String id;
            if (user == null) {
                HttpResponse<String> response = send("POST", "/users", Json.createObjectBuilder()
                        .add("username", account.username()).add("enabled", true).add("emailVerified", true)
                        .add("firstName", "Bench").add("lastName", "Gebruiker " + account.username().substring(6))
                        .add("email", account.username() + "@example.org")
                        .add("attributes", Json.createObjectBuilder().add("organisatie", Json.createArrayBuilder().add(account.organisation())))
                        .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "password").add("value", BenchConfig.PASSWORD).add("temporary", false)))
                        .build().toString());
                expect(response, 201);
                String location = response.headers().firstValue("Location").orElseThrow();
                id = location.substring(location.lastIndexOf('/') + 1);
                created++;
            } else {
                id = user.getString("id");
                JsonObject attributes = user.containsKey("attributes") ? user.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
                JsonArray organisation = attributes.getJsonArray("organisatie");
                if (organisation == null || organisation.isEmpty() || !organisation.getString(0).equals(account.organisation())) {
                    JsonObject changed = Json.createObjectBuilder(user)
                            .add("attributes", Json.createObjectBuilder(attributes)
                                    .add("organisatie", Json.createArrayBuilder().add(account.organisation())))
                            .build();
                    expect(send("PUT", "/users/" + id, changed.toString()), 204);
                }
            }
            for (String role : BENCH_ROLES) {
                boolean wanted = account.roles().contains(role);
                boolean has = members.get(role).contains(account.username());
                if (wanted != has) {
                    String body = Json.createArrayBuilder().add(roles.get(role)).build().toString();
                    expect(send(wanted ? "POST" : "DELETE", "/users/" + id + "/role-mappings/realm", body), 204);
                }
            }
        }
        return created;
    }

    private void ensureRedirectUri(String appUrl) throws IOException, InterruptedException {
        JsonObject client = json(get("/clients?clientId=lerend-stelsel-web")).asJsonArray().getJsonObject(0);
        String wanted = appUrl.replaceAll("/+$", "") + "/*";
        JsonArray uris = client.getJsonArray("redirectUris");
        if (uris.getValuesAs(JsonString.class).stream().anyMatch(uri -> uri.getString().equals(wanted))) {
            return;
        }
        JsonObject changed = Json.createObjectBuilder(client)
                .add("redirectUris", Json.createArrayBuilder(uris).add(wanted)).build();
        expect(send("PUT", "/clients/" + client.getString("id"), changed.toString()), 204);
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(BenchConfig.KEYCLOAK_ADMIN)
                + "&password=" + encode(BenchConfig.KEYCLOAK_ADMIN_PASSWORD);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(BenchConfig.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        expect(response, 200);
        return json(response.body()).asJsonObject().getString("access_token");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path, null);
        expect(response, 200);
        return response.body();
    }

    /** Admin tokens of the master realm live one minute: on a 401 a fresh one is fetched and the request repeated. */
    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = sendOnce(method, path, body);
        if (response.statusCode() == 401) {
            token = adminToken();
            response = sendOnce(method, path, body);
        }
        return response;
    }

    private HttpResponse<String> sendOnce(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BenchConfig.KEYCLOAK_URL + "/admin/realms/" + BenchConfig.REALM + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Stand-alone: {@code BenchUsers} creates the accounts without running the benchmark. */
    public static void main(String[] args) throws Exception {
        List<Account> accounts = accounts(BenchConfig.ACCOUNTS);
        int created = new BenchUsers().ensure(accounts, BenchConfig.APP_URL);
        System.out.printf("Benchmark accounts: %d in Keycloak (%d new), password %s%n", accounts.size(), created, BenchConfig.PASSWORD);
    }
}
