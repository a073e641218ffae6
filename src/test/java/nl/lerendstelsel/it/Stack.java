package nl.lerendstelsel.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real stack for the integration tests exactly the way a newcomer does: {@code run.sh} (Keycloak
 * with the realm imported, Payara Micro with the WAR and a fresh embedded Derby), on the test ports
 * 18080/18180 so a development stack on 8080/8180 can keep running. Started once per test JVM and stopped
 * (Ctrl-C equivalent: SIGTERM) when the test run ends.
 *
 * <p>With {@code lerend.it.db=postgresql} (Maven: {@code -Dit.db=postgresql}, and the second, PostgreSQL run of
 * {@code mvn verify}) it first starts a fresh project-local PostgreSQL cluster with {@code tools/postgres.sh} and
 * gives the stack and the Arquillian container each an empty database of their own instead of Derby. Every
 * Arquillian test class registers this extension before Arquillian's, so the database is there before the
 * container deploys.
 */
public class Stack implements BeforeAllCallback {

    public static final int APP_PORT = Integer.getInteger("lerend.it.app.port", 18080);
    public static final int KEYCLOAK_PORT = Integer.getInteger("lerend.it.keycloak.port", 18180);
    public static final int SMTP_PORT = Integer.getInteger("lerend.it.smtp.port", 18025);
    public static final int MAIL_WEB_PORT = Integer.getInteger("lerend.it.mailweb.port", 18090);
    public static final String APP_URL = "http://localhost:" + APP_PORT;
    /** MailDev's web inbox and REST API ({@code GET /email}): every e-mail the application sent. */
    public static final String MAIL_URL = "http://localhost:" + MAIL_WEB_PORT;
    public static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    public static final String ISSUER = KEYCLOAK_URL + "/realms/lerend-stelsel";
    public static final String DEMO_PASSWORD = "LerendStelsel2026";
    /** The database the tests run on: {@code derby} (default) or {@code postgresql}. */
    public static final String DATABASE = System.getProperty("lerend.it.db", "derby").toLowerCase();
    public static final boolean POSTGRESQL = DATABASE.startsWith("postgres");
    public static final int POSTGRES_PORT = Integer.getInteger("lerend.it.pg.port", 15432);
    /**
     * The one account with a rate limit on writes in the test stack, and its limit (RateLimitIT): a token every 3 s, so a
     * full bucket takes 15 s to come back (the tests wait for that), while a write of a few hundred milliseconds on a busy
     * machine still empties it.
     */
    public static final String RATE_LIMITED_ACCOUNT = "editor-vng";
    public static final int RATE_LIMITED_PER_MINUTE = 20;
    public static final int RATE_LIMITED_BURST = 5;
    /** How often the test stack re-checks a signed-in session at Keycloak (production: every 180 s). */
    public static final int SESSION_RECHECK_SECONDS = 6;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("lerend.it.work.dir") == null) {
            // Inside the Arquillian container (in-container tests run the extensions there too): nothing to start.
            return;
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Stack.class.getName(), key -> start(), Running.class);
    }

    static Running start() {
        Path projectDir = Path.of(System.getProperty("lerend.project.dir", ".."));
        Path workDir = Path.of(System.getProperty("lerend.it.work.dir", "target/it"));
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve("run.log");
            String databaseUrl = null;
            if (POSTGRESQL) {
                postgres(projectDir, workDir, "start", "--fresh");
                postgres(projectDir, workDir, "createdb", "lerend_arquillian");
                databaseUrl = postgres(projectDir, workDir, "createdb", "lerend_stack").strip();
            }
            ProcessBuilder builder = new ProcessBuilder("bash", projectDir.resolve("run.sh").toString(), "--skip-build", "--fresh", "--no-demo")
                    .directory(projectDir.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("LERENDSTELSEL_APP_PORT", String.valueOf(APP_PORT));
            builder.environment().put("LERENDSTELSEL_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
            builder.environment().put("LERENDSTELSEL_SMTP_PORT", String.valueOf(SMTP_PORT));
            builder.environment().put("LERENDSTELSEL_MAIL_WEB_PORT", String.valueOf(MAIL_WEB_PORT));
            builder.environment().remove("LERENDSTELSEL_SMTP_HOST");
            // Each response says how many SQL statements it needed (StatementCountIT, bar P5).
            builder.environment().put("LERENDSTELSEL_DIAGNOSTICS_STATEMENT_COUNT", "true");
            // Rate limits on writes (bar S7): the suite is one scripted client writing thousands of times a minute from one
            // address (NaughtyStringsApiIT, ConflictingActionsApiIT), exactly what the limits refuse, so the general limits
            // are off here. One account keeps a small limit of its own through the same setting an operator uses for an
            // integration account; RateLimitIT proves the limiter with it (it writes twice elsewhere, in QaApiIT).
            builder.environment().put("LERENDSTELSEL_RATELIMIT_USER_PER_MINUTE", "0");
            builder.environment().put("LERENDSTELSEL_RATELIMIT_ADDRESS_PER_MINUTE", "0");
            builder.environment().put("LERENDSTELSEL_RATELIMIT_USER_PER_ACCOUNT", RATE_LIMITED_ACCOUNT + "=" + RATE_LIMITED_PER_MINUTE + "/" + RATE_LIMITED_BURST);
            // Sessions are re-checked at Keycloak every few minutes (issue 27); here every few seconds, so that
            // RoleChangesIT sees a demotion or a disabled account take effect without waiting minutes.
            builder.environment().put("LERENDSTELSEL_SESSION_RECHECK_SECONDS", String.valueOf(SESSION_RECHECK_SECONDS));
            builder.environment().put("LERENDSTELSEL_DATA_DIR", workDir.resolve("data").toAbsolutePath().toString());
            if (databaseUrl != null) {
                builder.environment().put("LERENDSTELSEL_DB_URL", databaseUrl);
                builder.environment().put("LERENDSTELSEL_DB_USER", "lerend");
                builder.environment().put("LERENDSTELSEL_DB_PASSWORD", "lerend");
            }
            waitForFreePorts(Duration.ofSeconds(90));
            Process process = builder.start();
            Running running = new Running(process, POSTGRESQL ? () -> postgres(projectDir, workDir, "stop") : () -> { });
            running.watchProcessTree();
            // Also when the test JVM ends without closing the JUnit store (a crash, a forked JVM being torn down):
            // a stack left running would hold the ports of the next run (the PostgreSQL run of mvn verify).
            Runtime.getRuntime().addShutdownHook(new Thread(running::stopQuietly, "stop-stack"));
            List<String> output = new ArrayList<>();
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> readUntilReady(process, output, log.toFile()));
            // run.sh gives Keycloak and Payara each LERENDSTELSEL_START_TIMEOUT seconds (default 180)
            int perPart = Integer.parseInt(System.getenv().getOrDefault("LERENDSTELSEL_START_TIMEOUT", "180"));
            boolean started = ready.get(2L * perPart + 60, TimeUnit.SECONDS);
            if (!started) {
                running.stopQuietly();
                throw new IllegalStateException("run.sh stopped before the stack was ready:\n" + String.join("\n", output));
            }
            return running;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the stack with run.sh", e);
        }
    }

    /** Runs {@code tools/postgres.sh} for the test cluster of this run (e.g. {@code stop}, {@code start}). */
    public static String postgres(String... arguments) {
        return postgres(Path.of(System.getProperty("lerend.project.dir", "..")),
                Path.of(System.getProperty("lerend.it.work.dir", "target/it")), arguments);
    }

    /** Runs {@code tools/postgres.sh} for the test cluster ({@code <work dir>/postgres}); returns its last output line. */
    static String postgres(Path projectDir, Path workDir, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", projectDir.resolve("tools/postgres.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true);
        builder.environment().put("LERENDSTELSEL_PG_DIR", workDir.resolve("postgres").toAbsolutePath().toString());
        builder.environment().put("LERENDSTELSEL_PG_PORT", String.valueOf(POSTGRES_PORT));
        builder.environment().put("LERENDSTELSEL_DB_USER", "lerend");
        builder.environment().put("LERENDSTELSEL_DB_PASSWORD", "lerend");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("tools/postgres.sh " + String.join(" ", arguments) + " failed:\n" + output);
            }
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        } catch (IOException e) {
            throw new IllegalStateException("Could not run tools/postgres.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean readUntilReady(Process process, List<String> output, File log) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                Files.writeString(log.toPath(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                if (line.equals("LERENDSTELSEL READY")) {
                    Thread drain = new Thread(() -> reader.lines().forEach(l -> { }), "run.sh-output");
                    drain.setDaemon(true);
                    drain.start();
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until no process listens on the stack's ports any more (a previous run still stopping). */
    private static void waitForFreePorts(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Integer> busy = busyPorts();
        while (!busy.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Ports " + busy + " are still in use by another process; stop it first "
                        + "(ss -ltnp) or choose other ports with -Dit.app.port/-Dit.keycloak.port/-Dit.smtp.port/-Dit.mailweb.port");
            }
            Thread.sleep(500);
            busy = busyPorts();
        }
    }

    private static List<Integer> busyPorts() {
        List<Integer> busy = new ArrayList<>();
        for (int port : List.of(APP_PORT, KEYCLOAK_PORT, SMTP_PORT, MAIL_WEB_PORT)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 200);
                busy.add(port);
            } catch (IOException free) {
                // nothing listens
            }
        }
        return busy;
    }

    /**
     * The running stack; closing it stops run.sh, which stops Keycloak and Payara Micro, and then the database.
     * Whatever run.sh started and did not stop itself (its children outlive it when it is killed) is stopped too:
     * the process tree is taken before run.sh is asked to stop, as orphans are no longer its descendants after.
     */
    static final class Running implements ExtensionContext.Store.CloseableResource {
        private final Process process;
        private final Runnable stopDatabase;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final java.util.Set<ProcessHandle> known = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Running(Process process, Runnable stopDatabase) {
            this.process = process;
            this.stopDatabase = stopDatabase;
        }

        /**
         * Keeps a list of every process run.sh starts: a child that outlives run.sh (run.sh failed, or was killed) is no
         * longer its descendant afterwards, but must be stopped with it.
         */
        void watchProcessTree() {
            Thread watcher = new Thread(() -> {
                while (!stopped.get() && process.isAlive()) {
                    process.descendants().forEach(known::add);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "stack-process-tree");
            watcher.setDaemon(true);
            watcher.start();
        }

        @Override
        public void close() throws Exception {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
            process.descendants().forEach(known::add);
            // ProcessHandle knows a process by id and start time: a recycled id is not mistaken for ours.
            List<ProcessHandle> tree = List.copyOf(known);
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            stopAll(tree, ProcessHandle::destroy);
            if (!awaitExit(tree, Duration.ofSeconds(30))) {
                stopAll(tree, ProcessHandle::destroyForcibly);
                awaitExit(tree, Duration.ofSeconds(10));
            }
            stopDatabase.run();
            waitForFreePorts(Duration.ofSeconds(30));
        }

        void stopQuietly() {
            try {
                close();
            } catch (Exception | Error e) {
                System.err.println("Could not stop the test stack cleanly: " + e);
            }
        }

        private static void stopAll(List<ProcessHandle> processes, java.util.function.Consumer<ProcessHandle> stop) {
            processes.stream().filter(ProcessHandle::isAlive).forEach(stop);
        }

        private static boolean awaitExit(List<ProcessHandle> processes, Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(200);
            }
            return true;
        }
    }
}
