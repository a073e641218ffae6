package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.AuditLogService;
import nl.lerendstelsel.application.administration.RetentionService;
import nl.lerendstelsel.application.community.DiscussionQueries;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.domain.model.retention.RetentionKind;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.persistence.DataSourceConfiguration;
import nl.lerendstelsel.infrastructure.report.AuditLogCsv;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention per kind with real persistence (issue 27): each kind's period is set, items are aged by writing their moments
 * straight into the database, and one run erases exactly what the preview counted: posts of a discussion without activity
 * (text and author gone, the audit log keeps who and when), a closed signal's free texts (the signal, its decision and
 * links stay), an old notification, a question never answered, and an inactive profile (name and e-mail gone, the
 * organisation stays) whose audit entries now carry a pseudonym and no address while everyone else's keep their name.
 * The audit table still refuses every other change.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class RetentionIT extends CopFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(RetentionIT.class);
    }

    @Inject
    RetentionService retention;

    @Inject
    AuditLogService auditLog;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @PersistenceUnit(unitName = "lerend-stelsel")
    EntityManagerFactory emf;

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void everyKindIsErasedAfterItsOwnPeriodAndTheAuditLogPseudonymisesOnlyTheAnonymisedPerson() throws Exception {
        Person admin = signedIn("DIVOSA", Role.ADMIN);
        Person facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        Person leaver = signedIn("GM0344", Role.PROFESSIONAL);
        Person stayer = signedIn("GM0599", Role.PROFESSIONAL);
        Map<RetentionKind, Long> before = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            before.put(kind, (long) retention.periods().length(kind));
        }
        assertThrows(AccessDeniedException.class, () -> retention.changePeriods(Map.of(RetentionKind.BERICHTEN, 12L), stayer.caller()));
        assertThrows(InvalidInputException.class, () -> retention.changePeriods(Map.of(RetentionKind.BERICHTEN, 2L), admin.caller()),
                "shorter than the minimum of 6 months");
        retention.changePeriods(Map.of(RetentionKind.BERICHTEN, 12L, RetentionKind.SIGNALEN, 2L, RetentionKind.MELDINGEN, 3L,
                RetentionKind.VRAGEN, 6L, RetentionKind.PROFIELEN, 12L), admin.caller());
        try {
            assertEquals(12, retention.periods().length(RetentionKind.BERICHTEN));
            assertEquals(2, retention.periods().length(RetentionKind.SIGNALEN));
            assertFalse(entries(new AuditFilter(null, null, null, "INSTELLING_GEWIJZIGD", "Setting", "bewaartermijn.berichten.maanden"),
                    admin).isEmpty(), "a changed period is audited");
            Instant now = Instant.now();

            // CoP posts: a discussion last active 13 months ago, and a recent one
            long cop = cop(admin, "CoP bewaartermijn", "Ervaringen met de brede intake.",
                    "brede-intake", facilitator, leaver, stayer);
            DiscussionThread old = discussions.start(cop, "Wachttijd taaltoets", DiscussionService.Body.markup("Bij ons duurt het zes weken."),
                    leaver.caller());
            Post oldReply = discussions.reply(old.getId(), DiscussionService.Body.markup("Bij ons vier weken, met een vaste planning."),
                    stayer.caller());
            DiscussionThread recent = discussions.start(cop, "Brede intake in de praktijk",
                    DiscussionService.Body.markup("Wie werkt al met de nieuwe intake?"), stayer.caller());
            discussions.reply(recent.getId(), DiscussionService.Body.markup("Wij sinds januari, het bevalt goed."), leaver.caller());
            execute("UPDATE cop_thread SET last_post_at = ? WHERE id = ?", ts(now.minus(DAY.multipliedBy(400))), old.getId());

            // notifications: one of the stayer's is four months old (due after 3), another a day old
            long agedNotification = notification(stayer.id(), now.minus(DAY.multipliedBy(125)));
            long keptNotification = notification(stayer.id(), now.minus(DAY));

            // signals: one closed three years ago (due after 2 years), one closed a year ago
            String knelpunt = reporting.report(InContainer.knelpunt("Wachtlijst leerbaarheidstoets (bewaartermijn signaal)",
                    "leerbaarheidstoets"), leaver.caller()).getReference();
            long knelpuntId = number("SELECT id FROM bottleneck WHERE reference = ?", knelpunt);
            long oldSignal = signal(stayer.id(), now.minus(DAY.multipliedBy(3 * 366)), knelpuntId);
            long recentSignal = signal(stayer.id(), now.minus(DAY.multipliedBy(366)), knelpuntId);

            // questions: one never answered, seven months old; one answered as old; one new
            long oldQuestion = question(leaver.id(), "NIEUW", now.minus(DAY.multipliedBy(215)));
            long answeredQuestion = question(leaver.id(), "BEANTWOORD", now.minus(DAY.multipliedBy(215)));
            long newQuestion = question(stayer.id(), "NIEUW", now.minus(DAY));

            // profiles: the leaver last signed in 13 months ago
            execute("UPDATE user_profile SET last_sign_in = ? WHERE id = ?", ts(now.minus(DAY.multipliedBy(400))), leaver.id());
            assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE actor = ?", leaver.username()) > 0);

            RetentionService.Preview preview = retention.preview(admin.caller());
            Map<RetentionKind, Long> due = new EnumMap<>(RetentionKind.class);
            preview.kinds().forEach(k -> due.put(k.kind(), k.due()));
            assertTrue(due.get(RetentionKind.BERICHTEN) >= 2, due.toString());
            assertTrue(due.get(RetentionKind.SIGNALEN) >= 1, due.toString());
            assertTrue(due.get(RetentionKind.MELDINGEN) >= 1, due.toString());
            assertTrue(due.get(RetentionKind.VRAGEN) >= 1, due.toString());
            assertTrue(due.get(RetentionKind.PROFIELEN) >= 1, due.toString());
            assertEquals(preview.total() + due.values().stream().mapToLong(Long::longValue).sum() - due.get(RetentionKind.KNELPUNTEN),
                    preview.allDue());

            assertThrows(AccessDeniedException.class, () -> retention.runNow(facilitator.caller()));
            RetentionService.Run run = retention.runNow(admin.caller());
            for (RetentionKind kind : RetentionKind.values()) {
                assertEquals(due.get(kind).intValue(), run.erased(kind), "the preview counted what the run erased: " + kind);
            }

            // posts: texts and authors gone, the audit keeps who (by profile id) and when; the recent discussion untouched
            assertEquals(List.of(List.of("", "", -1L), List.of("", "", -1L)),
                    rows("SELECT body, body_html, author_id FROM cop_post WHERE thread_id = ? ORDER BY id", old.getId()));
            assertEquals(-1L, number("SELECT author_id FROM cop_thread WHERE id = ?", old.getId()), "the starter detached");
            assertEquals(0, count("SELECT COUNT(*) FROM cop_thread_follower WHERE thread_id = ?", old.getId()));
            assertEquals(0, count("SELECT COUNT(*) FROM cop_post WHERE thread_id = ? AND erased_at IS NOT NULL", recent.getId()));
            assertEquals(2, count("SELECT COUNT(*) FROM cop_post WHERE thread_id = ? AND author_id > 0", recent.getId()));
            List<AuditEntry> erasedPost = entries(new AuditFilter(null, null, null, "COP_BERICHT_GEWIST_BEWAARTERMIJN", "Post",
                    String.valueOf(oldReply.getId())), admin);
            assertEquals(1, erasedPost.size());
            assertTrue(erasedPost.get(0).getDetails().contains("auteur=profiel " + stayer.id() + ", geschreven="), erasedPost.get(0).getDetails());
            DiscussionQueries.PostView placeholder = discussionQueries.read(old.getId(), 1, stayer.caller()).items().get(1);
            assertTrue(placeholder.post().isErased());
            assertEquals("", placeholder.html());

            // signals: the free texts and people gone; status, decision, dates and the link to the knelpunt stay
            assertEquals(List.of(List.of("", "", "null", "null", "GESLOTEN", "OVERGENOMEN", -1L)), strings(rows("SELECT problem, analysis,"
                    + " response, proposal_text, status, decision, author_id FROM szw_signal WHERE id = ?", oldSignal)));
            assertEquals(List.of(List.of("null")), strings(rows("SELECT event_text FROM szw_signal_event WHERE signal_id = ?", oldSignal)));
            assertEquals(List.of(List.of("", -1L)), rows("SELECT body, author_id FROM szw_signal_message WHERE signal_id = ?", oldSignal));
            assertEquals(List.of(List.of("")), rows("SELECT body FROM szw_signal_progress WHERE signal_id = ?", oldSignal));
            assertEquals(1, count("SELECT COUNT(*) FROM szw_signal_bottleneck WHERE signal_id = ?", oldSignal));
            assertNotNull(rows("SELECT closed_at FROM szw_signal WHERE id = ?", oldSignal).get(0).get(0));
            assertEquals(List.of(List.of("Het probleem blijft.", "Analyse volgt.")),
                    rows("SELECT problem, analysis FROM szw_signal WHERE id = ?", recentSignal), "closed a year ago: untouched");

            // notifications: the old one deleted, the others kept
            assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE id = ?", agedNotification));
            assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE id = ?", keptNotification));

            // questions: only the one never answered and old enough
            assertEquals(List.of(List.of("", -1L, "AFGEWEZEN")), rows("SELECT text, asked_by, status FROM qa_question WHERE id = ?", oldQuestion));
            assertEquals("Mag de gemeente de toets zelf afnemen?", rows("SELECT text FROM qa_question WHERE id = ?", answeredQuestion).get(0).get(0));
            assertEquals("Mag de gemeente de toets zelf afnemen?", rows("SELECT text FROM qa_question WHERE id = ?", newQuestion).get(0).get(0));

            // the profile: name and e-mail gone, organisation kept, the Keycloak link cut
            List<Object> profile = rows("SELECT display_name, email, organisation_code, subject, anonymised_at FROM user_profile WHERE id = ?",
                    leaver.id()).get(0);
            assertEquals("Voormalig deelnemer", profile.get(0));
            assertNull(profile.get(1));
            assertEquals("GM0344", profile.get(2), "the organisation stays for the statistics");
            assertFalse(leaver.subject().equals(profile.get(3)));
            assertNotNull(profile.get(4));

            // the audit log: the events stay, with the pseudonym and no address; everyone else keeps their name
            String pseudonym = AuditEntry.pseudonym(leaver.id());
            assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE actor = ?", leaver.username()));
            List<AuditEntry> signIns = entries(new AuditFilter(null, null, null, "AANGEMELD", "UserProfile", leaver.subject()), admin);
            assertEquals(1, signIns.size(), "the sign-in event stays");
            assertEquals(pseudonym, signIns.get(0).getActor());
            assertNull(signIns.get(0).getOrigin(), "its address is gone");
            assertTrue(signIns.get(0).isActorPseudonymised());
            assertEquals("geanonimiseerd", AuditLogCsv.row(signIns.get(0)).get(1), "the export says so");
            List<AuditEntry> stayerSignIn = entries(new AuditFilter(null, null, null, "AANGEMELD", "UserProfile", stayer.subject()), admin);
            assertEquals(stayer.username(), stayerSignIn.get(0).getActor());
            assertEquals(InContainer.ORIGIN, stayerSignIn.get(0).getOrigin());
            assertEquals(stayer.username(), AuditLogCsv.row(stayerSignIn.get(0)).get(1));
            assertEquals(1, entries(new AuditFilter(null, null, null, "PROFIEL_GEANONIMISEERD", "UserProfile", pseudonym), admin).size());

            // the exception is narrow: nothing else about an entry may change, and a pseudonym stays a pseudonym
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                long stayerEntry = stayerSignIn.get(0).getId();
                long leaverEntry = signIns.get(0).getId();
                assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_entry SET actor = 'pseudoniem:1', origin = NULL,"
                        + " action = 'IETS_ANDERS' WHERE id = " + stayerEntry));
                assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_entry SET actor = 'pseudoniem:1', origin = '10.0.0.1'"
                        + " WHERE id = " + stayerEntry));
                assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_entry SET actor = 'pseudoniem:2' WHERE id = "
                        + leaverEntry));
                assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_entry SET actor = 'iemand' WHERE id = " + leaverEntry));
                assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_entry WHERE id = " + leaverEntry));
            }

            // the run is audited with its counts, shown as the last run; a second run finds nothing left
            RetentionService.LastRun last = retention.lastRun(admin.caller()).orElseThrow();
            assertTrue(last.counts().contains("berichten=" + run.erased(RetentionKind.BERICHTEN)), last.counts());
            assertTrue(last.counts().contains("profielen=" + run.erased(RetentionKind.PROFIELEN)), last.counts());
            RetentionService.Run again = retention.runNow(admin.caller());
            for (RetentionKind kind : RetentionKind.values()) {
                assertEquals(0, again.erased(kind), "nothing left: " + kind);
            }
        } finally {
            retention.changePeriods(before, admin.caller());
        }
    }

    /** A signal closed at {@code closedAt} with every free text filled, a history line, a clarification, progress and a knelpunt. */
    private long signal(long author, Instant closedAt, long knelpunt) throws Exception {
        long id = 900_000_000L + ThreadLocalRandom.current().nextInt(90_000_000);
        execute("INSERT INTO szw_signal (id, reference, title, problem, analysis, urgency, proposal, status, author_id, created_at,"
                        + " changed_at, closed_at, decision, response, proposal_text, responder_id, version)"
                        + " VALUES (?, ?, 'Toetsafname bij de gemeente', 'Het probleem blijft.', 'Analyse volgt.', 'GEMIDDELD', 'AANPASSING_WET_REGELGEVING',"
                        + " 'GESLOTEN', ?, ?, ?, ?, 'OVERGENOMEN', 'SZW neemt het voorstel over.', 'Artikel aanpassen.', ?, 0)",
                id, "SIG-T" + id, author, ts(closedAt.minus(DAY.multipliedBy(60))), ts(closedAt), ts(closedAt), author);
        execute("INSERT INTO szw_signal_event (id, signal_id, occurred_at, actor_id, action_code, from_status, to_status, event_text)"
                + " VALUES (?, ?, ?, ?, 'SLUITEN', 'BEANTWOORD', 'GESLOTEN', 'Afgerond na overleg met de coördinator.')", id, id, ts(closedAt), author);
        execute("INSERT INTO szw_signal_message (id, signal_id, author_id, side, kind, body, created_at)"
                + " VALUES (?, ?, ?, 'COORDINATOR', 'VRAAG', 'Kunt u de aantallen per regio geven?', ?)", id, id, author, ts(closedAt));
        execute("INSERT INTO szw_signal_progress (id, signal_id, author_id, body, created_at)"
                + " VALUES (?, ?, ?, 'Wetsvoorstel in consultatie.', ?)", id, id, author, ts(closedAt));
        execute("INSERT INTO szw_signal_bottleneck (signal_id, bottleneck_id) VALUES (?, ?)", id, knelpunt);
        return id;
    }

    private long notification(long recipient, Instant createdAt) throws Exception {
        long id = 900_000_000L + ThreadLocalRandom.current().nextInt(90_000_000);
        execute("INSERT INTO notification (id, recipient_id, kind, reference, title, body, created_at, read_at, email_status,"
                + " email_attempts, version) VALUES (?, ?, 'DISCUSSIE', 'CoP-1', 'Nieuw bericht in Wachttijd taaltoets',"
                + " 'Bij ons duurt het zes weken.', ?, NULL, 'NONE', 0, 0)", id, recipient, ts(createdAt));
        return id;
    }

    private long question(long askedBy, String status, Instant askedAt) throws Exception {
        long id = 900_000_000L + ThreadLocalRandom.current().nextInt(90_000_000);
        execute("INSERT INTO qa_question (id, asked_by, theme_code, text, status, created_at, version)"
                + " VALUES (?, ?, NULL, 'Mag de gemeente de toets zelf afnemen?', ?, ?, 0)", id, askedBy, status, ts(askedAt));
        return id;
    }

    private List<AuditEntry> entries(AuditFilter filter, Person admin) {
        return auditLog.page(filter, null, 100, admin.caller()).entries();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private void execute(String sql, Object... parameters) throws Exception {
        InContainer.execute(dataSource, emf, sql, parameters);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return number(sql, parameters);
    }

    private long number(String sql, Object... parameters) throws SQLException {
        return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    /** The rows of a query, numbers as longs and texts (CLOBs in Derby) as strings. */
    private List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        if (value instanceof java.sql.Clob clob) {
                            value = clob.getSubString(1, (int) clob.length());
                        }
                        row.add(value instanceof Number n && !(value instanceof java.math.BigDecimal) ? (Object) n.longValue() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static List<List<Object>> strings(List<List<Object>> rows) {
        return rows.stream().map(r -> r.stream().map(v -> v instanceof Long ? v : (Object) String.valueOf(v)).toList()).toList();
    }

    private Person signedIn(String organisation, Role role) {
        return new People("ret-", false).signIn(userProfiles, organisation, role);
    }
}
