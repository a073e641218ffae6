package nl.lerendstelsel.application.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.statistics.StatisticsService.Dashboard;
import nl.lerendstelsel.bench.GenerateData;
import nl.lerendstelsel.bench.ReferenceDataGenerator;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.statistics.ReportDocument;
import nl.lerendstelsel.infrastructure.persistence.JpaAnnualFigures;
import nl.lerendstelsel.infrastructure.persistence.JpaLevelHistory;
import nl.lerendstelsel.infrastructure.persistence.JpaParticipationFigures;
import nl.lerendstelsel.infrastructure.persistence.JpaStatisticsRepository;
import nl.lerendstelsel.infrastructure.persistence.JpaWorkQueries;
import nl.lerendstelsel.infrastructure.report.ReportPdf;
import nl.lerendstelsel.infrastructure.report.ReportTablesZip;
import nl.lerendstelsel.interfaces.web.statistics.AnnualReportDocument;
import nl.lerendstelsel.infrastructure.persistence.Migrations;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The dashboard benchmark (not a test): for each size builds a fresh embedded Derby database with the project's Flyway
 * migrations, fills it with the reference data generator of {@code tools/generate-data.sh} ({@link ReferenceDataGenerator}:
 * the shipped reference data, 5,000 user profiles, 50 CoPs, N knelpunten spread over the last 24 months with skewed themes
 * and gemeenten, their histories, about 1.5 supports per knelpunt, signals; fixed seed; no Q&amp;A and discussions), starts EclipseLink in Java SE on it with the application's persistence unit, and times
 * {@link StatisticsService#dashboard} end to end for four callers plus every {@link JpaStatisticsRepository} method on
 * its own. Run with {@code tools/bench-dashboard.sh [knelpunten...]} (default 10,000 and 100,000); the report is also
 * written to {@code src/target/bench-dashboard/report.txt}.
 *
 * <p>Differences with the server: no JTA (RESOURCE_LOCAL, no transaction; the dashboard runs with SUPPORTS and no
 * transaction in the server too), EclipseLink's own connection pool instead of Payara's, and no weaving (no agent), so
 * the lazy to-one {@code Bottleneck.community} is read eagerly when the overdue and most-supported lists load entities.
 * Derby runs with its defaults, as in the application (page cache 1,000 pages).
 */
public final class StatisticsBenchmark {

    private static final long SEED = 20_261_126L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String DB_USER = "lerend";
    private static final String DB_PASSWORD = "lerend";
    private static final int USERS = 5_000;
    private static final int COPS = 50;
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;
    private static final int ANNUAL_RUNS = 5;
    /** Per size, before anything is timed: the four dashboards in turn for at least this long (and at least two rounds). */
    private static final long JVM_WARM_UP_SECONDS = 20;
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.statutory();
    private static final StringBuilder REPORT = new StringBuilder();

    private StatisticsBenchmark() {
    }

    // ------------------------------------------------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[]{10_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path base = targetDirectory().resolve("bench-dashboard");
        Files.createDirectories(base);
        System.setProperty("derby.stream.error.file", base.resolve("derby.log").toString());

        say("Dashboard benchmark (StatisticsBenchmark), %s", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        say("Machine: %d cores, max heap %,d MB, %s %s (%s); Derby %s, EclipseLink %s, seed %d",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vendor"), derbyVersion(),
                org.eclipse.persistence.Version.getVersion(), SEED);
        say("Method: per size first a JVM warm-up (the four dashboards in turn, >= %d s, >= 2 rounds); then per line %d warm-up"
                + " runs and %d timed runs; a fresh EntityManager per call (as a request); p95 = nearest rank (29th of 30).",
                JVM_WARM_UP_SECONDS, WARM_UP, RUNS);

        Map<Integer, Map<String, long[]>> results = new LinkedHashMap<>();
        for (int size : sizes) {
            results.put(size, runSize(size, base.resolve(String.valueOf(size))));
        }
        if (sizes.length >= 2) {
            int small = Arrays.stream(sizes).min().getAsInt();
            int large = Arrays.stream(sizes).max().getAsInt();
            say("");
            say("== p95 ratio %,d / %,d knelpunten (dashboard end to end) ==", large, small);
            say("%-52s %10s %10s %7s", "scenario", "p95 " + abbreviate(small), "p95 " + abbreviate(large), "ratio");
            for (String scenario : results.get(small).keySet()) {
                double p95Small = ms(percentile(results.get(small).get(scenario), 95));
                double p95Large = ms(percentile(results.get(large).get(scenario), 95));
                say("%-52s %10.1f %10.1f %6.1fx", scenario, p95Small, p95Large, p95Large / p95Small);
            }
        }
        Path report = base.resolve("report.txt");
        Files.writeString(report, REPORT.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("Report written to " + report);
    }

    /** One size: database, data, EclipseLink, timings. Returns the sorted dashboard timings per scenario. */
    private static Map<String, long[]> runSize(int knelpunten, Path directory) throws Exception {
        GenerateData.deleteRecursively(directory);
        Files.createDirectories(directory.getParent());
        String url = "jdbc:derby:" + directory.toAbsolutePath() + ";create=true";
        say("");
        say("== %,d knelpunten ==", knelpunten);

        long started = System.nanoTime();
        Migrations.migrate(url, DB_USER, DB_PASSWORD);
        System.out.printf("  schema migrated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        // the reference data set (tools/generate-data.sh) without Q&A and discussions, which the dashboard does not read
        ReferenceDataGenerator data;
        try (Connection connection = DriverManager.getConnection(url, DB_USER, DB_PASSWORD)) {
            data = new ReferenceDataGenerator(connection, ReferenceDataGenerator.Volumes.reference(knelpunten).withUsers(USERS)
                    .withCops(COPS).withQa(0).withPosts(0), SEED, Clock.system(ZONE), ReferenceDataGenerator.Progress.NONE);
            data.generate();
            ReferenceDataGenerator.updateDerbyStatistics(connection);
        }
        long dataSeconds = Math.round((System.nanoTime() - started) / 1e9);
        say("Data: %s; schema + insert + index statistics %d s; database %,d MB on disk (%s)", summary(data), dataSeconds,
                GenerateData.directorySize(directory) >> 20, directory);

        EntityManagerFactory emf = Persistence.createEntityManagerFactory("lerend-stelsel", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver",
                "jakarta.persistence.jdbc.url", "jdbc:derby:" + directory.toAbsolutePath(),
                "jakarta.persistence.jdbc.user", DB_USER,
                "jakarta.persistence.jdbc.password", DB_PASSWORD,
                "eclipselink.weaving", "false",
                // without weaving EclipseLink warns once per lazy relation that it loads it eagerly; known, not news
                "eclipselink.logging.level.metadata", "SEVERE",
                "eclipselink.session-event-listener", SqlCounter.class.getName()));
        Map<String, long[]> timings = new LinkedHashMap<>();
        try {
            Harness harness = new Harness(emf, data);
            checkEntitiesAreMapped(emf);
            long warmUpStarted = System.nanoTime();
            int rounds = 0;
            while (rounds < 2 || System.nanoTime() - warmUpStarted < JVM_WARM_UP_SECONDS * 1_000_000_000L) {
                harness.scenarios().forEach(harness::dashboard);
                rounds++;
            }
            System.out.printf("  JVM warm-up: %d rounds of the four dashboards (%.0f s)%n", rounds,
                    (System.nanoTime() - warmUpStarted) / 1e9);

            say("");
            say("Dashboard end to end, StatisticsService.dashboard(...)          (in scope: knelpunten reported in the period;"
                    + " SQL: statements per dashboard)");
            say("%-52s %9s %5s %8s %8s %8s", "scenario", "in scope", "SQL", "p50 ms", "p95 ms", "max ms");
            for (Scenario scenario : harness.scenarios()) {
                Dashboard sample = harness.dashboard(scenario);
                for (int i = 1; i < WARM_UP; i++) {
                    harness.dashboard(scenario);
                }
                long[] nanos = time(() -> harness.dashboard(scenario));
                SqlCounter.COUNT.set(0);
                harness.dashboard(scenario);
                long statements = SqlCounter.COUNT.get();
                timings.put(scenario.name(), nanos);
                say("%-52s %,9d %5d %8.1f %8.1f %8.1f", scenario.name(), sample.reported(), statements, ms(percentile(nanos, 50)),
                        ms(percentile(nanos, 95)), ms(nanos[nanos.length - 1]));
            }
            Dashboard sample = harness.dashboard(harness.scenarios().get(0));
            say("  (coordinator default: %,d reported, %,d overdue open knelpunten, %d signal statuses, outcomes %d resolved /"
                            + " %d closed, lead time execution median %s / p90 %s working days)",
                    sample.reported(), sample.overdueTotal(), sample.signalsByStatus().size(), sample.outcomes().resolved(),
                    sample.outcomes().closed(), sample.leadTimes().get(Level.EXECUTION).median(),
                    sample.leadTimes().get(Level.EXECUTION).p90());

            say("");
            say("Repository methods on their own, coordinator default (last 12 months, no filter)");
            say("%-52s %9s %5s %8s %8s %8s", "JpaStatisticsRepository.", "rows", "SQL", "p50 ms", "p95 ms", "max ms");
            for (Map.Entry<String, Function<JpaStatisticsRepository, Object>> method : harness.methods().entrySet()) {
                Object result = harness.repository(method.getValue());
                for (int i = 1; i < WARM_UP; i++) {
                    harness.repository(method.getValue());
                }
                long[] nanos = time(() -> harness.repository(method.getValue()));
                SqlCounter.COUNT.set(0);
                harness.repository(method.getValue());
                long statements = SqlCounter.COUNT.get();
                say("%-52s %9s %5d %8.1f %8.1f %8.1f", method.getKey(), rows(result), statements, ms(percentile(nanos, 50)),
                        ms(percentile(nanos, 95)), ms(nanos[nanos.length - 1]));
            }
            int year = LocalDate.now(ZONE).getYear() - 1;
            say("");
            say("Annual report %d end to end (coordinator; figures, tables, PDF and ZIP), 1 warm-up and %d timed runs", year, ANNUAL_RUNS);
            long bytes = harness.annualReport(year);
            long[] annual = new long[ANNUAL_RUNS];
            for (int i = 0; i < ANNUAL_RUNS; i++) {
                long start = System.nanoTime();
                harness.annualReport(year);
                annual[i] = System.nanoTime() - start;
            }
            Arrays.sort(annual);
            say("%-52s %8.1f %8.1f   (PDF %,d bytes)", "annual report, p50 / max ms", ms(percentile(annual, 50)),
                    ms(annual[annual.length - 1]), bytes);
        } finally {
            emf.close();
            shutdown(directory);
        }
        return timings;
    }

    // ------------------------------------------------------------------------------------------------ the application

    /** The application's service and repository wired by hand on one EntityManagerFactory. */
    private static final class Harness {

        private final EntityManagerFactory emf;
        private final JpaStatisticsRepository repository = new JpaStatisticsRepository();
        private final JpaLevelHistory levelHistory = new JpaLevelHistory();
        private final JpaWorkQueries workQueries = new JpaWorkQueries();
        private final JpaParticipationFigures participation = new JpaParticipationFigures();
        private final JpaAnnualFigures annualFigures = new JpaAnnualFigures();
        private final StatisticsService service;
        private final Map<String, String> organisationOf;
        private final Set<Long> facilitated;
        private final List<nl.lerendstelsel.domain.model.theme.Theme> themeList;
        private final List<nl.lerendstelsel.domain.model.organisation.Organisation> gemeenteList;
        private final Field em;
        private final List<Scenario> scenarios;
        private final StatisticsFilter coordinatorFilter;
        private final Viewer coordinatorViewer;

        Harness(EntityManagerFactory emf, ReferenceDataGenerator data) throws ReflectiveOperationException {
            this.emf = emf;
            em = JpaStatisticsRepository.class.getSuperclass().getDeclaredField("em"); // JpaRepositoryBase holds it
            em.setAccessible(true);
            organisationOf = data.organisationOfSubject();
            facilitated = data.facilitatedByDemoFacilitator();
            // reference data as the server's shared cache holds it: read once
            EntityManager reader = emf.createEntityManager();
            try {
                themeList = reader.createQuery("SELECT t FROM Theme t", nl.lerendstelsel.domain.model.theme.Theme.class).getResultList();
                gemeenteList = reader.createQuery("SELECT o FROM Organisation o WHERE o.region IS NOT NULL",
                        nl.lerendstelsel.domain.model.organisation.Organisation.class).getResultList();
            } finally {
                reader.close();
            }
            service = newService();

            Caller coordinator = new Caller(data.demoSubject("coordinator"), Set.of(Role.COORDINATOR), "bench");
            Caller ministry = new Caller(data.demoSubject("ministry"), Set.of(Role.MINISTRY), "bench");
            Caller facilitator = new Caller(data.demoSubject("facilitator"), Set.of(Role.FACILITATOR, Role.PROFESSIONAL), "bench");
            scenarios = List.of(
                    new Scenario("coordinator, last 12 months, no filter", coordinator, null, null),
                    new Scenario("ministry, theme " + data.topTheme() + " (largest)", ministry, data.topTheme(), null),
                    new Scenario("coordinator, region " + data.topRegion() + " (largest)", coordinator, null, data.topRegion()),
                    new Scenario("facilitator, " + facilitated.size() + " CoPs " + facilitated, facilitator, null, null));
            LocalDate today = service.today();
            coordinatorFilter = StatisticsFilter.lastYear(today);
            coordinatorViewer = service.queries.viewer(coordinator);
        }

        List<Scenario> scenarios() {
            return scenarios;
        }

        /**
         * A service wired by hand. Every measured dashboard gets a new one: the service keeps figures for a minute, and
         * the benchmark measures computing them.
         */
        private StatisticsService newService() {
            StatisticsService fresh = new StatisticsService();
            fresh.statistics = repository;
            fresh.queries = new BottleneckQueries() {
                @Override
                public Viewer viewer(Caller caller) {
                    return Viewer.of(caller.subject(), organisationOf.get(caller.subject()), caller.roles());
                }
            };
            fresh.communities = new CommunityService() {
                @Override
                public Set<Long> communitiesOf(Caller caller, boolean facilitatorOnly) {
                    return facilitated;
                }
            };
            fresh.referenceData = new ReferenceDataService() {
                @Override
                public List<nl.lerendstelsel.domain.model.theme.Theme> themes() {
                    return themeList;
                }

                @Override
                public List<nl.lerendstelsel.domain.model.organisation.Organisation> gemeenten(String regionCode) {
                    return gemeenteList;
                }
            };
            fresh.calendar = CALENDAR;
            fresh.clock = Clock.system(ZONE);
            LevelTimes times = new LevelTimes();
            times.history = levelHistory;
            times.calendar = CALENDAR;
            fresh.levelTimes = times;
            fresh.work = workQueries;
            return fresh;
        }

        /**
         * The annual report of {@code year} for the coordinator end to end as the page's background job makes it: the
         * figures (dashboard of the year, coverage, CoP and Q&A counts; the generated data holds no monitor rounds), the
         * tables, the PDF and the ZIP. Answers the PDF's size in bytes.
         */
        long annualReport(int year) {
            Caller coordinator = scenarios.get(0).caller();
            return withEntityManager(() -> {
                AnnualReportService annual = new AnnualReportService();
                annual.statistics = newService();
                CoverageService coverage = new CoverageService();
                coverage.participation = participation;
                coverage.referenceData = annual.statistics.referenceData;
                coverage.dashboard = annual.statistics;
                coverage.clock = annual.statistics.clock;
                annual.coverage = coverage;
                annual.figures = annualFigures;
                annual.monitorRounds = new MonitorService() {
                    @Override
                    public List<MonitorRound> rounds(Caller caller) {
                        return List.of();
                    }
                };
                annual.clock = annual.statistics.clock;
                ReportDocument document = AnnualReportDocument.of(annual.report(year, coordinator, part -> { }), Locale.forLanguageTag("nl"));
                byte[] pdf = ReportPdf.render(document);
                ReportTablesZip.render(document);
                return (long) pdf.length;
            });
        }

        Dashboard dashboard(Scenario scenario) {
            return withEntityManager(() -> newService().dashboard(null, null, scenario.themeCode(), scenario.regionCode(), scenario.caller()));
        }

        Object repository(Function<JpaStatisticsRepository, Object> call) {
            return withEntityManager(() -> call.apply(repository));
        }

        /** Every repository method as the coordinator-default dashboard calls it. */
        Map<String, Function<JpaStatisticsRepository, Object>> methods() {
            StatisticsFilter f = coordinatorFilter;
            Viewer v = coordinatorViewer;
            LocalDate today = f.to();
            Map<String, Function<JpaStatisticsRepository, Object>> methods = new LinkedHashMap<>();
            methods.put("reported (per status, level, theme, gemeente)", r -> r.reported(f, v));
            methods.put("reportedPerDay", r -> r.reportedPerDay(f, v));
            methods.put("finished (per level, status, days)", r -> r.finished(f, v));
            methods.put("overdue (list of " + StatisticsService.LIST_MAX + ")", r -> r.overdue(f, v, today, StatisticsService.LIST_MAX));
            methods.put("overdueCount", r -> r.overdueCount(f, v, today));
            methods.put("mostSupported (list of " + StatisticsService.LIST_MAX + ")", r -> r.mostSupported(f, v, StatisticsService.LIST_MAX));
            methods.put("signals(by status)", r -> r.signals(f, false));
            methods.put("signals(by decision)", r -> r.signals(f, true));
            methods.put("overdueSignals (list of " + StatisticsService.LIST_MAX + ")",
                    r -> r.overdueSignals(f, today, StatisticsService.LIST_MAX));
            return methods;
        }

        /** Like a request in the server: a fresh persistence context for the call, closed afterwards. */
        private <T> T withEntityManager(java.util.function.Supplier<T> call) {
            EntityManager entityManager = emf.createEntityManager();
            try {
                for (Object repo : List.of(repository, levelHistory, workQueries, participation, annualFigures)) {
                    em.set(repo, entityManager);
                }
                return call.get();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } finally {
                entityManager.close();
            }
        }
    }

    private record Scenario(String name, Caller caller, String themeCode, String regionCode) {
    }

    /** Counts the SQL statements EclipseLink sends (registered through {@code eclipselink.session-event-listener}). */
    public static final class SqlCounter extends SessionEventAdapter {
        static final AtomicLong COUNT = new AtomicLong();

        @Override
        public void preExecuteCall(SessionEvent event) {
            COUNT.incrementAndGet();
        }
    }

    /** Fails early when the persistence unit did not pick up the entities from target/classes. */
    private static void checkEntitiesAreMapped(EntityManagerFactory emf) {
        int entities = emf.getMetamodel().getEntities().size();
        EntityManager em = emf.createEntityManager();
        try {
            long count = em.createQuery("SELECT COUNT(b) FROM Bottleneck b", Long.class).getSingleResult();
            System.out.printf("  EclipseLink started: %d entities mapped, %,d knelpunten visible through JPA%n", entities, count);
        } finally {
            em.close();
        }
    }

    /** What was generated, for the report. */
    private static String summary(ReferenceDataGenerator data) {
        Map<String, Long> rows = data.rowsPerTable();
        return String.format("%,d knelpunten (%s), %,d history lines, %,d supports, %,d signals with %,d knelpunt links, %,d users,"
                        + " %d CoPs, %d regions, %d organisations, %d themes", rows.get("bottleneck"), data.knelpuntenPerLevelAndStatus(),
                rows.get("bottleneck_event"), rows.get("bottleneck_support"), rows.get("szw_signal"), rows.get("szw_signal_bottleneck"),
                rows.get("user_profile"), rows.get("cop"), rows.get("labour_market_region"), rows.get("organisation"), rows.get("theme"));
    }

    // ------------------------------------------------------------------------------------------------------ database

    private static void shutdown(Path directory) {
        try {
            DriverManager.getConnection("jdbc:derby:" + directory.toAbsolutePath() + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006.
            if (!"08006".equals(expected.getSQLState())) {
                System.out.println("  Derby shutdown: " + expected.getMessage());
            }
        }
    }

    private static String derbyVersion() {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:version;create=true")) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            try {
                DriverManager.getConnection("jdbc:derby:memory:version;drop=true");
            } catch (SQLException dropped) {
                // 08006: dropped
            }
            return version;
        } catch (SQLException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------------------------------------------- helpers

    private static long[] time(Runnable call) {
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String rows(Object result) {
        if (result instanceof Collection<?> c) {
            return String.valueOf(c.size());
        }
        if (result instanceof Map<?, ?> m) {
            return String.valueOf(m.size());
        }
        return "= " + result;
    }

    private static String abbreviate(int size) {
        return size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
    }

    private static void say(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println(line);
        REPORT.append(line).append('\n');
    }

    /** src/target, found from where this class was compiled to (src/target/test-classes). */
    private static Path targetDirectory() throws Exception {
        Path classes = Paths.get(StatisticsBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent();
    }
}
