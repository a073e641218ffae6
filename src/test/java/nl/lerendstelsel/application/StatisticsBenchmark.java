package nl.lerendstelsel.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.lerendstelsel.application.StatisticsService.Dashboard;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.persistence.JpaStatisticsRepository;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.flywaydb.core.Flyway;

/**
 * The dashboard benchmark (not a test): for each size builds a fresh embedded Derby database with the project's Flyway
 * migrations, fills it with JDBC batches (the shipped reference data, 5,000 user profiles, 50 CoPs, N knelpunten spread
 * over the last 24 months with skewed themes and gemeenten, about 1.5 supports per knelpunt, a few hundred signals; seeded
 * generator), starts EclipseLink in Java SE on it with the application's persistence unit, and times
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
    /** Per size, before anything is timed: the four dashboards in turn for at least this long (and at least two rounds). */
    private static final long JVM_WARM_UP_SECONDS = 20;
    /** The CoPs the benchmark facilitator facilitates. */
    private static final Set<Long> FACILITATED = Set.of(1L, 2L, 3L, 4L, 5L);
    private static final int BATCH = 1_000;
    private static final int COMMIT = 10_000;

    /** The largest gemeenten first, so the skew puts most knelpunten where most inburgeraars are. */
    private static final List<String> BIG_GEMEENTEN = List.of("GM0363", "GM0599", "GM0518", "GM0344", "GM0772", "GM0014",
            "GM0855", "GM0034", "GM0758", "GM0268", "GM0202", "GM0193", "GM0153", "GM0080", "GM0200");

    private static final String[] SUBJECTS = {"De leerbaarheidstoets", "De brede intake", "Het PIP", "De warme overdracht",
            "Het ontzorgen", "De B1-route", "De onderwijsroute", "De Z-route", "Het participatieverklaringstraject", "De taalschool",
            "De kinderopvang", "De huisvesting", "De klantmanager", "Het COA", "DUO", "De module arbeidsmarkt"};
    private static final String[] PROBLEMS = {"komt te laat", "sluit niet aan bij de leerroute", "duurt langer dan de termijn",
            "is onduidelijk voor inburgeraars", "kost gemeenten meer dan begroot", "wordt niet tijdig gedeeld", "ontbreekt in de regio",
            "vraagt om landelijke afspraken", "botst met de Participatiewet", "heeft te weinig plekken", "werkt niet voor analfabeten"};

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
        deleteRecursively(directory);
        Files.createDirectories(directory.getParent());
        String url = "jdbc:derby:" + directory.toAbsolutePath() + ";create=true";
        say("");
        say("== %,d knelpunten ==", knelpunten);

        long started = System.nanoTime();
        migrate(url);
        System.out.printf("  schema migrated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        LocalDate today = LocalDate.now(ZONE);
        DataSet data;
        try (Connection connection = DriverManager.getConnection(url, DB_USER, DB_PASSWORD)) {
            data = new DataSet(connection, knelpunten, today, new Random(SEED));
            data.insertAll();
            updateStatistics(connection);
        }
        long dataSeconds = Math.round((System.nanoTime() - started) / 1e9);
        say("Data: %s; schema + insert + index statistics %d s; database %,d MB on disk (%s)", data.summary(), dataSeconds,
                directorySize(directory) >> 20, directory);

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
        private final StatisticsService service;
        private final Map<String, String> organisationOf;
        private final List<nl.lerendstelsel.domain.model.theme.Theme> themeList;
        private final List<nl.lerendstelsel.domain.model.organisation.Organisation> gemeenteList;
        private final Field em;
        private final List<Scenario> scenarios;
        private final StatisticsFilter coordinatorFilter;
        private final Viewer coordinatorViewer;

        Harness(EntityManagerFactory emf, DataSet data) throws ReflectiveOperationException {
            this.emf = emf;
            em = JpaStatisticsRepository.class.getDeclaredField("em");
            em.setAccessible(true);
            organisationOf = data.subjects();
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

            Caller coordinator = new Caller(DataSet.COORDINATOR, Set.of(Role.COORDINATOR), "bench");
            Caller ministry = new Caller(DataSet.MINISTRY, Set.of(Role.MINISTRY), "bench");
            Caller facilitator = new Caller(DataSet.FACILITATOR, Set.of(Role.FACILITATOR, Role.PROFESSIONAL), "bench");
            scenarios = List.of(
                    new Scenario("coordinator, last 12 months, no filter", coordinator, null, null),
                    new Scenario("ministry, theme " + data.topTheme() + " (largest)", ministry, data.topTheme(), null),
                    new Scenario("coordinator, region " + data.topRegion() + " (largest)", coordinator, null, data.topRegion()),
                    new Scenario("facilitator, 5 CoPs " + FACILITATED.stream().sorted().toList(), facilitator, null, null));
            LocalDate today = service.today();
            coordinatorFilter = StatisticsFilter.lastYear(today);
            coordinatorViewer = service.bottlenecks.viewer(coordinator);
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
            fresh.bottlenecks = new BottleneckService() {
                @Override
                public Viewer viewer(Caller caller) {
                    return Viewer.of(caller.subject(), organisationOf.get(caller.subject()), caller.roles());
                }
            };
            fresh.communities = new CommunityService() {
                @Override
                public Set<Long> communitiesOf(Caller caller, boolean facilitatorOnly) {
                    return FACILITATED;
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
            return fresh;
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
                em.set(repository, entityManager);
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

    // ------------------------------------------------------------------------------------------------------ the data

    /** The generated reference volume, inserted with JDBC batches. */
    private static final class DataSet {

        static final String COORDINATOR = "bench-coordinator";
        static final String MINISTRY = "bench-ministry";
        static final String FACILITATOR = "bench-facilitator";

        private final Connection connection;
        private final int knelpunten;
        private final LocalDate today;
        private final Random random;

        private final List<String[]> regions = new ArrayList<>();
        private final List<String[]> gemeenten = new ArrayList<>();
        private final List<String[]> partners = new ArrayList<>();
        private final List<String[]> themes = new ArrayList<>();
        private final Map<String, String> regionOfGemeente = new HashMap<>();

        private String[] gemeenteOrder;
        private double[] gemeenteWeights;
        private String[] themeOrder;
        private double[] themeWeights;
        private double[] copWeights;

        private final String[] userOrganisation = new String[USERS + 1];
        private final String[] userSubject = new String[USERS + 1];
        private final Map<String, List<Integer>> usersOf = new HashMap<>();
        private final List<Integer> handlers = new ArrayList<>();
        private final List<Integer> partnerUsers = new ArrayList<>();
        private final List<Integer> coordinators = new ArrayList<>();
        private final List<Integer> ministry = new ArrayList<>();
        private final List<Long> escalated = new ArrayList<>();

        private final Map<String, Integer> reportedPerTheme = new HashMap<>();
        private final Map<String, Integer> reportedPerRegion = new HashMap<>();
        private final Map<String, Integer> perStatus = new java.util.TreeMap<>();
        private long supports;
        private int signals;
        private int signalLinks;
        private int overdueOpen;
        private int restricted;
        private int inCop;

        DataSet(Connection connection, int knelpunten, LocalDate today, Random random) {
            this.connection = connection;
            this.knelpunten = knelpunten;
            this.today = today;
            this.random = random;
        }

        void insertAll() throws SQLException {
            connection.setAutoCommit(false);
            referenceData();
            users();
            communities();
            bottlenecks();
            signals();
            connection.commit();
        }

        Map<String, String> subjects() {
            Map<String, String> organisations = new HashMap<>();
            for (int id = 1; id <= USERS; id++) {
                organisations.put(userSubject[id], userOrganisation[id]);
            }
            return organisations;
        }

        String topTheme() {
            return reportedPerTheme.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        String topRegion() {
            return reportedPerRegion.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        String summary() {
            return String.format("%,d knelpunten (%s; %,d open and overdue; %,d restricted; %,d in a CoP), %,d supports, %,d signals"
                            + " with %,d knelpunt links, %,d users, %d CoPs, %d regions, %d gemeenten, %d partner organisations, %d themes",
                    knelpunten, perStatus, overdueOpen, restricted, inCop, supports, signals, signalLinks, USERS, COPS, regions.size(),
                    gemeenten.size(), partners.size(), themes.size());
        }

        // reference data ------------------------------------------------------------------------------------------

        private void referenceData() throws SQLException {
            for (Map<String, String> row : SemicolonSeparatedResource.read(ReferenceDataLoader.BASE + "arbeidsmarktregios.csv")) {
                regions.add(new String[]{row.get("code"), row.get("naam")});
            }
            for (Map<String, String> row : SemicolonSeparatedResource.read(ReferenceDataLoader.BASE + "gemeenten.csv")) {
                gemeenten.add(new String[]{row.get("cbs_code"), row.get("naam"), row.get("provincie"), row.get("arbeidsmarktregio_code")});
                regionOfGemeente.put(row.get("cbs_code"), row.get("arbeidsmarktregio_code"));
            }
            for (Map<String, String> row : SemicolonSeparatedResource.read(ReferenceDataLoader.BASE + "partnerorganisaties.csv")) {
                partners.add(new String[]{row.get("code"), row.get("naam"), row.get("soort")});
            }
            for (Map<String, String> row : SemicolonSeparatedResource.read(ReferenceDataLoader.BASE + "themas.csv")) {
                themes.add(new String[]{row.get("code"), row.get("naam_nl"), row.get("naam_en"), row.get("omschrijving_nl"),
                        row.get("omschrijving_en")});
            }
            try (PreparedStatement region = connection.prepareStatement("INSERT INTO labour_market_region (code, name) VALUES (?, ?)");
                 PreparedStatement organisation = connection.prepareStatement(
                         "INSERT INTO organisation (code, name, kind, province, region_code, active) VALUES (?, ?, ?, ?, ?, TRUE)");
                 PreparedStatement theme = connection.prepareStatement("INSERT INTO theme (code, name_nl, name_en, description_nl,"
                         + " description_en, sort_order, active) VALUES (?, ?, ?, ?, ?, ?, TRUE)")) {
                for (String[] r : regions) {
                    region.setString(1, r[0]);
                    region.setString(2, r[1]);
                    region.addBatch();
                }
                region.executeBatch();
                for (String[] g : gemeenten) {
                    organisation.setString(1, g[0]);
                    organisation.setString(2, g[1]);
                    organisation.setString(3, "GEMEENTE");
                    organisation.setString(4, g[2]);
                    organisation.setString(5, g[3]);
                    organisation.addBatch();
                }
                for (String[] p : partners) {
                    organisation.setString(1, p[0]);
                    organisation.setString(2, p[1]);
                    organisation.setString(3, p[2]);
                    organisation.setNull(4, Types.VARCHAR);
                    organisation.setNull(5, Types.VARCHAR);
                    organisation.addBatch();
                }
                organisation.executeBatch();
                int order = 0;
                for (String[] t : themes) {
                    for (int c = 0; c < 5; c++) {
                        theme.setString(c + 1, t[c]);
                    }
                    theme.setInt(6, order += 10);
                    theme.addBatch();
                }
                theme.executeBatch();
            }
            // Skew: the largest gemeenten first, then the rest in a seeded random order; Zipf-like weights over that order.
            List<String> order = new ArrayList<>(BIG_GEMEENTEN.stream().filter(regionOfGemeente::containsKey).toList());
            List<String> rest = new ArrayList<>(gemeenten.stream().map(g -> g[0]).filter(c -> !order.contains(c)).toList());
            java.util.Collections.shuffle(rest, random);
            order.addAll(rest);
            gemeenteOrder = order.toArray(String[]::new);
            gemeenteWeights = zipf(gemeenteOrder.length, 0.9);
            List<String> themeList = new ArrayList<>(themes.stream().map(t -> t[0]).toList());
            java.util.Collections.shuffle(themeList, random);
            themeOrder = themeList.toArray(String[]::new);
            themeWeights = zipf(themeOrder.length, 1.0);
            copWeights = zipf(COPS, 0.6);
            System.out.printf("  reference data: %d regions, %d gemeenten, %d partner organisations, %d themes%n", regions.size(),
                    gemeenten.size(), partners.size(), themes.size());
        }

        // users ----------------------------------------------------------------------------------------------------

        private void users() throws SQLException {
            List<String> partnerCodes = partners.stream().map(p -> p[0]).filter(c -> !c.equals("SZW")).toList();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO user_profile (id, subject, username, display_name,"
                    + " email, organisation_code, roles, active, first_sign_in, last_sign_in) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                for (int id = 1; id <= USERS; id++) {
                    String organisation;
                    String roles;
                    if (id == 1 || id <= 30 && id >= 4) {
                        organisation = id % 2 == 0 ? "VNG" : "DIVOSA";
                        roles = "coordinator";
                        coordinators.add(id);
                    } else if (id == 2 || id > 30 && id <= 60) {
                        organisation = "SZW";
                        roles = "ministry";
                        ministry.add(id);
                    } else if (id == 3) {
                        organisation = gemeenteOrder[0];
                        roles = "professional,facilitator";
                    } else if (id - 61 < gemeenteOrder.length) {
                        organisation = gemeenteOrder[id - 61]; // at least one user in every gemeente
                        roles = random.nextInt(100) < 8 ? "professional,facilitator" : "professional";
                    } else if (random.nextInt(100) < 12) {
                        organisation = partnerCodes.get(random.nextInt(partnerCodes.size()));
                        roles = "professional";
                    } else {
                        organisation = gemeenteOrder[pick(gemeenteWeights)];
                        roles = random.nextInt(100) < 8 ? "professional,facilitator" : "professional";
                    }
                    String subject = id == 1 ? COORDINATOR : id == 2 ? MINISTRY : id == 3 ? FACILITATOR
                            : String.format("%08x-bench-%05d", random.nextInt(), id);
                    userOrganisation[id] = organisation;
                    userSubject[id] = subject;
                    if (regionOfGemeente.containsKey(organisation)) {
                        usersOf.computeIfAbsent(organisation, k -> new ArrayList<>()).add(id);
                    } else if (id > 60) {
                        partnerUsers.add(id);
                    }
                    if (roles.contains("facilitator") || roles.equals("coordinator")) {
                        handlers.add(id);
                    }
                    Timestamp first = Timestamp.from(today.minusDays(30 + random.nextInt(900)).atTime(9, 0).atZone(ZONE).toInstant());
                    insert.setLong(1, id);
                    insert.setString(2, subject);
                    insert.setString(3, "gebruiker" + id);
                    insert.setString(4, "Gebruiker " + id);
                    insert.setString(5, "gebruiker" + id + "@example.org");
                    insert.setString(6, organisation);
                    insert.setString(7, roles);
                    insert.setTimestamp(8, first);
                    insert.setTimestamp(9, Timestamp.from(today.minusDays(random.nextInt(30)).atTime(9, 0).atZone(ZONE).toInstant()));
                    insert.addBatch();
                    if (id % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            System.out.printf("  %,d user profiles (%d coordinators, %d ministry, %d handlers)%n", USERS, coordinators.size(),
                    ministry.size(), handlers.size());
        }

        // communities ----------------------------------------------------------------------------------------------

        private void communities() throws SQLException {
            try (PreparedStatement cop = connection.prepareStatement("INSERT INTO cop (id, name, description, membership_mode,"
                    + " nationwide, created_at) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement copTheme = connection.prepareStatement("INSERT INTO cop_theme (cop_id, theme_code) VALUES (?, ?)");
                 PreparedStatement copRegion = connection.prepareStatement("INSERT INTO cop_region (cop_id, region_code) VALUES (?, ?)")) {
                for (int id = 1; id <= COPS; id++) {
                    String[] theme = themes.get((id - 1) % themes.size());
                    boolean nationwide = random.nextInt(100) < 60;
                    cop.setLong(1, id);
                    cop.setString(2, "CoP " + theme[1] + " " + id);
                    cop.setString(3, "Professionals die samen werken aan " + theme[1].toLowerCase() + ".");
                    cop.setString(4, random.nextBoolean() ? "OPEN" : "OP_AANVRAAG");
                    cop.setInt(5, nationwide ? 1 : 0);
                    cop.setTimestamp(6, Timestamp.from(today.minusDays(400 + random.nextInt(700)).atTime(10, 0).atZone(ZONE).toInstant()));
                    cop.addBatch();
                    copTheme.setLong(1, id);
                    copTheme.setString(2, theme[0]);
                    copTheme.addBatch();
                    if (!nationwide) {
                        copRegion.setLong(1, id);
                        copRegion.setString(2, regions.get(random.nextInt(regions.size()))[0]);
                        copRegion.addBatch();
                    }
                }
                cop.executeBatch();
                copTheme.executeBatch();
                copRegion.executeBatch();
            }
            System.out.printf("  %d CoPs%n", COPS);
        }

        // knelpunten -----------------------------------------------------------------------------------------------

        private void bottlenecks() throws SQLException {
            String sql = "INSERT INTO bottleneck (id, reference, title, description, theme_code, gemeente_code, organisation_code,"
                    + " affected_group, estimated_scale, proposed_solution, level_code, status_code, reporter_id, assignee_id,"
                    + " reported_at, changed_at, resolution, due_date, paused_remaining, waiting_until, proposed, restricted, cop_id,"
                    + " reported_on, finished_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            String supportSql = "INSERT INTO bottleneck_support (id, bottleneck_id, supporter_id, organisation_code, gemeente_code,"
                    + " note, supported_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
            Map<Integer, Integer> referenceCounter = new HashMap<>();
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(sql);
                 PreparedStatement support = connection.prepareStatement(supportSql)) {
                for (long id = 1; id <= knelpunten; id++) {
                    String gemeente = gemeenteOrder[pick(gemeenteWeights)];
                    List<Integer> local = usersOf.get(gemeente);
                    int reporter = random.nextInt(100) < 85 ? local.get(random.nextInt(local.size()))
                            : partnerUsers.get(random.nextInt(partnerUsers.size()));
                    String organisation = userOrganisation[reporter];
                    String theme = themeOrder[pick(themeWeights)];

                    int age = (int) (730 * Math.pow(random.nextDouble(), 1.15));
                    LocalDate reportedOn = today.minusDays(age);
                    if (!CALENDAR.isWorkingDay(reportedOn) && random.nextInt(100) < 85) {
                        LocalDate earlier = CALENDAR.plusWorkingDays(reportedOn, -1);
                        reportedOn = earlier.isBefore(today.minusDays(729)) ? CALENDAR.plusWorkingDays(reportedOn, 1) : earlier;
                        reportedOn = reportedOn.isAfter(today) ? earlier : reportedOn;
                    }
                    Instant reportedAt = reportedOn.atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60))
                            .atZone(ZONE).toInstant();

                    // The level where it ends up (or is now), and the lead time it takes there.
                    int levelDraw = random.nextInt(100);
                    Level level = levelDraw < 78 ? Level.EXECUTION : levelDraw < 94 ? Level.LINKING : Level.SYSTEM;
                    double median = switch (level) {
                        case EXECUTION -> 9;
                        case LINKING -> 32;
                        case SYSTEM -> 80;
                    };
                    long leadDays = Math.max(0, Math.round(median * Math.exp(0.8 * random.nextGaussian())));
                    LocalDate finishedOn = reportedOn.plusDays(leadDays);
                    boolean finished = !finishedOn.isAfter(today) && random.nextInt(100) >= 4;

                    Status status;
                    LocalDate due = null;
                    Integer pausedRemaining = null;
                    LocalDate waitingUntil = null;
                    Instant changedAt;
                    Integer assignee = null;
                    boolean proposed = false;
                    if (finished) {
                        status = level == Level.SYSTEM ? Status.OPGELOST
                                : random.nextInt(100) < (level == Level.EXECUTION ? 75 : 70) ? Status.OPGELOST : Status.GESLOTEN;
                        changedAt = max(reportedAt, finishedOn.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(ZONE).toInstant());
                        assignee = level == Level.SYSTEM ? null : handlers.get(random.nextInt(handlers.size()));
                    } else {
                        finishedOn = null;
                        status = openStatus(level);
                        // The day it entered its current queue: the report for new ones at execution, else recently.
                        LocalDate queued = level == Level.EXECUTION && status == Status.GEMELD ? reportedOn
                                : latest(reportedOn, today.minusDays(Math.round(-12 * Math.log(1 - random.nextDouble()))));
                        changedAt = max(reportedAt, queued.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(ZONE).toInstant());
                        if (status == Status.WACHT_OP_INFORMATIE) {
                            pausedRemaining = random.nextInt(14) - 3;
                            waitingUntil = CALENDAR.plusWorkingDays(latest(queued, today.minusDays(random.nextInt(14))), 10);
                        } else if (level != Level.SYSTEM) {
                            due = CALENDAR.plusWorkingDays(queued, level == Level.EXECUTION ? 10 : 15);
                            if (due.isBefore(today)) {
                                overdueOpen++;
                            }
                        }
                        if (status == Status.IN_BEHANDELING || status == Status.WACHT_OP_INFORMATIE) {
                            assignee = handlers.get(random.nextInt(handlers.size()));
                        }
                        proposed = level == Level.EXECUTION && random.nextInt(100) < 4;
                    }
                    if (level != Level.EXECUTION) {
                        escalated.add(id);
                    }
                    boolean isRestricted = random.nextInt(100) < 10;
                    Long cop = random.nextInt(100) < 30 ? (long) pick(copWeights) + 1 : null;
                    restricted += isRestricted ? 1 : 0;
                    inCop += cop == null ? 0 : 1;
                    perStatus.merge(level.name() + "/" + status.name(), 1, Integer::sum);
                    if (!reportedOn.isBefore(today.minusYears(1).plusDays(1))) {
                        reportedPerTheme.merge(theme, 1, Integer::sum);
                        reportedPerRegion.merge(regionOfGemeente.get(gemeente), 1, Integer::sum);
                    }

                    int year = reportedOn.getYear();
                    int number = referenceCounter.merge(year, 1, Integer::sum);
                    String title = pick(SUBJECTS) + " " + pick(PROBLEMS);
                    insert.setLong(1, id);
                    insert.setString(2, String.format("KP-%d-%05d", year, number));
                    insert.setString(3, title);
                    insert.setString(4, title + ". Inburgeraars in " + gemeente + " merken dat " + pick(SUBJECTS).toLowerCase() + " "
                            + pick(PROBLEMS) + "; dit speelt al enkele maanden.");
                    insert.setString(5, theme);
                    insert.setString(6, gemeente);
                    insert.setString(7, organisation);
                    setNullable(insert, 8, random.nextInt(100) < 60 ? "Statushouders in de " + pick(new String[]{"B1-route", "Z-route",
                            "onderwijsroute"}) : null);
                    setNullable(insert, 9, random.nextInt(100) < 70 ? pick(new String[]{"ENKELEN", "TIENTALLEN", "HONDERDEN"}) : null);
                    setNullable(insert, 10, random.nextInt(100) < 40 ? "Maak landelijke afspraken hierover." : null);
                    insert.setString(11, level.name());
                    insert.setString(12, status.name());
                    insert.setLong(13, reporter);
                    if (assignee == null) {
                        insert.setNull(14, Types.BIGINT);
                    } else {
                        insert.setLong(14, assignee);
                    }
                    insert.setTimestamp(15, Timestamp.from(reportedAt));
                    insert.setTimestamp(16, Timestamp.from(changedAt));
                    setNullable(insert, 17, finished ? "Afgehandeld: de uitvoering is aangepast en de melder is geïnformeerd." : null);
                    setDate(insert, 18, due);
                    if (pausedRemaining == null) {
                        insert.setNull(19, Types.INTEGER);
                    } else {
                        insert.setInt(19, pausedRemaining);
                    }
                    setDate(insert, 20, waitingUntil);
                    insert.setInt(21, proposed ? 1 : 0);
                    insert.setInt(22, isRestricted ? 1 : 0);
                    if (cop == null) {
                        insert.setNull(23, Types.BIGINT);
                    } else {
                        insert.setLong(23, cop);
                    }
                    setDate(insert, 24, reportedOn);
                    setDate(insert, 25, finishedOn);
                    insert.addBatch();

                    // "Ook bij ons": a geometric number of supports with mean 1.5, one per organisation, never the reporter's.
                    Set<String> supporting = new HashSet<>();
                    supporting.add(organisation);
                    for (int k = 0; random.nextDouble() < 0.6 && k < 60; k++) {
                        int supporter = 61 + random.nextInt(USERS - 60);
                        if (!supporting.add(userOrganisation[supporter])) {
                            continue;
                        }
                        String supporterOrganisation = userOrganisation[supporter];
                        long days = ChronoUnit.DAYS.between(reportedOn, today);
                        Instant at = max(reportedAt, reportedAt.plus(random.nextInt((int) Math.min(days, 60) + 1), ChronoUnit.DAYS)
                                .plus(random.nextInt(8 * 60), ChronoUnit.MINUTES));
                        at = at.isAfter(Instant.now()) ? reportedAt : at;
                        support.setLong(1, ++supports);
                        support.setLong(2, id);
                        support.setLong(3, supporter);
                        support.setString(4, supporterOrganisation);
                        setNullable(support, 5, regionOfGemeente.containsKey(supporterOrganisation) ? supporterOrganisation : null);
                        setNullable(support, 6, random.nextInt(100) < 30 ? "Ook bij ons: zelfde ervaring." : null);
                        support.setTimestamp(7, Timestamp.from(at));
                        support.addBatch();
                    }

                    if (id % BATCH == 0) {
                        insert.executeBatch();
                        support.executeBatch();
                    }
                    if (id % COMMIT == 0) {
                        connection.commit();
                        System.out.printf("  %,d / %,d knelpunten, %,d supports (%.0f s)%n", id, knelpunten, supports,
                                (System.nanoTime() - started) / 1e9);
                    }
                }
                insert.executeBatch();
                support.executeBatch();
                connection.commit();
            }
            System.out.printf("  %,d knelpunten and %,d supports inserted (%.0f s)%n", knelpunten, supports,
                    (System.nanoTime() - started) / 1e9);
        }

        private Status openStatus(Level level) {
            int draw = random.nextInt(100);
            return switch (level) {
                case EXECUTION -> draw < 30 ? Status.GEMELD : draw < 70 ? Status.IN_BEHANDELING : draw < 82 ? Status.WACHT_OP_INFORMATIE
                        : draw < 90 ? Status.TERUGGELEGD : Status.HEROPEND;
                case LINKING -> draw < 30 ? Status.GEMELD : draw < 75 ? Status.IN_BEHANDELING : draw < 90 ? Status.WACHT_OP_INFORMATIE
                        : Status.HEROPEND;
                case SYSTEM -> draw < 90 ? Status.OPGESCHAALD : Status.HEROPEND;
            };
        }

        // signals --------------------------------------------------------------------------------------------------

        private void signals() throws SQLException {
            signals = Math.max(20, knelpunten / 250);
            String sql = "INSERT INTO szw_signal (id, reference, title, problem, analysis, urgency, proposal, status, author_id,"
                    + " created_at, changed_at, submitted_at, submitted_on, acknowledge_due, answer_due, acknowledged_at, answered_at,"
                    + " closed_at, decision, response, forum, responder_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?)";
            Map<Integer, Integer> referenceCounter = new HashMap<>();
            try (PreparedStatement insert = connection.prepareStatement(sql);
                 PreparedStatement link = connection.prepareStatement(
                         "INSERT INTO szw_signal_bottleneck (signal_id, bottleneck_id) VALUES (?, ?)")) {
                for (long id = 1; id <= signals; id++) {
                    boolean concept = random.nextInt(100) < 5;
                    int age = concept ? random.nextInt(20) : 3 + random.nextInt(700);
                    LocalDate submittedOn = concept ? null : today.minusDays(age);
                    Instant created = (concept ? today.minusDays(age) : submittedOn.minusDays(3 + random.nextInt(10)))
                            .atTime(10, 0).atZone(ZONE).toInstant();
                    SignalStatus status = concept ? SignalStatus.CONCEPT : signalStatus(age);
                    Instant submitted = concept ? null : submittedOn.atTime(11, random.nextInt(60)).atZone(ZONE).toInstant();
                    Instant acknowledged = status.ordinal() > SignalStatus.INGEDIEND.ordinal()
                            ? earliest(submitted.plus(1 + random.nextInt(10), ChronoUnit.DAYS), Instant.now()) : null;
                    boolean answered = status == SignalStatus.BEANTWOORD || status == SignalStatus.GESLOTEN;
                    Instant answeredAt = answered ? earliest(submitted.plus(20 + random.nextInt(60), ChronoUnit.DAYS), Instant.now()) : null;
                    Instant closed = status == SignalStatus.GESLOTEN ? earliest(answeredAt.plus(14, ChronoUnit.DAYS), Instant.now()) : null;
                    int decisionDraw = random.nextInt(100);
                    Decision decision = !answered ? null : decisionDraw < 30 ? Decision.OVERGENOMEN : decisionDraw < 60
                            ? Decision.DEELS_OVERGENOMEN : decisionDraw < 85 ? Decision.NIET_OVERGENOMEN : Decision.DOORVERWEZEN;
                    int year = (concept ? today : submittedOn).getYear();
                    Instant changed = closed != null ? closed : answeredAt != null ? answeredAt : acknowledged != null ? acknowledged
                            : submitted != null ? submitted : created;

                    insert.setLong(1, id);
                    insert.setString(2, String.format("SIG-%d-%03d", year, referenceCounter.merge(year, 1, Integer::sum)));
                    insert.setString(3, "Signaal: " + pick(SUBJECTS).toLowerCase() + " " + pick(PROBLEMS));
                    insert.setString(4, "Gemeenten melden dat " + pick(SUBJECTS).toLowerCase() + " " + pick(PROBLEMS) + ".");
                    insert.setString(5, "De knelpunten laten zien dat dit in meerdere regio's speelt.");
                    insert.setString(6, pick(new String[]{"LAAG", "GEMIDDELD", "HOOG"}));
                    insert.setString(7, pick(new String[]{"AANPASSING_WET_REGELGEVING", "AANPASSING_UITVOERING", "FINANCIERING",
                            "VERDUIDELIJKING"}));
                    insert.setString(8, status.name());
                    insert.setLong(9, coordinators.get(random.nextInt(coordinators.size())));
                    insert.setTimestamp(10, Timestamp.from(created));
                    insert.setTimestamp(11, Timestamp.from(changed));
                    setTimestamp(insert, 12, submitted);
                    setDate(insert, 13, submittedOn);
                    setDate(insert, 14, concept ? null : CALENDAR.plusWorkingDays(submittedOn, 10));
                    setDate(insert, 15, concept ? null : CALENDAR.plusWorkingDays(submittedOn, 40));
                    setTimestamp(insert, 16, acknowledged);
                    setTimestamp(insert, 17, answeredAt);
                    setTimestamp(insert, 18, closed);
                    setNullable(insert, 19, decision == null ? null : decision.name());
                    setNullable(insert, 20, answered ? "Het ministerie heeft het signaal beoordeeld; zie de toelichting." : null);
                    setNullable(insert, 21, decision == Decision.DOORVERWEZEN ? "Bestuurlijk Overleg Inburgering" : null);
                    if (answered) {
                        insert.setLong(22, ministry.get(random.nextInt(ministry.size())));
                    } else {
                        insert.setNull(22, Types.BIGINT);
                    }
                    insert.addBatch();

                    Set<Long> bundled = new HashSet<>();
                    int size = 1 + random.nextInt(5);
                    while (bundled.size() < size) {
                        bundled.add(random.nextInt(100) < 80 && !escalated.isEmpty() ? escalated.get(random.nextInt(escalated.size()))
                                : 1 + (long) random.nextInt(knelpunten));
                    }
                    for (long bottleneck : bundled) {
                        link.setLong(1, id);
                        link.setLong(2, bottleneck);
                        link.addBatch();
                        signalLinks++;
                    }
                }
                insert.executeBatch();
                link.executeBatch();
            }
            System.out.printf("  %,d signals with %,d knelpunt links%n", signals, signalLinks);
        }

        /** Where a submitted signal stands {@code age} days after submission; old ones are mostly answered or closed. */
        private SignalStatus signalStatus(int age) {
            int draw = random.nextInt(100);
            if (age < 10) {
                return draw < 70 ? SignalStatus.INGEDIEND : SignalStatus.ONTVANGEN;
            }
            if (age < 60) {
                return draw < 5 ? SignalStatus.INGEDIEND : draw < 30 ? SignalStatus.ONTVANGEN : draw < 70 ? SignalStatus.IN_BEHANDELING
                        : draw < 80 ? SignalStatus.VRAGEN : SignalStatus.BEANTWOORD;
            }
            return draw < 2 ? SignalStatus.ONTVANGEN : draw < 9 ? SignalStatus.IN_BEHANDELING : draw < 12 ? SignalStatus.VRAGEN
                    : draw < 42 ? SignalStatus.BEANTWOORD : SignalStatus.GESLOTEN;
        }

        // helpers --------------------------------------------------------------------------------------------------

        private int pick(double[] cumulative) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return Math.min(index < 0 ? -index - 1 : index, cumulative.length - 1);
        }

        private String pick(String[] from) {
            return from[random.nextInt(from.length)];
        }
    }

    // ------------------------------------------------------------------------------------------------------ database

    private static void migrate(String url) throws ReflectiveOperationException {
        // The application's own placeholders (DatabaseMigration.placeholdersFor is package-private there).
        Method placeholders = Class.forName("nl.lerendstelsel.infrastructure.persistence.DatabaseMigration")
                .getDeclaredMethod("placeholdersFor", String.class);
        placeholders.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) placeholders.invoke(null, "Apache Derby");
        Flyway.configure(StatisticsBenchmark.class.getClassLoader())
                .dataSource(url, DB_USER, DB_PASSWORD)
                .locations("classpath:db/migration")
                .placeholders(values)
                .placeholderReplacement(true)
                .load()
                .migrate();
    }

    /** Derby's optimizer statistics for the big tables, as its background statistics daemon keeps them in the server. */
    private static void updateStatistics(Connection connection) throws SQLException {
        long started = System.nanoTime();
        String schema = connection.getSchema();
        try (PreparedStatement update = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
            for (String table : List.of("BOTTLENECK", "BOTTLENECK_SUPPORT", "USER_PROFILE", "SZW_SIGNAL", "SZW_SIGNAL_BOTTLENECK",
                    "ORGANISATION", "THEME", "LABOUR_MARKET_REGION", "COP")) {
                update.setString(1, schema);
                update.setString(2, table);
                update.execute();
            }
        }
        connection.commit();
        System.out.printf("  index statistics updated (%.1f s)%n", (System.nanoTime() - started) / 1e9);
    }

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

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }

    private static void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

    /** src/target, found from where this class was compiled to (src/target/test-classes). */
    private static Path targetDirectory() throws Exception {
        Path classes = Paths.get(StatisticsBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent();
    }

    private static long directorySize(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
