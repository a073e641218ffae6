package nl.lerendstelsel.application.statistics;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.bench.GenerateData;
import nl.lerendstelsel.bench.ReferenceDataGenerator;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.persistence.Migrations;

/**
 * Issue 29's pages at the reference volume (not a test): the whole dashboard (the figures of {@link StatisticsService},
 * time per level included, and the coverage of {@link CoverageService}), a monitor round's results
 * ({@code MonitorResults.results}, overall, for one region and one province, with the previous round beside it) and
 * "Mijn gemeente" ({@link GemeenteOverview} and the rounds the gemeente answered) for a large and a small gemeente, on
 * the reference data set of {@code tools/generate-data.sh} (with its five years of monitor rounds) in embedded Derby,
 * through the application's persistence unit in Java SE ({@link PageServices}). Per page: the first call after start
 * (cold: JVM, EclipseLink and Derby's page cache), then after a JVM warm-up 5 warm-up and 30 timed calls (p50/p95/max),
 * each computing its figures (no minute cache) in a fresh persistence context; then the dashboard's parts one by one.
 * Run with {@code tools/bench-issue29.sh [--reuse] [--runs N] [--only prefixes] [knelpunten]} (default 100,000;
 * 30 runs; {@code --only} the pages whose name starts so, e.g. {@code round,Mijn}); {@code --reuse}
 * measures the database an earlier run left in {@code src/target/bench-issue29/<knelpunten>}. Report: {@code src/target/bench-issue29/report.txt}.
 */
public final class Issue29Benchmark {

    private static final long SEED = 20_261_207L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int WARM_UP = 5;
    /** Timed calls per line: 30, or {@code --runs N}. */
    private static int runs = 30;
    /** The pages measured: all, or those whose name starts with one of {@code --only a,b}. */
    private static List<String> only = List.of("");
    private static final long JVM_WARM_UP_SECONDS = 20;
    private static final String LARGE_GEMEENTE = "GM0363";
    private static final StringBuilder REPORT = new StringBuilder();

    private Issue29Benchmark() {
    }

    /** A page as the browser asks for it: a name and what the server computes for it. */
    private record Page(String name, Supplier<Object> call) {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean reuse = options.contains("--reuse");
        if (options.contains("--runs")) {
            runs = Integer.parseInt(options.get(options.indexOf("--runs") + 1));
        }
        if (options.contains("--only")) {
            only = List.of(options.get(options.indexOf("--only") + 1).split(","));
        }
        int knelpunten = options.stream().filter(a -> a.matches("\\d{4,}")).mapToInt(Integer::parseInt).findFirst().orElse(100_000);
        Path base = StatisticsBenchmark.targetDirectory().resolve("bench-issue29");
        Path directory = base.resolve(String.valueOf(knelpunten));
        Files.createDirectories(base);
        System.setProperty("derby.stream.error.file", base.resolve("derby.log").toString());
        String url = "jdbc:derby:" + directory.toAbsolutePath();
        say("Issue 29 benchmark (Issue29Benchmark), %s; %d cores, max heap %,d MB, Java %s; Derby %s, EclipseLink %s",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), StatisticsBenchmark.derbyVersion(),
                org.eclipse.persistence.Version.getVersion());
        if (!reuse || !Files.isDirectory(directory)) {
            generate(url, directory, knelpunten);
        } else {
            say("Reused; migrations applied now: %d", Migrations.migrate(url, StatisticsBenchmark.DB_USER, StatisticsBenchmark.DB_PASSWORD));
        }
        Facts facts;
        try (Connection connection = DriverManager.getConnection(url, StatisticsBenchmark.DB_USER, StatisticsBenchmark.DB_PASSWORD)) {
            facts = Facts.read(connection);
        }
        say("Data in %s: %s", directory, facts.summary());
        EntityManagerFactory emf = StatisticsBenchmark.entityManagerFactory(directory);
        try {
            measure(new PageServices(emf, facts.organisationOf(), facts.facilitated()), facts);
        } finally {
            emf.close();
            StatisticsBenchmark.shutdown(directory);
        }
        Path report = base.resolve("report.txt");
        Files.writeString(report, REPORT.toString(), StandardCharsets.UTF_8);
        System.out.println("Report written to " + report);
    }

    private static void generate(String url, Path directory, int knelpunten) throws Exception {
        GenerateData.deleteRecursively(directory);
        Files.createDirectories(directory.getParent());
        long started = System.nanoTime();
        Migrations.migrate(url + ";create=true", StatisticsBenchmark.DB_USER, StatisticsBenchmark.DB_PASSWORD);
        try (Connection connection = DriverManager.getConnection(url, StatisticsBenchmark.DB_USER, StatisticsBenchmark.DB_PASSWORD)) {
            // the reference data set without CoP discussions, which none of these pages reads
            new ReferenceDataGenerator(connection, ReferenceDataGenerator.Volumes.reference(knelpunten).withPosts(0), SEED,
                    Clock.system(ZONE), ReferenceDataGenerator.Progress.NONE).generate();
            ReferenceDataGenerator.updateDerbyStatistics(connection);
        }
        say("Generated (seed %d, posts left out) in %d s", SEED, Math.round((System.nanoTime() - started) / 1e9));
    }

    private static void measure(PageServices services, Facts facts) {
        Caller coordinator = new Caller(facts.subject("coordinator"), Set.of(Role.COORDINATOR), "bench");
        Caller ministry = new Caller(facts.subject("ministry"), Set.of(Role.MINISTRY), "bench");
        Caller facilitator = new Caller(facts.subject("facilitator"), Set.of(Role.FACILITATOR, Role.PROFESSIONAL), "bench");
        Caller large = new Caller(facts.professionalOf(LARGE_GEMEENTE), Set.of(Role.PROFESSIONAL), "bench");
        Caller small = new Caller(facts.professionalOf(facts.smallGemeente()), Set.of(Role.PROFESSIONAL), "bench");
        List<Page> pages = List.of(
                dashboard(services, "dashboard: coordinator, last 12 months", null, null, coordinator),
                dashboard(services, "dashboard: ministry, theme " + facts.topTheme() + " (largest)", facts.topTheme(), null, ministry),
                dashboard(services, "dashboard: coordinator, region " + facts.topRegion() + " (largest)", null, facts.topRegion(), coordinator),
                dashboard(services, "dashboard: facilitator, " + facts.facilitated().size() + " CoPs", null, null, facilitator),
                results(services, "round results: newest round, all", facts.newestRound(), null, null, coordinator),
                results(services, "round results: region " + facts.topRegion(), facts.newestRound(), facts.topRegion(), null, coordinator),
                results(services, "round results: province " + facts.topProvince(), facts.newestRound(), null, facts.topProvince(), coordinator),
                myGemeente(services, "Mijn gemeente: " + LARGE_GEMEENTE + " (large)", large),
                myGemeente(services, "Mijn gemeente: " + facts.smallGemeente() + " (small)", small))
                .stream().filter(page -> only.stream().anyMatch(page.name()::startsWith)).toList();

        say("");
        say("Cold: the first call of each page after start (fresh JVM, EclipseLink and Derby caches; in this order)");
        Set<String> kinds = new java.util.HashSet<>();
        for (Page page : pages.stream().filter(page -> kinds.add(page.name().substring(0, page.name().indexOf(':')))).toList()) {
            long t = System.nanoTime();
            services.call(page.call());
            say("%-60s %10.1f ms", page.name(), StatisticsBenchmark.ms(System.nanoTime() - t));
        }
        long warmUpStarted = System.nanoTime();
        for (int rounds = 0; rounds < 2 || System.nanoTime() - warmUpStarted < JVM_WARM_UP_SECONDS * 1_000_000_000L; rounds++) {
            pages.forEach(page -> services.call(page.call()));
        }
        say("");
        say("Warm: %d warm-up and %d timed calls per page, after a JVM warm-up of %d s; server time per call", WARM_UP, runs,
                JVM_WARM_UP_SECONDS);
        say("%-60s %8s %8s %8s", "page", "p50 ms", "p95 ms", "max ms");
        pages.forEach(page -> timed(services, page.name(), page.call()));

        if (pages.stream().noneMatch(page -> page.name().startsWith("dashboard"))) {
            return;
        }
        say("");
        say("The dashboard's parts on their own, coordinator, last 12 months");
        say("%-60s %8s %8s %8s", "part", "p50 ms", "p95 ms", "max ms");
        StatisticsFilter f = StatisticsFilter.lastYear(LocalDate.now(ZONE));
        var viewer = nl.lerendstelsel.domain.model.bottleneck.Viewer.of(coordinator.subject(), null, coordinator.roles());
        Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
        parts.put("figures without time per level (StatisticsService)", () -> figuresWithoutPhases(services, f, viewer));
        parts.put("time per level: levelChanges (JpaLevelHistory)", () -> services.history.levelChanges(f, viewer));
        parts.put("time per level: signalDays (JpaLevelHistory)", () -> services.history.signalDays(f));
        parts.put("time per level: whole (LevelTimes.figures)", () -> services.levelTimes().figures(f, viewer, code -> code));
        parts.put("target group (byTargetGroup)", () -> services.statistics.byTargetGroup(f, viewer));
        parts.put("coverage: whole (CoverageService.coverage)", () -> services.coverageService().coverage(null, null, coordinator));
        for (var kind : nl.lerendstelsel.domain.model.statistics.Participation.values()) {
            parts.put("coverage: participants " + kind + ", 12 months", () -> services.participation.participants(kind, f.from(), f.to()));
        }
        parts.forEach((name, call) -> timed(services, name, call));
    }

    /** The dashboard page: the figures and, below them, the coverage of the same period. */
    private static Page dashboard(PageServices services, String name, String theme, String region, Caller caller) {
        return new Page(name, () -> {
            StatisticsService.Dashboard figures = services.statisticsService().dashboard(null, null, theme, region, caller);
            return List.of(figures, services.coverageService().coverage(figures.filter().from(), figures.filter().to(), caller));
        });
    }

    private static Page results(PageServices services, String name, long round, String region, String province, Caller caller) {
        return new Page(name, () -> services.monitorResults().results(round, region, province, caller));
    }

    /** "Mijn gemeente": the overview and the rounds the gemeente answered. */
    private static Page myGemeente(PageServices services, String name, Caller caller) {
        return new Page(name, () -> {
            GemeenteOverview.Overview overview = services.gemeenteOverview().overview(caller);
            return List.of(overview, services.monitorResults().responsesOf(overview.organisation().getCode()));
        });
    }

    /** Every figure of the dashboard but the time per level, by the repository calls {@code StatisticsService} makes. */
    private static Object figuresWithoutPhases(PageServices services, StatisticsFilter f, nl.lerendstelsel.domain.model.bottleneck.Viewer v) {
        LocalDate today = f.to();
        return List.of(services.statistics.reported(f, v), services.statistics.reportedPerDay(f, v), services.statistics.finished(f, v),
                services.statistics.overdue(f, v, today, StatisticsService.LIST_MAX), services.statistics.overdueCount(f, v, today),
                services.statistics.mostSupported(f, v, StatisticsService.LIST_MAX), services.statistics.signals(f, false),
                services.statistics.signals(f, true), services.statistics.overdueSignals(f, today, StatisticsService.LIST_MAX),
                services.statistics.followUp(f, today), services.statistics.byTargetGroup(f, v));
    }

    private static void timed(PageServices services, String name, Supplier<Object> call) {
        for (int i = 0; i < WARM_UP; i++) {
            services.call(call);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            services.call(call);
            nanos[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(nanos);
        say("%-60s %8.1f %8.1f %8.1f", name, StatisticsBenchmark.ms(StatisticsBenchmark.percentile(nanos, 50)),
                StatisticsBenchmark.ms(StatisticsBenchmark.percentile(nanos, 95)), StatisticsBenchmark.ms(nanos[runs - 1]));
    }

    /** What the scenarios need from the data, read from the database (so a reused one works as a fresh one). */
    private record Facts(Map<String, String> organisationOf, Map<String, String> subjectOf, Set<Long> facilitated, String topTheme,
                         String topRegion, String topProvince, String smallGemeente, long newestRound, Map<String, Long> rows) {

        static Facts read(Connection c) throws SQLException {
            Map<String, String> organisationOf = new HashMap<>();
            Map<String, String> subjectOf = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT subject, username, organisation_code, roles FROM user_profile")) {
                while (rs.next()) {
                    organisationOf.put(rs.getString(1), rs.getString(3));
                    subjectOf.put(rs.getString(2), rs.getString(1));
                    if (rs.getString(4).toUpperCase(java.util.Locale.ROOT).contains("PROFESSIONAL") && rs.getString(3) != null) {
                        subjectOf.putIfAbsent("professional of " + rs.getString(3), rs.getString(1));
                    }
                }
            }
            Set<Long> facilitated = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.cop_id FROM cop_membership m JOIN user_profile u ON u.id = m.user_id"
                    + " WHERE u.username = 'facilitator' AND m.member_role = 'FACILITATOR' AND m.status = 'ACTIEF'");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facilitated.add(rs.getLong(1));
                }
            }
            String since = "'" + LocalDate.now(ZONE).minusYears(1).plusDays(1) + "'";
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : List.of("bottleneck", "bottleneck_event", "bottleneck_support", "bottleneck_target_group", "szw_signal",
                    "cop_membership", "qa_question", "monitor_round", "monitor_question", "monitor_response", "monitor_answer")) {
                rows.put(table, Long.parseLong(first(c, "SELECT COUNT(*) FROM " + table)));
            }
            return new Facts(organisationOf, subjectOf, facilitated,
                    first(c, "SELECT theme_code FROM bottleneck WHERE reported_on >= " + since + " GROUP BY theme_code ORDER BY COUNT(*) DESC"),
                    first(c, "SELECT o.region_code FROM bottleneck b JOIN organisation o ON o.code = b.gemeente_code WHERE b.reported_on >= "
                            + since + " GROUP BY o.region_code ORDER BY COUNT(*) DESC"),
                    first(c, "SELECT province FROM organisation WHERE kind = 'GEMEENTE' GROUP BY province ORDER BY COUNT(*) DESC"),
                    first(c, "SELECT o.code FROM organisation o LEFT JOIN bottleneck b ON b.gemeente_code = o.code WHERE o.kind = 'GEMEENTE'"
                            + " AND EXISTS (SELECT 1 FROM user_profile u WHERE u.organisation_code = o.code)"
                            + " GROUP BY o.code ORDER BY COUNT(b.id), o.code"),
                    Long.parseLong(first(c, "SELECT id FROM monitor_round ORDER BY opens_on DESC")), rows);
        }

        private static String first(Connection c, String sql) throws SQLException {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                if (!rs.next()) {
                    throw new IllegalStateException("No data for: " + sql);
                }
                return rs.getString(1);
            }
        }

        String subject(String username) {
            return subjectOf.get(username);
        }

        String professionalOf(String gemeente) {
            return subjectOf.get("professional of " + gemeente);
        }

        String summary() {
            List<String> parts = new ArrayList<>();
            rows.forEach((table, n) -> parts.add(String.format("%,d %s", n, table)));
            return String.join(", ", parts);
        }
    }

    private static void say(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println(line);
        REPORT.append(line).append('\n');
    }
}
