package nl.lerendstelsel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import nl.lerendstelsel.infrastructure.persistence.Migrations;

/**
 * {@code tools/generate-data.sh}: fills an empty database with the reference data set of quality.md (see
 * {@link ReferenceDataGenerator}), embedded Derby where {@code run.sh} keeps it or any JDBC database such as PostgreSQL.
 * Runs the application's migrations first, refuses a database that already holds data unless told {@code --force},
 * shows a progress bar on a terminal (plain lines otherwise) and ends with the rows per table and the time taken.
 */
public final class GenerateData {

    private static final String USAGE = """
            Gebruik / usage: tools/generate-data.sh [opties / options]

              --knelpunten N     knelpunten (standaard / default 100000, het referentievolume van quality.md); de andere
                                 aantallen schalen mee / the other volumes scale with it: per 100,000 knelpunten 5,000
                                 users, 2,000 signals, 10,000 Q&A entries, 50 CoPs, 200,000 posts
              --users N  --signals N  --qa N  --cops N  --posts N      een aantal zelf kiezen / override one volume
              --seed N           zaad van de generator (standaard 42): zelfde zaad en dag, zelfde gegevens / same seed and day, same data
              --today YYYY-MM-DD de dag waarop de gegevens eindigen (standaard vandaag) / the day the data ends (default today)
              --data-dir DIR     embedded Derby in DIR/derby/lerend-stelsel, waar `LERENDSTELSEL_DATA_DIR=DIR ./run.sh` hem
                                 gebruikt (standaard ./data) / where run.sh uses it (default ./data)
              --db-url URL --db-user U --db-password P    een andere database, bijv. / another database, e.g.
                                 jdbc:postgresql://localhost:5432/lerend (gebruiker en wachtwoord standaard / default lerend)
              --force            een database die al gegevens heeft eerst leegmaken / empty a database that has data first
            """;

    private GenerateData() {
    }

    public static void main(String[] args) throws Exception {
        // as the application runs (run.sh): timestamps are stored as UTC wall-clock times
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("FOUT / ERROR: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(USAGE);
            return;
        }
        try {
            run(options);
        } catch (Refused e) {
            System.err.println("FOUT / ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(Options options) throws Exception {
        long started = System.nanoTime();
        PrintStream out = System.out;
        String url = options.url();
        out.printf("Referentiegegevens genereren / generating reference data%n  database: %s%n  volumes:  %s%n  seed %d, today %s%n",
                url, options.volumes, options.seed, options.today);

        if (options.dataDir != null) {
            // a bulk load touches every index page over and over: a bigger page cache than the server's default 1,000 pages
            // and fewer checkpoints (each writes every dirty page): one per 128 MB of log instead of 10 MB
            Map.of("derby.storage.pageCacheSize", "16000", "derby.storage.checkpointInterval", "128000000",
                    "derby.storage.logSwitchInterval", "128000000").forEach((key, value) -> {
                        if (System.getProperty(key) == null) {
                            System.setProperty(key, value);
                        }
                    });
            Files.createDirectories(options.dataDir.resolve("derby"));
            System.setProperty("derby.stream.error.file", options.dataDir.resolve("logs").resolve("derby.log").toString());
            Files.createDirectories(options.dataDir.resolve("logs"));
        }
        String existing = existingData(url, options.user, options.password);
        if (existing != null) {
            if (!options.force) {
                throw new Refused("De database bevat al gegevens (" + existing + "). Kies een lege database, of gebruik --force om"
                        + " hem eerst leeg te maken. / The database already holds data (" + existing + "); use an empty database,"
                        + " or --force to empty it first.");
            }
            out.println("  --force: de bestaande gegevens worden verwijderd / emptying the database (" + existing + ")");
            Migrations.clean(url, options.user, options.password);
        }
        if (options.dataDir != null) {
            // the application rebuilds its search index from the database at every start; an old index must not linger
            deleteRecursively(options.dataDir.resolve("search"));
        }
        int applied = Migrations.migrate(url, options.user, options.password);
        out.printf("  schema: %d migraties uitgevoerd / migrations applied%n", applied);

        // the data ends now, or at 18:00 on the given day (so the same seed and day give the same data), never in the future
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        java.time.Instant end = options.todayGiven ? options.today.atTime(18, 0).atZone(zone).toInstant() : java.time.Instant.now();
        Clock clock = Clock.fixed(end.isAfter(java.time.Instant.now()) ? java.time.Instant.now() : end, zone);
        ProgressBar bar = new ProgressBar(out, System.console() != null);
        ReferenceDataGenerator generator;
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", options.user);
        properties.setProperty("password", options.password);
        // PostgreSQL: a batch of inserts as multi-row INSERT statements (the driver's documented bulk option)
        properties.setProperty("reWriteBatchedInserts", "true");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            generator = new ReferenceDataGenerator(connection, options.volumes, options.seed, clock, bar);
            generator.generate();
            bar.finish();
            if (url.startsWith("jdbc:derby:")) {
                long statistics = System.nanoTime();
                ReferenceDataGenerator.updateDerbyStatistics(connection);
                out.printf("  indexstatistieken bijgewerkt / index statistics updated (%.0f s)%n", (System.nanoTime() - statistics) / 1e9);
            } else {
                try (Statement analyse = connection.createStatement()) {
                    connection.setAutoCommit(true);
                    analyse.execute("ANALYZE");
                }
            }
        } finally {
            if (url.startsWith("jdbc:derby:")) {
                shutdownDerby(url);
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        out.println();
        out.println("Klaar / done. Rijen per tabel / rows per table:");
        long total = 0;
        for (Map.Entry<String, Long> table : generator.rowsPerTable().entrySet()) {
            out.printf("  %-28s %,12d%n", table.getKey(), table.getValue());
            total += table.getValue();
        }
        out.printf("  %-28s %,12d%n", "totaal / total", total);
        out.println("Knelpunten per niveau en status / per level and status: " + generator.knelpuntenPerLevelAndStatus());
        if (options.dataDir != null) {
            out.printf("Database: %s (%,d MB)%n", options.dataDir.resolve("derby").resolve("lerend-stelsel"),
                    directorySize(options.dataDir.resolve("derby").resolve("lerend-stelsel")) >> 20);
            out.printf("Starten / start: LERENDSTELSEL_DATA_DIR=%s ./run.sh%n", options.dataDir);
        }
        out.printf("Tijd / elapsed: %d min %02d s (processortijd van dit proces / CPU time of this process %.0f s; belasting / load"
                + " average %.1f on %d cores)%n", (long) seconds / 60, (long) seconds % 60, cpuSeconds(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Processor time of this JVM so far (on a shared machine a steadier figure than the elapsed time). */
    private static double cpuSeconds() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** What the database already holds, or null when it is empty (no schema yet, or a schema without rows). */
    static String existingData(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            boolean derby = url.startsWith("jdbc:derby:");
            String schema = connection.getSchema();
            List<String> tables = List.of("user_profile", "bottleneck", "cop", "qa_entry", "szw_signal", "organisation");
            StringBuilder found = new StringBuilder();
            for (String table : tables) {
                try (ResultSet rs = connection.getMetaData().getTables(null, derby ? schema.toUpperCase() : schema,
                        derby ? table.toUpperCase() : table, new String[]{"TABLE"})) {
                    if (!rs.next()) {
                        continue;
                    }
                }
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    long count = rs.getLong(1);
                    if (count > 0) {
                        found.append(found.length() == 0 ? "" : ", ").append(table).append(": ").append(String.format("%,d", count));
                    }
                }
            }
            return found.length() > 0 ? found.toString() : null;
        }
    }

    private static void shutdownDerby(String url) {
        String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        try {
            DriverManager.getConnection(base + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a successful shutdown of one database as SQLState 08006
            if (!"08006".equals(expected.getSQLState())) {
                System.out.println("  Derby shutdown: " + expected.getMessage());
            }
        }
    }

    /** Bytes of all files under {@code directory}. */
    public static long directorySize(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Deletes {@code directory} with everything in it, if it exists. */
    public static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A clear refusal (exit 1) rather than a stack trace. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The command line. */
    static final class Options {
        ReferenceDataGenerator.Volumes volumes;
        long seed = 42;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Path dataDir;
        String dbUrl;
        String user = "lerend";
        String password = "lerend";
        boolean todayGiven;
        boolean force;
        boolean help;

        String url() {
            return dbUrl != null ? dbUrl
                    : "jdbc:derby:" + dataDir.resolve("derby").resolve("lerend-stelsel").toAbsolutePath() + ";create=true";
        }

        static Options parse(String[] args) {
            Options o = new Options();
            Integer knelpunten = null;
            Integer users = null;
            Integer signals = null;
            Integer qa = null;
            Integer cops = null;
            Integer posts = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.isBlank()) {
                    continue;
                }
                switch (arg) {
                    case "-h", "--help" -> o.help = true;
                    case "--force" -> o.force = true;
                    case "--knelpunten" -> knelpunten = number(args, ++i, arg);
                    case "--users" -> users = number(args, ++i, arg);
                    case "--signals" -> signals = number(args, ++i, arg);
                    case "--qa" -> qa = number(args, ++i, arg);
                    case "--cops" -> cops = number(args, ++i, arg);
                    case "--posts" -> posts = number(args, ++i, arg);
                    case "--seed" -> o.seed = Long.parseLong(value(args, ++i, arg));
                    case "--today" -> {
                        o.today = LocalDate.parse(value(args, ++i, arg));
                        o.todayGiven = true;
                    }
                    case "--data-dir" -> o.dataDir = Paths.get(value(args, ++i, arg));
                    case "--db-url" -> o.dbUrl = value(args, ++i, arg);
                    case "--db-user" -> o.user = value(args, ++i, arg);
                    case "--db-password" -> o.password = value(args, ++i, arg);
                    default -> throw new IllegalArgumentException("onbekende optie / unknown option: " + arg);
                }
            }
            if (o.dbUrl != null && o.dataDir != null) {
                throw new IllegalArgumentException("--data-dir en --db-url sluiten elkaar uit / use either --data-dir or --db-url");
            }
            if (o.dbUrl == null && o.dataDir == null) {
                o.dataDir = Paths.get("data");
            }
            ReferenceDataGenerator.Volumes v = ReferenceDataGenerator.Volumes.reference(knelpunten == null ? 100_000 : knelpunten);
            try {
                v = users == null ? v : v.withUsers(users);
                v = signals == null ? v : v.withSignals(signals);
                v = qa == null ? v : v.withQa(qa);
                v = cops == null ? v : v.withCops(cops);
                v = posts == null ? v : v.withPosts(posts);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            o.volumes = v;
            return o;
        }

        private static int number(String[] args, int i, String option) {
            try {
                int n = Integer.parseInt(value(args, i, option).replace("_", "").replace(",", ""));
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " verwacht een getal / expects a number");
            }
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " mist een waarde / needs a value");
            }
            return args[i];
        }
    }

    /** A bar redrawn in place on a terminal; a line per 10 % otherwise. */
    static final class ProgressBar implements ReferenceDataGenerator.Progress {
        private final PrintStream out;
        private final boolean terminal;
        private String phase;
        private long total;
        private long phaseStarted;
        private int lastShown = -1;

        ProgressBar(PrintStream out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        @Override
        public void phase(String name, long total) {
            finish();
            this.phase = name;
            this.total = Math.max(1, total);
            this.phaseStarted = System.nanoTime();
            this.lastShown = -1;
            advance(0);
        }

        @Override
        public void advance(long done) {
            if (phase == null) {
                return;
            }
            int percent = (int) Math.min(100, done * 100 / total);
            double seconds = (System.nanoTime() - phaseStarted) / 1e9;
            if (terminal) {
                int width = 30;
                int filled = percent * width / 100;
                out.printf("\r  %-40.40s [%s%s] %3d%% %,d/%,d %.0f s ", phase, "#".repeat(filled), ".".repeat(width - filled), percent, done,
                        total, seconds);
                out.flush();
            } else if (percent / 10 != lastShown / 10 || lastShown < 0) {
                out.printf("  %s: %d%% (%,d/%,d, %.0f s)%n", phase, percent, done, total, seconds);
            }
            lastShown = percent;
        }

        void finish() {
            if (phase != null) {
                if (lastShown < 100) {
                    advance(total);
                }
                if (terminal) {
                    out.println();
                }
                phase = null;
            }
        }
    }
}
