package nl.lerendstelsel.bench;

import java.nio.file.Path;

/**
 * Settings of the load benchmark, from system properties ({@code -Dbench.users=200}) or environment variables
 * ({@code BENCH_USERS=200}); {@code tools/bench-load.sh} sets the environment variables.
 */
public final class BenchConfig {

    /** The application, e.g. {@code http://localhost:8080}. */
    public static final String APP_URL = text("bench.app.url", "http://localhost:8080");
    /** Keycloak, e.g. {@code http://localhost:8180}; the realm is {@code lerend-stelsel}. */
    public static final String KEYCLOAK_URL = text("bench.keycloak.url", "http://localhost:8180");
    public static final String REALM = "lerend-stelsel";
    public static final String KEYCLOAK_ADMIN = text("bench.keycloak.admin", "admin");
    public static final String KEYCLOAK_ADMIN_PASSWORD = text("bench.keycloak.admin.password", "admin");

    /** Concurrent signed-in users of the mixed workload (P1 asks 200). */
    public static final int USERS = number("bench.users", 200);
    /** Benchmark accounts created in Keycloak (bench-001 …); at least {@link #USERS}. */
    public static final int ACCOUNTS = Math.max(USERS, number("bench.accounts", 200));
    public static final String PASSWORD = text("bench.password", "BenchLerend2026");
    /** Seconds over which the users arrive (each signs in once, through Keycloak's login form, a few at a time). */
    public static final int RAMP_SECONDS = number("bench.ramp", 120);
    /**
     * Seconds all users work after the ramp before the part P1 is judged on: the server's JIT compiler is still busy
     * then (measured 2026-11-27: p95 per 10 s fell from about 180 to 80 ms over the first two minutes after the ramp),
     * and a server in service runs warm. Its requests are reported as "warm-up: …", not hidden.
     */
    public static final int WARMUP_SECONDS = number("bench.warmup", 120);
    /** Seconds all users keep working after the warm-up: the part P1 is judged on. */
    public static final int STEADY_SECONDS = number("bench.duration", 180);
    /** Think time between two pages of one user, uniformly between these (seconds). */
    public static final double THINK_MIN = decimal("bench.think.min", 3);
    public static final double THINK_MAX = decimal("bench.think.max", 12);
    /** Sign-ins through Keycloak at the same time, at most (the others wait their turn). */
    public static final int SIGN_IN_PARALLEL = number("bench.signin.parallel", 4);
    /** Share of a user's steps that write (report, support, comment, take and escalate). */
    public static final double WRITE_SHARE = decimal("bench.write.share", 0.10);

    /** P2: parallel loops without think time, and the length of each of the four alternating phases. */
    public static final int CAPACITY_LOOPS = number("bench.p2.loops", 8);
    public static final int CAPACITY_PHASE_SECONDS = number("bench.p2.phase", 15);

    /** Where the run's own figures (P2 counts, load average) are written, next to Gatling's report. */
    public static final Path RESULT_FILE = Path.of(text("bench.result.file", "target/gatling/last-run.properties"));
    /** A label for the run (e.g. the data set), shown in the report. */
    public static final String LABEL = text("bench.label", "");

    private BenchConfig() {
    }

    static String text(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static int number(String property, int fallback) {
        return Integer.parseInt(text(property, String.valueOf(fallback)));
    }

    static double decimal(String property, double fallback) {
        return Double.parseDouble(text(property, String.valueOf(fallback)));
    }
}
