package nl.lerendstelsel.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Predicate;
import nl.lerendstelsel.bench.ReferenceDataGenerator;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The list's bounded id query ({@link JpaBottleneckRepository#ids}, what {@code BottleneckQueries.browse} pages through)
 * with each of the list's filters, on generated data (with restricted knelpunten) in in-memory Derby with the real
 * migrations and EclipseLink in Java SE: exactly the ids the visibility rule and the filter allow, in list order (most
 * recently changed first, the id last), cut at the bound; and the database reads them from the filter's own index
 * (V20: {@code bottleneck_list_<filter>}) in order, without sorting, stopping after the bound (quality bar P6).
 */
class FilteredBrowseTest {

    private static final String URL = "jdbc:derby:memory:filtered-browse;create=true";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final TimeZone ZONE_BEFORE = TimeZone.getDefault();

    private static Connection db;
    private static EntityManagerFactory emf;
    private static List<Row> rows;

    /** A knelpunt as the rule and the filters see it. */
    record Row(long id, String reference, Timestamp changedAt, String theme, String status, String level, String gemeente, boolean restricted,
               String organisation, long reporter) {
    }

    @BeforeAll
    static void generate() throws SQLException {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Migrations.migrate(URL, "lerend", "lerend");
        db = DriverManager.getConnection(URL, "lerend", "lerend");
        new ReferenceDataGenerator(db, new ReferenceDataGenerator.Volumes(600, 3000, 3, 0, 5, 0), 11L,
                Clock.fixed(LocalDate.of(2026, 11, 26).atTime(18, 0).atZone(ZONE).toInstant(), ZONE),
                ReferenceDataGenerator.Progress.NONE).generate();
        ReferenceDataGenerator.updateDerbyStatistics(db);
        rows = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet r = statement.executeQuery("SELECT id, reference, changed_at, theme_code, status_code, level_code, gemeente_code,"
                     + " restricted, organisation_code, reporter_id FROM bottleneck")) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getString(2), r.getTimestamp(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getBoolean(8), r.getString(9), r.getLong(10)));
            }
        }
        emf = Persistence.createEntityManagerFactory("lerend-stelsel", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "lerend",
                "jakarta.persistence.jdbc.password", "lerend",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level.metadata", "SEVERE"));
    }

    @AfterAll
    static void close() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        if (db != null) {
            if (!db.getAutoCommit()) {
                db.rollback();
            }
            db.close();
        }
        try {
            DriverManager.getConnection("jdbc:derby:memory:filtered-browse;drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped database with an exception (08006)
        }
        TimeZone.setDefault(ZONE_BEFORE);
    }

    @Test
    void theDataHasWhatTheRuleDecides() {
        assertTrue(rows.size() >= 3000, "knelpunten generated");
        assertTrue(rows.stream().filter(Row::restricted).count() > 100, "restricted knelpunten among them");
    }

    @Test
    void eachFilterReturnsExactlyTheVisibleMatchesInListOrderUpToTheBound() {
        Row sample = rows.stream().filter(Row::restricted).findFirst().orElseThrow();
        Viewer outsider = viewerOutside(sample);
        Viewer insider = Viewer.of("someone-of-" + sample.organisation(), sample.organisation(), Set.of(Role.PROFESSIONAL))
                .withProfileId(-1L);
        Viewer ministry = Viewer.of("ministry", "SZW", Set.of(Role.MINISTRY)).withProfileId(-2L);
        Viewer handler = Viewer.of("coordinator", "VNG", Set.of(Role.COORDINATOR)).withProfileId(-3L);
        String theme = largest(Row::theme);
        String gemeente = sample.gemeente();
        int checked = 0;
        for (Viewer viewer : List.of(outsider, insider, ministry, handler)) {
            for (int bound : List.of(20, 1001)) {
                check(filter(null, null, theme, null, viewer), r -> r.theme().equals(theme), viewer, bound);
                check(filter(null, Status.OPGELOST, null, null, viewer), r -> r.status().equals("OPGELOST"), viewer, bound);
                check(filter(null, Status.GEMELD, null, null, viewer), r -> r.status().equals("GEMELD"), viewer, bound);
                check(filter(Level.LINKING, null, null, null, viewer), r -> r.level().equals("LINKING"), viewer, bound);
                check(filter(Level.SYSTEM, null, null, null, viewer), r -> r.level().equals("SYSTEM"), viewer, bound);
                check(filter(null, null, null, gemeente, viewer), r -> r.gemeente().equals(gemeente), viewer, bound);
                check(filter(Level.EXECUTION, Status.OPGELOST, theme, null, viewer),
                        r -> r.level().equals("EXECUTION") && r.status().equals("OPGELOST") && r.theme().equals(theme), viewer, bound);
                check(filter(null, null, null, null, viewer), r -> true, viewer, bound);
                checked += 8;
            }
        }
        assertEquals(64, checked);
        // the outsider does not see the restricted sample, in its own gemeente's list or anywhere
        assertFalse(ids(filter(null, null, null, gemeente, outsider), 5000).contains(sample.id()));
        assertTrue(ids(filter(null, null, null, gemeente, insider), 5000).contains(sample.id()));
    }

    /**
     * Search checks its hits with {@link JpaBottleneckRepository#visibleReferences}: exactly the existing references the
     * viewer may see, for outsiders, insiders, the ministry and handlers; an unknown reference is not there.
     */
    @Test
    void searchHitsAreCheckedWithTheSameRule() {
        List<Row> restricted = rows.stream().filter(Row::restricted).toList();
        Row sample = restricted.get(0);
        List<Row> hits = new ArrayList<>(restricted.subList(0, Math.min(40, restricted.size())));
        hits.addAll(rows.stream().filter(r -> !r.restricted()).limit(20).toList());
        rows.stream().filter(r -> r.restricted() && r.level().equals("SYSTEM")).findFirst().ifPresent(hits::add);
        List<String> references = new ArrayList<>(hits.stream().map(Row::reference).toList());
        references.add("KP-1999-99999");
        for (Viewer viewer : List.of(viewerOutside(sample),
                Viewer.of("someone-of-" + sample.organisation(), sample.organisation(), Set.of(Role.PROFESSIONAL)).withProfileId(-1L),
                Viewer.of("ministry", "SZW", Set.of(Role.MINISTRY)).withProfileId(-2L),
                Viewer.of("coordinator", "VNG", Set.of(Role.COORDINATOR)).withProfileId(-3L))) {
            Set<String> expected = new java.util.HashSet<>(hits.stream().filter(r -> maySee(viewer, r)).map(Row::reference).toList());
            EntityManager em = emf.createEntityManager();
            try {
                assertEquals(expected, repository(em).visibleReferences(references, viewer), () -> "viewer " + viewer);
            } finally {
                em.close();
            }
        }
        EntityManager em = emf.createEntityManager();
        try {
            assertFalse(repository(em).visibleReferences(List.of(sample.reference()), viewerOutside(sample)).contains(sample.reference()),
                    "a restricted knelpunt is not a hit for an outsider");
            assertEquals(Set.of(), repository(em).visibleReferences(List.of(), viewerOutside(sample)));
        } finally {
            em.close();
        }
    }

    /**
     * The filtered page reads its filter's index in list order and stops after the bound: Derby's runtime statistics of
     * the very statement EclipseLink sent, on its own connection.
     */
    @Test
    void aFilteredPageWalksItsFiltersIndexWithoutSorting() {
        Row sample = rows.stream().filter(Row::restricted).findFirst().orElseThrow();
        Viewer outsider = viewerOutside(sample);
        String theme = largest(Row::theme);
        long matching = rows.stream().filter(r -> r.theme().equals(theme)).count();
        assertTrue(matching > 40, "a theme with more knelpunten than the bound");
        assertPlan(filter(null, null, theme, null, outsider), 20, "BOTTLENECK_LIST_THEME", matching);
        assertPlan(filter(null, Status.OPGELOST, null, null, outsider), 20, "BOTTLENECK_LIST_STATUS",
                rows.stream().filter(r -> r.status().equals("OPGELOST")).count());
        assertPlan(filter(Level.EXECUTION, null, null, null, outsider), 20, "BOTTLENECK_LIST_LEVEL",
                rows.stream().filter(r -> r.level().equals("EXECUTION")).count());
        String gemeente = largest(Row::gemeente);
        assertPlan(filter(null, null, null, gemeente, outsider), 5, "BOTTLENECK_LIST_GEMEENTE",
                rows.stream().filter(r -> r.gemeente().equals(gemeente)).count());
        assertPlan(filter(null, null, null, null, outsider), 20, "BOTTLENECK_LIST", rows.size());
    }

    private void assertPlan(BottleneckFilter filter, int bound, String index, long matching) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Connection connection = em.unwrap(Connection.class);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                List<Long> ids = repository(em).ids(filter, BottleneckSort.CHANGED_DESC, bound);
                assertEquals(bound, ids.size(), "a full page");
                String plan;
                try (ResultSet r = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    r.next();
                    plan = r.getString(1);
                }
                statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
                assertTrue(plan.contains("using index " + index + " "), () -> "reads " + index + ":\n" + plan);
                assertFalse(plan.contains("Sort ResultSet"), () -> "no sort:\n" + plan);
                java.util.regex.Matcher seen = java.util.regex.Pattern.compile("Rows seen = (\\d+)").matcher(plan);
                long most = 0;
                while (seen.find()) {
                    most = Math.max(most, Long.parseLong(seen.group(1)));
                }
                assertTrue(most < matching && most < bound * 3L,
                        "stops after the bound: read " + most + " index rows for " + bound + " of " + matching + " matching\n" + plan);
            } finally {
                em.getTransaction().rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            em.close();
        }
    }

    private void check(BottleneckFilter filter, Predicate<Row> matches, Viewer viewer, int bound) {
        List<Long> expected = rows.stream().filter(matches).filter(r -> maySee(viewer, r))
                .sorted(Comparator.comparing(Row::changedAt).thenComparing(Row::id).reversed())
                .limit(bound).map(Row::id).toList();
        assertEquals(expected, ids(filter, bound), () -> "filter " + filter);
    }

    /** Viewer.maySee on the columns: the rule the JPQL predicate has to agree with. */
    private static boolean maySee(Viewer viewer, Row row) {
        return !row.restricted() || viewer.handler() || row.organisation().equals(viewer.organisationCode())
                || viewer.profileId() != null && viewer.profileId() == row.reporter()
                || viewer.ministry() && row.level().equals("SYSTEM");
    }

    private static Viewer viewerOutside(Row restricted) {
        String other = rows.stream().map(Row::organisation).filter(o -> !o.equals(restricted.organisation())).findFirst().orElseThrow();
        long reporter = rows.stream().filter(r -> r.organisation().equals(other)).findFirst().orElseThrow().reporter();
        return Viewer.of("an-outsider", other, Set.of(Role.PROFESSIONAL)).withProfileId(reporter);
    }

    private static String largest(java.util.function.Function<Row, String> column) {
        return rows.stream().collect(java.util.stream.Collectors.groupingBy(column, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static BottleneckFilter filter(Level level, Status status, String theme, String gemeente, Viewer viewer) {
        return new BottleneckFilter(level, status, theme, gemeente, null, null, null, null, false, false, viewer);
    }

    private static List<Long> ids(BottleneckFilter filter, int bound) {
        EntityManager em = emf.createEntityManager();
        try {
            return repository(em).ids(filter, BottleneckSort.CHANGED_DESC, bound);
        } finally {
            em.close();
        }
    }

    private static JpaBottleneckRepository repository(EntityManager em) {
        JpaBottleneckRepository repository = new JpaBottleneckRepository();
        repository.em = em; // the field of JpaRepositoryBase, in this package
        return repository;
    }
}
