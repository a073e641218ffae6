package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quality bar R4: 100 conflicting actions on the same knelpunt at the same moment, through the REST API with real
 * Keycloak tokens (several users and organisations). For each kind of action exactly the allowed effects happen, nothing
 * acknowledged is lost, every loser gets a 4xx problem+json with a Dutch / English explanation, and there is no 5xx.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class ConflictingActionsApiIT {

    private static final int N = 100;
    private static ExecutorService pool;

    @BeforeAll
    static void threads() {
        pool = Executors.newFixedThreadPool(N);
    }

    @AfterAll
    static void stopThreads() {
        pool.shutdownNow();
    }

    /** One request: who, what, and the body. */
    record Call(String method, String path, String username, String json) {
    }

    /** The answer to one call, with the call. */
    record Outcome(Call call, ApiClient.Reply reply) {
        boolean won() {
            return status() >= 200 && status() < 300;
        }

        int status() {
            return reply.status();
        }

        String contentType() {
            return reply.contentType();
        }

        JsonObject body() {
            return reply.body();
        }

        String raw() {
            return reply.raw();
        }
    }

    @Test
    void hundredHandlersTakingAtOnce() throws Exception {
        String reference = report("professional", "Wachtlijst voor de leerbaarheidstoets bij de taalschool");
        long before = knelpunt(reference).getJsonNumber("versie").longValue();

        List<Outcome> outcomes = race(i -> new Call("POST", "/" + reference + "/in-behandeling-nemen",
                i % 2 == 0 ? "facilitator" : "admin", "{}"));

        List<Outcome> winners = winners(outcomes);
        assertEquals(1, winners.size(), summary(outcomes));
        assertLosersSeeAClearConflict(outcomes);
        JsonObject after = knelpunt(reference);
        assertEquals("IN_BEHANDELING", after.getString("status"));
        assertEquals(before + 1, after.getJsonNumber("versie").longValue(), "one write on top of the report");
        assertEquals(1, actions(reference).stream().filter("IN_BEHANDELING_NEMEN"::equals).count(), "exactly one take in the history");
        System.out.println("R4 take: " + summary(outcomes));
    }

    @Test
    void hundredDifferentStepsOnOneVersion() throws Exception {
        String reference = report("professional", "Onduidelijke termijnen voor het persoonlijk plan inburgering");
        call(new Call("POST", "/" + reference + "/in-behandeling-nemen", "facilitator", "{}"));
        JsonObject taken = knelpunt(reference);
        long version = taken.getJsonNumber("versie").longValue();
        int historyBefore = actions(reference).size();
        String[][] steps = {
                {"opschalen", "Speelt in meerdere gemeenten; graag landelijk bekijken.", null},
                {"oplossen", "Opgelost met een vaste contactpersoon bij de taalschool.", "OPGELOST_IN_UITVOERING"},
                {"sluiten", "Gesloten: valt buiten de Wet inburgering.", "NIET_OVERGENOMEN"},
                {"informatie-vragen", "Om hoeveel inburgeraars gaat het ongeveer?", null},
        };
        List<Outcome> outcomes = race(i -> {
            String[] step = steps[i % steps.length];
            return new Call("POST", "/" + reference + "/" + step[0], i % 3 == 0 ? "admin" : "facilitator",
                    BottleneckApiIT.step(step[1] + " (" + i + ")", version, step[2]));
        });

        List<Outcome> winners = winners(outcomes);
        assertEquals(1, winners.size(), summary(outcomes));
        assertLosersSeeAClearConflict(outcomes);
        JsonObject after = knelpunt(reference);
        JsonObject won = winners.get(0).body();
        assertEquals(won.getString("status"), after.getString("status"));
        assertEquals(won.getString("niveau"), after.getString("niveau"));
        assertEquals(version + 1, after.getJsonNumber("versie").longValue(), "one write on top of the version everybody saw");
        List<String> history = actions(reference);
        assertEquals(historyBefore + 1, history.size(), "exactly one step in the history");
        String wonPath = winners.get(0).call().path();
        assertEquals(actionOf(wonPath.substring(wonPath.lastIndexOf('/') + 1)), history.get(history.size() - 1));
        System.out.println("R4 steps: " + summary(outcomes) + ", winner " + wonPath.substring(wonPath.lastIndexOf('/') + 1));
    }

    @Test
    void hundredEditsByTheReporter() throws Exception {
        String reference = report("professional", "Te weinig plekken bij de taalschool in de regio");
        long version = knelpunt(reference).getJsonNumber("versie").longValue();

        // Everybody saw the same version: one edit wins, the others are told someone else was first.
        List<Outcome> sameVersion = race(i -> new Call("PATCH", "/" + reference, "professional",
                Json.createObjectBuilder().add("titel", "Te weinig plekken bij de taalschool, versie " + i).add("versie", version)
                        .build().toString()));
        List<Outcome> winners = winners(sameVersion);
        assertEquals(1, winners.size(), summary(sameVersion));
        assertLosersSeeAClearConflict(sameVersion);
        JsonObject after = knelpunt(reference);
        assertEquals(winners.get(0).body().getString("titel"), after.getString("titel"));
        assertEquals(version + 1, after.getJsonNumber("versie").longValue());

        // Without a version: every acknowledged edit is one version step, and the last word is one of them.
        long start = after.getJsonNumber("versie").longValue();
        List<Outcome> blind = race(i -> new Call("PATCH", "/" + reference, "professional",
                Json.createObjectBuilder().add("omschrijving", "Inburgeraars wachten maanden op een plek bij de taalschool (" + i + ").")
                        .build().toString()));
        List<Outcome> acknowledged = winners(blind);
        assertLosersSeeAClearConflict(blind);
        assertTrue(acknowledged.size() >= 1, summary(blind));
        JsonObject end = knelpunt(reference);
        assertEquals(start + acknowledged.size(), end.getJsonNumber("versie").longValue(),
                "version increments match the acknowledged edits: " + summary(blind));
        Set<String> acknowledgedTexts = acknowledged.stream().map(o -> o.body().getString("omschrijving")).collect(Collectors.toSet());
        assertTrue(acknowledgedTexts.contains(end.getString("omschrijving")), "the final text is an acknowledged one");
        System.out.println("R4 edits: same version " + summary(sameVersion) + "; without version " + summary(blind));
    }

    @Test
    void hundredCommentsAllKept() throws Exception {
        String reference = report("professional", "Geen kinderopvang tijdens de taallessen");
        String[] users = {"professional", "professional2", "professional3", "facilitator"};

        List<Outcome> outcomes = race(i -> new Call("POST", "/" + reference + "/reacties", users[i % users.length],
                Json.createObjectBuilder().add("tekst", "Ook bij ons speelt dit, reactie nummer " + i + ".").build().toString()));

        assertLosersSeeAClearConflict(outcomes);
        List<Outcome> acknowledged = winners(outcomes);
        List<String> stored = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonObject reacties = call(new Call("GET", "/" + reference + "/reacties?paginaGrootte=50&pagina=" + page, "professional", null)).body();
            reacties.getJsonArray("reacties").getValuesAs(JsonObject.class).forEach(r -> stored.add(r.getString("tekst")));
            if (stored.size() >= reacties.getJsonNumber("totaal").longValue() || reacties.getJsonArray("reacties").isEmpty()) {
                break;
            }
        }
        Set<String> acknowledgedTexts = acknowledged.stream().map(o -> o.body().getString("tekst")).collect(Collectors.toSet());
        assertEquals(acknowledgedTexts, new HashSet<>(stored), "every acknowledged comment is stored, nothing else");
        assertEquals(stored.size(), new HashSet<>(stored).size(), "no comment stored twice");
        assertEquals(N, acknowledged.size(), "comments do not conflict: all " + N + " are kept; " + summary(outcomes));
        System.out.println("R4 comments: " + summary(outcomes) + ", stored " + stored.size());
    }

    @Test
    void hundredSupportsFromThreeOrganisations() throws Exception {
        String reference = report("professional", "Reiskosten naar de taalschool worden niet vergoed");
        // Gemeente Rotterdam, Gemeente Amersfoort and Divosa (facilitator and admin): three organisations.
        String[] users = {"professional2", "professional3", "facilitator", "admin"};
        Map<String, String> organisation = Map.of("professional2", "GM0599", "professional3", "GM0307",
                "facilitator", "DIVOSA", "admin", "DIVOSA");

        List<Outcome> outcomes = race(i -> new Call("POST", "/" + reference + "/steun", users[i % users.length],
                Json.createObjectBuilder().add("gemeente", "GM0344").add("toelichting", "Ook bij ons (" + i + ").").build().toString()));

        assertLosersSeeAClearConflict(outcomes);
        List<Outcome> acknowledged = winners(outcomes);
        Set<String> acknowledgedOrganisations = acknowledged.stream().map(o -> organisation.get(o.call().username()))
                .collect(Collectors.toSet());
        assertEquals(acknowledged.size(), acknowledgedOrganisations.size(), "at most one support per organisation: " + summary(outcomes));
        JsonObject supports = call(new Call("GET", "/" + reference + "/steun", "professional", null)).body();
        List<String> stored = supports.getJsonArray("steunbetuigingen").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("organisatie")).toList();
        assertEquals(acknowledgedOrganisations, new HashSet<>(stored), "every acknowledged support is stored, nothing else");
        assertEquals(stored.size(), new HashSet<>(stored).size());
        assertEquals(Set.of("GM0599", "GM0307", "DIVOSA"), acknowledgedOrganisations, summary(outcomes));
        System.out.println("R4 supports: " + summary(outcomes) + ", stored " + stored);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** Sends {@code N} calls at the same moment (all threads wait at a latch) and returns every answer. */
    private static List<Outcome> race(IntFunction<Call> calls) throws Exception {
        List<Call> prepared = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Call c = calls.apply(i);
            Tokens.accessToken(c.username()); // fetched before the race, not during it
            prepared.add(c);
        }
        CountDownLatch ready = new CountDownLatch(N);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Outcome>> futures = new ArrayList<>();
        for (Call c : prepared) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    go.await();
                    return call(c);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        ready.await();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (CompletableFuture<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        return outcomes;
    }

    private static List<Outcome> winners(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::won).toList();
    }

    /** No 5xx; every refusal is a problem+json 4xx whose detail says what happened in Dutch and English. */
    private static void assertLosersSeeAClearConflict(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            assertTrue(o.status() < 500, "no server error: " + o.status() + " " + o.raw());
            if (!o.won()) {
                assertTrue(o.status() == 409 || o.status() == 400, "a conflict or 'already done': " + o.status() + " " + o.raw());
                assertEquals("application/problem+json", o.contentType(), o.raw());
                String detail = o.body().getString("detail", "");
                if (o.status() == 400) {
                    detail = o.body().getJsonArray("invalidParams").getJsonObject(0).getString("reason");
                }
                assertTrue(detail.length() > 20, "a clear message: " + o.raw());
                if (o.status() == 409) {
                    assertTrue(detail.contains(" / "), "Dutch / English: " + detail);
                }
            }
        }
    }

    private static String summary(List<Outcome> outcomes) {
        Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(Outcome::status, java.util.TreeMap::new,
                Collectors.counting()));
        return N + " calls, statuses " + byStatus;
    }

    private static String actionOf(String path) {
        return switch (path) {
            case "opschalen" -> "OPSCHALEN";
            case "oplossen" -> "OPLOSSEN";
            case "sluiten" -> "SLUITEN";
            case "informatie-vragen" -> "INFORMATIE_VRAGEN";
            default -> throw new IllegalArgumentException(path);
        };
    }

    private static String report(String username, String title) throws Exception {
        Outcome created = call(new Call("POST", "", username, Json.createObjectBuilder()
                .add("titel", title)
                .add("omschrijving", "Inburgeraars lopen hier in de praktijk tegenaan; het vertraagt hun route.")
                .add("thema", "leerbaarheidstoets")
                .add("gemeente", "GM0344")
                .add("schaal", "TIENTALLEN")
                .build().toString()));
        assertEquals(201, created.status(), created.raw());
        return created.body().getString("referentie");
    }

    private static JsonObject knelpunt(String reference) throws Exception {
        Outcome read = call(new Call("GET", "/" + reference, "professional", null));
        assertEquals(200, read.status(), read.raw());
        return read.body();
    }

    private static List<String> actions(String reference) throws Exception {
        Outcome history = call(new Call("GET", "/" + reference + "/historie", "professional", null));
        assertEquals(200, history.status(), history.raw());
        return history.reply().array().getValuesAs(JsonObject.class).stream().map(e -> e.getString("actie")).toList();
    }

    /** {@code c} through {@link ApiClient}, on the knelpunten resource; a call that hangs fails after a minute. */
    private static Outcome call(Call c) throws Exception {
        HttpRequest.Builder request = ApiClient.request(c.method(), "/api/v1/knelpunten" + c.path(), c.username(), c.json(),
                ApiClient.JSON).timeout(Duration.ofSeconds(60));
        if (c.json() != null && c.method().equals("PATCH")) {
            request.setHeader("Content-Type", "application/merge-patch+json");
        }
        return new Outcome(c, ApiClient.send(request.build()));
    }
}
