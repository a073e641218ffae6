package nl.lerendstelsel.faults;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Quality bar R1: {@code kill -9} of Payara Micro while 20 writers work through the REST API (real Keycloak tokens).
 * Starts Keycloak and MailDev ({@code run.sh --no-app}) and the application ({@code run.sh --app-only}) on a fresh data
 * folder, lets the writers report knelpunten, comment, support and take + escalate, records every write the API
 * acknowledged, kills the Payara Micro process with SIGKILL mid-run, restarts the application alone on the same data,
 * times how long until {@code /health/ready}, and then checks that every acknowledged write is there, through the API,
 * and, with the application stopped, in the Derby database itself: no knelpunt whose level and status disagree with
 * the last line of its history (no half-done escalation).
 *
 * <p>Run with {@code tools/fault-kill9.sh}; exit status 0 only when the bar is met.
 */
public final class Kill9Fault {

    enum Kind { REPORT, COMMENT, SUPPORT, TAKE, ESCALATE }

    /** An acknowledged (2xx) write: what, on which knelpunt, and the content to look for afterwards. */
    record Write(Kind kind, String reference, String content, Instant at) {
    }

    private static final String[] REPORTERS = {"professional", "professional2", "professional3"};
    private static final Map<String, String> ORGANISATION = Map.of("professional", "GM0344", "professional2", "GM0599",
            "professional3", "GM0307");
    private static final String[] THEMES = {"leerbaarheidstoets", "taal", "pip", "huisvesting", "financiering"};

    private final FaultClient client;
    private final int writers;
    private final int killAfterSeconds;
    private final List<Write> acknowledged = new CopyOnWriteArrayList<>();
    /** Knelpunten known to be reported, with their reporting organisation, for comments and supports. */
    private final List<String[]> knelpunten = new CopyOnWriteArrayList<>();
    /** Knelpunten waiting to be taken and escalated: each is claimed by one writer. */
    private final ConcurrentLinkedQueue<String> toEscalate = new ConcurrentLinkedQueue<>();
    private final Map<Kind, AtomicInteger> refused = new EnumMap<>(Kind.class);
    /** Refusals by kind and status, e.g. "support 400". */
    private final Map<String, AtomicInteger> refusedBy = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Map<Kind, AtomicInteger> failed = new EnumMap<>(Kind.class);
    /** Calls that got no answer (connection reset by the kill) and that we can look for afterwards. */
    private final List<Write> inFlight = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger counter = new AtomicInteger();

    private Kill9Fault(FaultClient client, int writers, int killAfterSeconds) {
        this.client = client;
        this.writers = writers;
        this.killAfterSeconds = killAfterSeconds;
        for (Kind kind : Kind.values()) {
            refused.put(kind, new AtomicInteger());
            failed.put(kind, new AtomicInteger());
        }
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(System.getProperty("fault.data.dir", "target/fault-kill9"));
        int writers = Integer.getInteger("fault.writers", 20);
        int killAfter = Integer.getInteger("fault.kill.after", 20);
        boolean ok = new Kill9Fault(new FaultClient("fault-kill9", dataDir), writers, killAfter).run();
        System.exit(ok ? 0 : 1);
    }

    private boolean run() throws Exception {
        Process services = null;
        Process app = null;
        try {
            services = client.freshServices();
            app = client.freshApp();
            for (String user : List.of("professional", "professional2", "professional3", "facilitator")) {
                client.token(user);
            }

            client.say(writers + " writers start; kill -9 of Payara Micro after " + killAfterSeconds + " s");
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                Thread t = new Thread(() -> write(writer), "writer-" + i);
                t.start();
                threads.add(t);
            }
            Thread.sleep(killAfterSeconds * 1000L);
            ProcessHandle payara = FaultClient.payara(app);
            int before = acknowledged.size();
            long killedAt = System.nanoTime();
            payara.destroyForcibly(); // SIGKILL
            payara.onExit().get();
            client.say("killed Payara Micro (pid " + payara.pid() + ") with SIGKILL after " + before + " acknowledged writes");
            Thread.sleep(3000); // the writers keep trying against the dead server
            stop.set(true);
            for (Thread t : threads) {
                t.join(60_000);
            }
            app.waitFor();
            Files.copy(client.dataDir.resolve("logs/payara.log"), client.dataDir.resolve("logs/payara-killed.log"),
                    StandardCopyOption.REPLACE_EXISTING);

            client.say("restart: run.sh --app-only on the same data");
            long restartAt = System.nanoTime();
            app = client.runSh("run-app.log", "--app-only", "--no-demo");
            while (!client.up(client.appUrl + "/health/ready")) {
                Thread.sleep(200);
            }
            double restartSeconds = (System.nanoTime() - restartAt) / 1e9;
            double downSeconds = (System.nanoTime() - killedAt) / 1e9;

            client.say("checking every acknowledged write through the API");
            Map<Kind, int[]> api = verifyThroughApi();
            int inFlightCommitted = inFlightCommitted();
            client.say("stopping the application to read the database directly");
            FaultClient.stop(app);
            app = null;
            int[] db = verifyInDatabase();

            boolean ok = report(api, db, restartSeconds, downSeconds, inFlightCommitted);
            return ok;
        } finally {
            FaultClient.stop(app);
            FaultClient.stop(services);
        }
    }

    // --- the writers ------------------------------------------------------------------------------------------------

    private void write(int writer) {
        String reporter = REPORTERS[writer % REPORTERS.length];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!stop.get()) {
            int dice = random.nextInt(100);
            try {
                if (dice < 30 || knelpunten.size() < 5) {
                    report(reporter);
                } else if (dice < 60) {
                    comment(reporter, random);
                } else if (dice < 75) {
                    support(reporter, random);
                } else {
                    takeAndEscalate();
                }
            } catch (Exception e) {
                // no answer: the server is gone (or the call timed out); nothing was acknowledged
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void report(String reporter) throws Exception {
        int n = counter.incrementAndGet();
        String title = "Knelpunt " + n + ": wachttijd voor de toets";
        String description = "Schrijver meldt knelpunt nummer " + n + "; inburgeraars wachten weken op een afspraak.";
        String json = Json.createObjectBuilder().add("titel", title).add("omschrijving", description)
                .add("thema", THEMES[n % THEMES.length]).add("gemeente", ORGANISATION.get(reporter)).add("schaal", "TIENTALLEN")
                .build().toString();
        FaultClient.Reply reply = call(Kind.REPORT, "POST", "knelpunten", reporter, json, null);
        if (reply != null && reply.ok()) {
            String reference = reply.object().getString("referentie");
            acknowledged.add(new Write(Kind.REPORT, reference, title + "\n" + description, Instant.now()));
            knelpunten.add(new String[] {reference, ORGANISATION.get(reporter)});
            if (n % 3 == 0) {
                toEscalate.add(reference);
            }
        }
    }

    private void comment(String author, ThreadLocalRandom random) throws Exception {
        String reference = knelpunten.get(random.nextInt(knelpunten.size()))[0];
        String text = "Reactie " + counter.incrementAndGet() + " van " + author + ": dit zien wij ook.";
        FaultClient.Reply reply = call(Kind.COMMENT, "POST", "knelpunten/" + reference + "/reacties", author,
                Json.createObjectBuilder().add("tekst", text).build().toString(), new Write(Kind.COMMENT, reference, text, null));
        if (reply != null && reply.ok()) {
            acknowledged.add(new Write(Kind.COMMENT, reference, reply.object().getJsonNumber("id") + "\n" + text, Instant.now()));
        }
    }

    private void support(String supporter, ThreadLocalRandom random) throws Exception {
        String organisation = ORGANISATION.get(supporter);
        String[] target = knelpunten.get(random.nextInt(knelpunten.size()));
        if (target[1].equals(organisation)) {
            return;
        }
        FaultClient.Reply reply = call(Kind.SUPPORT, "POST", "knelpunten/" + target[0] + "/steun", supporter,
                Json.createObjectBuilder().add("toelichting", "Ook bij " + organisation).build().toString(),
                new Write(Kind.SUPPORT, target[0], organisation, null));
        if (reply != null && reply.ok()) {
            acknowledged.add(new Write(Kind.SUPPORT, target[0], organisation, Instant.now()));
        }
    }

    private void takeAndEscalate() throws Exception {
        String reference = toEscalate.poll();
        if (reference == null) {
            return;
        }
        FaultClient.Reply taken = call(Kind.TAKE, "POST", "knelpunten/" + reference + "/in-behandeling-nemen", "facilitator", "{}",
                new Write(Kind.TAKE, reference, null, null));
        if (taken == null || !taken.ok()) {
            return;
        }
        acknowledged.add(new Write(Kind.TAKE, reference, null, Instant.now()));
        FaultClient.Reply escalated = call(Kind.ESCALATE, "POST", "knelpunten/" + reference + "/opschalen", "facilitator",
                Json.createObjectBuilder().add("toelichting", "Speelt in meer gemeenten; graag op schakelniveau bekijken.")
                        .build().toString(), new Write(Kind.ESCALATE, reference, null, null));
        if (escalated != null && escalated.ok()) {
            acknowledged.add(new Write(Kind.ESCALATE, reference, null, Instant.now()));
        }
    }

    /** One call; counts refusals (4xx/5xx) and unanswered calls; remembers unanswered ones that can be looked up. */
    private FaultClient.Reply call(Kind kind, String method, String path, String user, String json, Write lookup) throws Exception {
        try {
            FaultClient.Reply reply = client.api(method, path, user, json);
            if (!reply.ok()) {
                refused.get(kind).incrementAndGet();
                refusedBy.computeIfAbsent(kind.name().toLowerCase() + " " + reply.status(), k -> new AtomicInteger()).incrementAndGet();
            }
            return reply;
        } catch (IOException e) {
            failed.get(kind).incrementAndGet();
            if (lookup != null) {
                inFlight.add(lookup);
            }
            throw e;
        }
    }

    // --- after the restart --------------------------------------------------------------------------------------------

    /** Per kind: {acknowledged, found}. */
    private Map<Kind, int[]> verifyThroughApi() throws Exception {
        Map<Kind, int[]> result = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            result.put(kind, new int[2]);
        }
        Map<String, JsonObject> knelpunt = new HashMap<>();
        Map<String, List<JsonObject>> history = new HashMap<>();
        Map<String, Set<String>> comments = new HashMap<>();
        Map<String, Set<String>> supports = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Write w : acknowledged) {
            result.get(w.kind())[0]++;
            boolean found = switch (w.kind()) {
                case REPORT -> {
                    JsonObject k = knelpunt.computeIfAbsent(w.reference(), this::knelpunt);
                    yield k != null && (k.getString("titel") + "\n" + k.getString("omschrijving")).equals(w.content());
                }
                case COMMENT -> comments.computeIfAbsent(w.reference(), this::comments).contains(w.content());
                case SUPPORT -> supports.computeIfAbsent(w.reference(), this::supports).contains(w.content());
                case TAKE -> history.computeIfAbsent(w.reference(), this::history).stream()
                        .anyMatch(e -> e.getString("actie").equals("IN_BEHANDELING_NEMEN"));
                case ESCALATE -> {
                    JsonObject k = knelpunt.computeIfAbsent(w.reference(), this::knelpunt);
                    yield k != null && k.getString("niveau").equals("SCHAKEL") && history.computeIfAbsent(w.reference(), this::history)
                            .stream().anyMatch(e -> e.getString("actie").equals("OPSCHALEN") && e.getString("naarNiveau").equals("SCHAKEL"));
                }
            };
            if (found) {
                result.get(w.kind())[1]++;
            } else {
                missing.add(w.kind() + " " + w.reference() + " " + w.content());
            }
        }
        missing.stream().limit(20).forEach(m -> client.say("MISSING " + m));
        return result;
    }

    /** How many of the calls that got no answer were nevertheless carried out (allowed: the client never heard). */
    private int inFlightCommitted() throws Exception {
        int committed = 0;
        for (Write w : inFlight) {
            boolean there = switch (w.kind()) {
                case COMMENT -> comments(w.reference()).stream().anyMatch(c -> c.endsWith("\n" + w.content()));
                case SUPPORT -> supports(w.reference()).contains(w.content());
                case TAKE -> history(w.reference()).stream().anyMatch(e -> e.getString("actie").equals("IN_BEHANDELING_NEMEN"));
                case ESCALATE -> history(w.reference()).stream().anyMatch(e -> e.getString("actie").equals("OPSCHALEN"));
                case REPORT -> false;
            };
            committed += there ? 1 : 0;
        }
        return committed;
    }

    private JsonObject knelpunt(String reference) {
        try {
            FaultClient.Reply reply = client.api("GET", "knelpunten/" + reference, "facilitator", null);
            return reply.status() == 200 ? reply.object() : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonObject> history(String reference) {
        try {
            FaultClient.Reply reply = client.api("GET", "knelpunten/" + reference + "/historie", "facilitator", null);
            return reply.status() == 200 ? ((JsonArray) reply.json()).getValuesAs(JsonObject.class) : List.of();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** "id\ntext" of every comment. */
    private Set<String> comments(String reference) {
        try {
            Set<String> all = new HashSet<>();
            for (int page = 1; ; page++) {
                JsonObject reply = client.api("GET", "knelpunten/" + reference + "/reacties?paginaGrootte=100&pagina=" + page,
                        "facilitator", null).object();
                JsonArray items = reply.getJsonArray("reacties");
                items.getValuesAs(JsonObject.class).forEach(r -> all.add(r.getJsonNumber("id") + "\n" + r.getString("tekst")));
                if (items.isEmpty() || all.size() >= reply.getJsonNumber("totaal").longValue()) {
                    return all;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> supports(String reference) {
        try {
            return client.api("GET", "knelpunten/" + reference + "/steun", "facilitator", null).object()
                    .getJsonArray("steunbetuigingen").getValuesAs(JsonObject.class).stream()
                    .map(s -> s.getString("organisatie")).collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * With the application stopped: every knelpunt's level and status equal the "to" of the last line of its history
     * (so no level change without its history line, and no history line without its change). Returns {knelpunten,
     * escalated, inconsistent}.
     */
    private int[] verifyInDatabase() throws Exception {
        String url = "jdbc:derby:" + client.dataDir.resolve("derby/lerend-stelsel");
        int total = 0;
        int escalated = 0;
        int inconsistent = 0;
        try (Connection db = DriverManager.getConnection(url, "lerend", "lerend")) { // the application's account: schema LEREND
            db.setReadOnly(true);
            try (Statement s = db.createStatement();
                 ResultSet rows = s.executeQuery("""
                         SELECT b.reference, b.level_code, b.status_code, e.to_level, e.to_status, e.action_code,
                                (SELECT COUNT(*) FROM bottleneck_event o WHERE o.bottleneck_id = b.id AND o.action_code = 'OPSCHALEN')
                         FROM bottleneck b LEFT JOIN bottleneck_event e ON e.bottleneck_id = b.id AND e.id =
                             (SELECT MAX(l.id) FROM bottleneck_event l WHERE l.bottleneck_id = b.id)
                         """)) {
                while (rows.next()) {
                    total++;
                    String reference = rows.getString(1);
                    boolean agrees = rows.getString(4) != null && rows.getString(2).equals(rows.getString(4))
                            && rows.getString(3).equals(rows.getString(5));
                    boolean escalation = rows.getInt(7) > 0;
                    escalated += escalation ? 1 : 0;
                    if (!agrees || (escalation != rows.getString(2).equals("LINKING"))) {
                        inconsistent++;
                        client.say("INCONSISTENT " + reference + ": " + rows.getString(2) + "/" + rows.getString(3) + ", last history line "
                                + rows.getString(6) + " -> " + rows.getString(4) + "/" + rows.getString(5) + ", escalations " + rows.getInt(7));
                    }
                }
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby says "shut down" with an exception
            }
        }
        return new int[] {total, escalated, inconsistent};
    }

    private boolean report(Map<Kind, int[]> api, int[] db, double restartSeconds, double downSeconds, int inFlightCommitted)
            throws IOException {
        int ack = 0;
        int found = 0;
        StringBuilder out = new StringBuilder();
        out.append("\nR1 kill -9 of Payara Micro during ").append(writers).append(" concurrent writers\n");
        out.append(String.format("%-10s %12s %10s %10s %14s%n", "write", "acknowledged", "present", "refused", "no answer"));
        for (Kind kind : Kind.values()) {
            int[] r = api.get(kind);
            ack += r[0];
            found += r[1];
            out.append(String.format("%-10s %12d %10d %10d %14d%n", kind.name().toLowerCase(), r[0], r[1], refused.get(kind).get(),
                    failed.get(kind).get()));
        }
        out.append(String.format("%-10s %12d %10d%n", "total", ack, found));
        out.append("refusals by status: ").append(refusedBy).append('\n');
        out.append("unanswered calls that can be looked up: ").append(inFlight.size()).append(", of which carried out anyway: ")
                .append(inFlightCommitted).append('\n');
        out.append("database after restart: ").append(db[0]).append(" knelpunten, ").append(db[1]).append(" escalated, ")
                .append(db[2]).append(" whose level/status disagree with their history\n");
        out.append(String.format("restart of the application until /health/ready: %.1f s (%.1f s after the kill)%n",
                restartSeconds, downSeconds));
        boolean ok = ack == found && db[2] == 0 && restartSeconds <= 60 && ack > 0;
        out.append("R1 ").append(ok ? "MET" : "MISSED").append('\n');
        System.out.print(out);
        Files.writeString(client.dataDir.resolve("report.txt"), out.toString(), StandardCharsets.UTF_8);
        return ok;
    }
}
