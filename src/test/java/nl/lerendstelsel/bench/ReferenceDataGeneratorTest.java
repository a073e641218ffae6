package nl.lerendstelsel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.Deadline;
import nl.lerendstelsel.domain.model.bottleneck.DeadlinePolicy;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Requirement;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Transition;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.SignalWorkflow;
import nl.lerendstelsel.infrastructure.persistence.Migrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference data generator on a small volume in in-memory Derby with the real migrations: the volumes asked for,
 * the same data from the same seed, and the invariants of the domain — every knelpunt's level, status, assignee,
 * feedback, finished day and service-level clock follow from replaying its history through the workflow table and the
 * deadline policy; supports one per organisation and never the reporter's; signals through their own workflow, holding
 * their knelpunten at system level once submitted; Q&amp;A versions and sign-offs; posts by members; monitor rounds
 * and target groups; sequences and reference counters after the generated rows.
 */
class ReferenceDataGeneratorTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = LocalDate.of(2026, 11, 26).atTime(18, 0).atZone(ZONE).toInstant();
    private static final ReferenceDataGenerator.Volumes VOLUMES = new ReferenceDataGenerator.Volumes(600, 800, 30, 100, 5, 400);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static Connection db;
    private static ReferenceDataGenerator generator;

    private static final java.util.TimeZone ZONE_BEFORE = java.util.TimeZone.getDefault();

    @BeforeAll
    static void generate() throws SQLException {
        // as the application runs (run.sh): timestamps as UTC wall-clock times, so no hour is ambiguous at the change of DST
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        db = generated(7L, VOLUMES);
        generator = lastGenerator;
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
        java.util.TimeZone.setDefault(ZONE_BEFORE);
    }

    @Test
    void theVolumesAskedForAndAllGemeenten() throws SQLException {
        assertEquals(800, count("bottleneck"));
        assertEquals(600, count("user_profile WHERE id >= 0"), "the people asked for, besides the neutral \"Voormalig deelnemer\" of V17");
        assertEquals(30, count("szw_signal"));
        assertEquals(100, count("qa_entry"));
        assertEquals(5, count("cop"));
        assertEquals(400, count("cop_post"));
        assertEquals(342, count("organisation WHERE kind = 'GEMEENTE'"));
        assertEquals(17, count("theme"));
        for (Map.Entry<String, Long> table : generator.rowsPerTable().entrySet()) {
            assertEquals(table.getValue(), count(table.getKey().equals("user_profile") ? "user_profile WHERE id >= 0" : table.getKey()),
                    table.getKey());
        }
        assertTrue(count("bottleneck_event") > 3 * 800, "histories");
        assertTrue(count("bottleneck_support") > 800, "about 1.5 supports per knelpunt");
        assertTrue(count("bottleneck_term") > 10 * 800, "similarity terms");
        assertEquals(0, count("user_profile u WHERE u.id >= 0 AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.code = u.organisation_code)"));
        // every gemeente has a professional, and the demo accounts have their Keycloak subjects
        assertEquals(342, count("organisation o WHERE o.kind = 'GEMEENTE' AND EXISTS (SELECT 1 FROM user_profile u"
                + " WHERE u.organisation_code = o.code)"));
        assertEquals(1, count("user_profile WHERE username = 'coordinator' AND subject = '6c0e5d1a-0d3e-4b7a-9c1f-000000000004'"));
        assertEquals(1, count("user_profile WHERE username = 'gebruiker00100' AND subject = '"
                + ReferenceDataGenerator.generatedSubject(100) + "'"));
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws Exception {
        ReferenceDataGenerator.Volumes small = new ReferenceDataGenerator.Volumes(600, 150, 5, 20, 5, 100);
        try (Connection first = generated(11L, small); Connection second = generated(11L, small); Connection other = generated(12L, small)) {
            for (String table : List.of("user_profile", "cop_membership", "bottleneck", "bottleneck_event", "bottleneck_support",
                    "bottleneck_term", "szw_signal", "szw_signal_event", "qa_version", "qa_approval", "cop_post")) {
                assertEquals(digest(first, table), digest(second, table), table);
            }
            assertNotEquals(digest(first, "bottleneck"), digest(other, "bottleneck"));
        }
    }

    @Test
    void everyKnelpuntIsWhereItsHistoryTookIt() throws SQLException {
        DeadlinePolicy policy = new DeadlinePolicy(WorkingDayCalendar.statutory(), 10, 15, 10);
        Map<Long, List<Map<String, Object>>> history = new HashMap<>();
        for (Map<String, Object> e : rows("SELECT * FROM bottleneck_event ORDER BY bottleneck_id, occurred_at, id")) {
            history.computeIfAbsent((Long) e.get("BOTTLENECK_ID"), k -> new ArrayList<>()).add(e);
        }
        int checked = 0;
        for (Map<String, Object> b : rows("SELECT * FROM bottleneck")) {
            long id = (Long) b.get("ID");
            List<Map<String, Object>> events = history.get(id);
            Map<String, Object> first = events.get(0);
            assertEquals(BottleneckEvent.REPORTED, first.get("ACTION_CODE"));
            assertEquals(b.get("REPORTER_ID"), first.get("ACTOR_ID"));
            assertEquals(b.get("REPORTED_AT"), first.get("OCCURRED_AT"));
            Level level = Level.EXECUTION;
            Status status = Status.GEMELD;
            Instant reported = ((Timestamp) b.get("REPORTED_AT")).toInstant();
            Deadline clock = policy.onReport(null, LocalDate.ofInstant(reported, ZONE));
            Long assignee = null;
            String resolution = null;
            Instant last = reported;
            for (Map<String, Object> e : events.subList(1, events.size())) {
                Action action = Action.valueOf((String) e.get("ACTION_CODE"));
                assertEquals(level.name(), e.get("FROM_LEVEL"), "from level, " + b.get("REFERENCE"));
                assertEquals(status.name(), e.get("FROM_STATUS"), "from status, " + b.get("REFERENCE"));
                Transition t = BottleneckWorkflow.find(level, status, action).orElseThrow(() -> new AssertionError(
                        b.get("REFERENCE") + ": " + action + " is not in the table from " + e.get("FROM_LEVEL") + "/" + e.get("FROM_STATUS")));
                assertEquals(t.toLevel().name(), e.get("TO_LEVEL"));
                assertEquals(t.toStatus().name(), e.get("TO_STATUS"));
                assertTrue(t.requirement().isSatisfiedBy((String) e.get("EVENT_TEXT")), "requirement of " + action);
                Instant at = ((Timestamp) e.get("OCCURRED_AT")).toInstant();
                assertFalse(at.isBefore(last), "history in order");
                assertFalse(at.isAfter(NOW), "nothing in the future");
                assertEquals(action == Action.TERMIJN_VERLOPEN || action == Action.SIGNAAL_BEANTWOORD
                                || action == Action.SIGNAAL_OVERGENOMEN, e.get("ACTOR_ID") == null,
                        "only the system acts without a person");
                clock = policy.after(level, status, t.toLevel(), t.toStatus(), clock, null, LocalDate.ofInstant(at, ZONE));
                if (t.requirement() == Requirement.FEEDBACK) {
                    resolution = (String) e.get("EVENT_TEXT");
                }
                if (action == Action.IN_BEHANDELING_NEMEN) {
                    assignee = (Long) e.get("ACTOR_ID");
                } else if (t.changesLevel()) {
                    assignee = null;
                }
                level = t.toLevel();
                status = t.toStatus();
                last = at;
            }
            assertEquals(level.name(), b.get("LEVEL_CODE"), "level of " + b.get("REFERENCE"));
            assertEquals(status.name(), b.get("STATUS_CODE"), "status of " + b.get("REFERENCE"));
            assertEquals(assignee, b.get("ASSIGNEE_ID"), "assignee of " + b.get("REFERENCE"));
            assertEquals(resolution, b.get("RESOLUTION"), "feedback of " + b.get("REFERENCE"));
            assertEquals(last, ((Timestamp) b.get("CHANGED_AT")).toInstant(), "changed at the last step");
            assertEquals(status.isOpen() ? null : LocalDate.ofInstant(last, ZONE), date(b.get("FINISHED_ON")), "finished day");
            assertEquals(LocalDate.ofInstant(reported, ZONE), date(b.get("REPORTED_ON")));
            assertEquals(clock.due(), date(b.get("DUE_DATE")), "due day of " + b.get("REFERENCE"));
            assertEquals(clock.pausedRemaining(), b.get("PAUSED_REMAINING"));
            assertEquals(clock.waitingUntil(), date(b.get("WAITING_UNTIL")));
            checked++;
        }
        assertEquals(800, checked);
        assertTrue(generator.knelpuntenPerLevelAndStatus().keySet().containsAll(List.of("EXECUTION/GEMELD", "EXECUTION/OPGELOST",
                "LINKING/OPGELOST", "SYSTEM/OPGESCHAALD", "SYSTEM/GESLOTEN", "SYSTEM/IN_OPVOLGING")), generator.knelpuntenPerLevelAndStatus().toString());
    }

    @Test
    void fiveYearlyMonitorRoundsToAllGemeentenWithQuestionsOfEveryKindAndTheirAnswers() throws SQLException {
        assertEquals(5, count("monitor_round WHERE target_kind = 'ALLE_GEMEENTEN'"));
        assertEquals(4, count("monitor_round r WHERE EXISTS (SELECT 1 FROM monitor_round p WHERE p.id = r.previous_round_id"
                + " AND YEAR(p.opens_on) = YEAR(r.opens_on) - 1)"), "each round follows the year before");
        assertEquals(0, count("monitor_round r WHERE (SELECT COUNT(*) FROM monitor_question q WHERE q.round_id = r.id)"
                + " NOT BETWEEN 20 AND 30"), "20-30 questions a round");
        assertEquals(6, single("SELECT COUNT(DISTINCT kind) FROM monitor_question"), "every kind of question");
        // a repeated question copies one of the previous round, with the same text
        assertTrue(count("monitor_question q WHERE q.copied_from IS NOT NULL") > 4 * 15);
        assertEquals(0, count("monitor_question q WHERE q.copied_from IS NOT NULL AND NOT EXISTS (SELECT 1 FROM monitor_question c,"
                + " monitor_round r WHERE r.id = q.round_id AND c.id = q.copied_from AND c.round_id = r.previous_round_id"
                + " AND c.question = q.question)"));
        long submitted = count("monitor_response WHERE status = 'INGEDIEND'");
        assertTrue(submitted > 5 * 342 * 0.5 && submitted < 5 * 342 * 0.7, "about 60 % of the gemeenten submit: " + submitted);
        assertEquals(0, count("monitor_response s WHERE s.status = 'INGEDIEND' AND (s.submitted_at IS NULL OR NOT EXISTS"
                + " (SELECT 1 FROM user_profile u WHERE u.id = s.submitted_by AND u.organisation_code = s.organisation_code))"));
        // every answer to a question of its own round, of the question's kind
        assertEquals(0, count("monitor_answer a WHERE NOT EXISTS (SELECT 1 FROM monitor_response s JOIN monitor_question q"
                + " ON q.round_id = s.round_id WHERE s.id = a.response_id AND q.id = a.question_id)"));
        assertEquals(0, count("monitor_answer a JOIN monitor_question q ON q.id = a.question_id WHERE (q.kind = 'SCHAAL'"
                + " AND (a.number_value NOT BETWEEN 1 AND 5)) OR (q.kind = 'GETAL' AND (a.number_value < q.min_value"
                + " OR a.number_value > q.max_value)) OR (q.kind = 'OPEN' AND a.text_value IS NULL)"
                + " OR (q.kind IN ('ENKELVOUDIGE_KEUZE', 'MEERVOUDIGE_KEUZE', 'JA_NEE') AND a.choices IS NULL)"));
        assertEquals(0, count("monitor_response s WHERE s.status = 'INGEDIEND' AND EXISTS (SELECT 1 FROM monitor_question q"
                + " WHERE q.round_id = s.round_id AND q.required = 1 AND NOT EXISTS (SELECT 1 FROM monitor_answer a"
                + " WHERE a.response_id = s.id AND a.question_id = q.id))"), "required questions answered");
    }

    @Test
    void mostKnelpuntenNameATargetGroup() throws SQLException {
        long naming = single("SELECT COUNT(DISTINCT bottleneck_id) FROM bottleneck_target_group");
        assertTrue(naming > 800 * 0.5 && naming < 800 * 0.7, "about 60 % name one: " + naming);
        assertTrue(count("bottleneck_target_group WHERE target_group = 'STATUSHOUDERS'") > count("bottleneck_target_group"
                + " WHERE target_group = 'VRIJWILLIGE_INBURGERAARS'"));
    }

    @Test
    void supportsAreOnePerOrganisationAndNeverTheReportersOwn() throws SQLException {
        assertEquals(0, count("bottleneck_support s WHERE EXISTS (SELECT 1 FROM bottleneck b WHERE b.id = s.bottleneck_id"
                + " AND b.organisation_code = s.organisation_code)"));
        assertEquals(0, count("bottleneck_support s WHERE EXISTS (SELECT 1 FROM bottleneck b WHERE b.id = s.bottleneck_id"
                + " AND s.supported_at < b.reported_at)"));
        assertEquals(0, count("bottleneck_support s WHERE EXISTS (SELECT 1 FROM user_profile u WHERE u.id = s.supporter_id"
                + " AND u.organisation_code <> s.organisation_code)"));
        assertTrue(count("bottleneck WHERE proposed = 1") > 0, "some reach the escalation threshold");
        // knelpunten in a CoP were reported by one of its active members
        assertEquals(0, count("bottleneck b WHERE b.cop_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cop_membership m"
                + " WHERE m.cop_id = b.cop_id AND m.user_id = b.reporter_id AND m.status = 'ACTIEF')"));
    }

    @Test
    void signalsFollowTheirWorkflowAndHoldTheirKnelpuntenAtSystemLevel() throws SQLException {
        Map<Long, List<Map<String, Object>>> history = new HashMap<>();
        for (Map<String, Object> e : rows("SELECT * FROM szw_signal_event ORDER BY signal_id, occurred_at, id")) {
            history.computeIfAbsent((Long) e.get("SIGNAL_ID"), k -> new ArrayList<>()).add(e);
        }
        for (Map<String, Object> s : rows("SELECT * FROM szw_signal")) {
            List<Map<String, Object>> events = history.get((Long) s.get("ID"));
            assertEquals(SignalEvent.CREATED, events.get(0).get("ACTION_CODE"));
            SignalStatus status = SignalStatus.CONCEPT;
            for (Map<String, Object> e : events.subList(1, events.size())) {
                SignalAction action = SignalAction.valueOf((String) e.get("ACTION_CODE"));
                assertEquals(status.name(), e.get("FROM_STATUS"));
                SignalStatus to = null;
                for (SignalRole role : SignalRole.values()) {
                    if (SignalWorkflow.find(status, action, role).isPresent()) {
                        to = SignalWorkflow.find(status, action, role).get().to();
                    }
                }
                assertNotNull(to, s.get("REFERENCE") + ": " + action + " from " + status);
                assertEquals(to.name(), e.get("TO_STATUS"));
                status = to;
            }
            assertEquals(status.name(), s.get("STATUS"), "status of " + s.get("REFERENCE"));
            boolean submitted = status != SignalStatus.CONCEPT;
            assertEquals(submitted, s.get("SUBMITTED_AT") != null);
            assertEquals(submitted, s.get("ANSWER_DUE") != null);
            boolean answered = status == SignalStatus.BEANTWOORD || status == SignalStatus.GESLOTEN;
            assertEquals(answered, s.get("RESPONSE") != null);
            assertEquals(answered, s.get("DECISION") != null);
            for (Map<String, Object> b : rows("SELECT b.* FROM bottleneck b JOIN szw_signal_bottleneck l ON l.bottleneck_id = b.id"
                    + " WHERE l.signal_id = " + s.get("ID"))) {
                if (!submitted) {
                    assertEquals("LINKING/IN_BEHANDELING", b.get("LEVEL_CODE") + "/" + b.get("STATUS_CODE"), "in a concept");
                    continue;
                }
                assertEquals("SYSTEM", b.get("LEVEL_CODE"), "attached at submission");
                Set<String> expected = !answered ? Set.of("OPGESCHAALD")
                        : "NIET_OVERGENOMEN".equals(s.get("DECISION")) || "DOORVERWEZEN".equals(s.get("DECISION"))
                        ? Set.of("GESLOTEN", "HEROPEND") : Set.of("IN_OPVOLGING");
                assertTrue(expected.contains((String) b.get("STATUS_CODE")), b.get("REFERENCE") + " " + b.get("STATUS_CODE"));
                assertEquals(1, count("bottleneck_event WHERE bottleneck_id = " + b.get("ID") + " AND action_code = 'AAN_SIGNAAL_KOPPELEN'"
                        + " AND CAST(event_text AS VARCHAR(40)) = '" + s.get("REFERENCE") + "' AND occurred_at = TIMESTAMP('" + s.get("SUBMITTED_AT") + "')"));
            }
        }
        // and nothing reaches the system level except through a submitted signal
        assertEquals(0, count("bottleneck b WHERE b.level_code = 'SYSTEM' AND NOT EXISTS (SELECT 1 FROM szw_signal_bottleneck l"
                + " JOIN szw_signal s ON s.id = l.signal_id WHERE l.bottleneck_id = b.id AND s.status <> 'CONCEPT')"));
        assertTrue(count("szw_signal_bottleneck") >= 30);
    }

    @Test
    void qaEntriesPointToTheirPublishedVersionSignedOffByEveryPartner() throws SQLException {
        assertEquals(0, count("qa_entry e WHERE e.current_version_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM qa_version v"
                + " WHERE v.id = e.current_version_id AND v.entry_id = e.id AND v.status = 'GEPUBLICEERD')"));
        assertEquals(0, count("qa_entry e WHERE (SELECT COUNT(*) FROM qa_version v WHERE v.entry_id = e.id AND v.status = 'GEPUBLICEERD') > 1"));
        assertEquals(0, count("qa_entry e WHERE e.current_version_id IS NULL AND EXISTS (SELECT 1 FROM qa_version v"
                + " WHERE v.entry_id = e.id AND v.status = 'GEPUBLICEERD')"));
        assertEquals(0, count("qa_entry e WHERE e.latest_number <> (SELECT MAX(v.number) FROM qa_version v WHERE v.entry_id = e.id)"));
        assertEquals(0, count("qa_version v WHERE v.status IN ('GEPUBLICEERD', 'GEARCHIVEERD') AND v.published_at IS NOT NULL"
                + " AND EXISTS (SELECT 1 FROM qa_entry_partner p WHERE p.entry_id = v.entry_id AND NOT EXISTS (SELECT 1 FROM qa_approval a"
                + " WHERE a.version_id = v.id AND a.partner = p.partner))"));
        assertEquals(0, count("qa_version v WHERE v.status IN ('CONCEPT', 'TER_REVIEW') AND v.published_at IS NOT NULL"));
        assertTrue(count("qa_entry WHERE current_version_id IS NOT NULL") > 60, "most entries are published");
        assertTrue(count("qa_version WHERE status = 'CONCEPT'") > 0);
        assertEquals(0, count("qa_question WHERE status = 'BEANTWOORD' AND entry_id IS NULL"));
        assertEquals(0, count("qa_question WHERE status <> 'BEANTWOORD' AND entry_id IS NOT NULL"));
    }

    @Test
    void postsAreWrittenByMembersAndThreadsCountThem() throws SQLException {
        assertEquals(0, count("cop_post p JOIN cop_thread t ON t.id = p.thread_id WHERE NOT EXISTS (SELECT 1 FROM cop_membership m"
                + " WHERE m.cop_id = t.cop_id AND m.user_id = p.author_id AND m.status = 'ACTIEF')"));
        assertEquals(0, count("cop_thread t WHERE t.post_count <> (SELECT COUNT(*) FROM cop_post p WHERE p.thread_id = t.id)"));
        assertEquals(0, count("cop_thread t WHERE t.last_post_at <> (SELECT MAX(p.created_at) FROM cop_post p WHERE p.thread_id = t.id)"));
        assertEquals(0, count("cop_post WHERE body_html NOT LIKE '<p>%'"), "the sanitised HTML of the markup");
        assertTrue(count("cop_post WHERE body_html LIKE '%<ul>%'") > 0, "lists");
        assertEquals(0, count("cop_post_revision r JOIN cop_post p ON p.id = r.post_id WHERE p.edited_at IS NULL"));
    }

    @Test
    void theApplicationContinuesNumberingAfterTheGeneratedRows() throws SQLException {
        for (String table : List.of("user_profile", "bottleneck", "bottleneck_event", "bottleneck_support", "cop_post", "qa_version",
                "szw_signal", "szw_signal_event")) {
            long max = single("SELECT MAX(id) FROM " + table);
            long next = single("VALUES NEXT VALUE FOR " + table + "_seq");
            long block = table.equals("user_profile") ? 20 : 50;
            assertTrue(next - block >= max, table + ": sequence " + next + " hands out ids above " + max);
        }
        int year = LocalDate.ofInstant(NOW, ZONE).getYear();
        long lastNumber = single("SELECT MAX(CAST(SUBSTR(reference, 9) AS INTEGER)) FROM bottleneck WHERE reference LIKE 'KP-" + year + "-%'");
        assertEquals(lastNumber, single("SELECT last_value FROM reference_counter WHERE kind = 'KP' AND counter_year = " + year));
        long lastSignal = single("SELECT MAX(CAST(SUBSTR(reference, 10) AS INTEGER)) FROM szw_signal WHERE reference LIKE 'SIG-" + year + "-%'");
        assertEquals(lastSignal, single("SELECT last_value FROM reference_counter WHERE kind = 'SIG' AND counter_year = " + year));
    }

    @Test
    void textsAreDutchAndVaried() throws SQLException {
        long titles = single("SELECT COUNT(DISTINCT title) FROM bottleneck");
        assertTrue(titles > 300, titles + " different titles");
        assertTrue(count("bottleneck WHERE description LIKE '%inburger%' OR description LIKE '%DUO%' OR description LIKE '%taal%'") > 300);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static ReferenceDataGenerator lastGenerator;

    private static Connection generated(long seed, ReferenceDataGenerator.Volumes volumes) throws SQLException {
        String url = "jdbc:derby:memory:generator-" + DATABASES.incrementAndGet() + ";create=true";
        Migrations.migrate(url, "lerend", "lerend");
        Connection connection = DriverManager.getConnection(url, "lerend", "lerend");
        lastGenerator = new ReferenceDataGenerator(connection, volumes, seed, Clock.fixed(NOW, ZONE), ReferenceDataGenerator.Progress.NONE);
        lastGenerator.generate();
        connection.setAutoCommit(true);
        return connection;
    }

    private static String digest(Connection connection, String table) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    sha.update(String.valueOf(value(rs, c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static long count(String tableAndCondition) throws SQLException {
        return single("SELECT COUNT(*) FROM " + tableAndCondition);
    }

    private static long single(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnName(c), value(rs, c));
                }
                result.add(row);
            }
        }
        return result;
    }

    /** A column's value; text of a CLOB rather than the CLOB object. */
    private static Object value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : value;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }
}
