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
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.AttachmentService;
import nl.lerendstelsel.application.AuditLogService;
import nl.lerendstelsel.application.BottleneckService;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.CommentService;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.PeopleService;
import nl.lerendstelsel.application.RetentionJob;
import nl.lerendstelsel.application.RetentionService;
import nl.lerendstelsel.application.UserProfileService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.infrastructure.persistence.DataSourceConfiguration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administration with real persistence (Arquillian, Payara Micro): retention anonymises exactly the knelpunten past their
 * period and only the people in them; audit entries carry all six fields and the database refuses to change them;
 * withdrawn access is refused; only admins get in. Time travel by moving stored days back, never by waiting.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "lerend-stelsel.war")
                .importFrom(new File(System.getProperty("lerend.war", "target/lerend-stelsel.war")))
                .as(WebArchive.class)
                .addClasses(AdministrationIT.class, Stack.class, Stack.Running.class);
    }

    @Inject
    BottleneckService bottlenecks;

    @Inject
    CommentService comments;

    @Inject
    AttachmentService attachments;

    @Inject
    UserProfileService userProfiles;

    @Inject
    PeopleService people;

    @Inject
    AuditLogService auditLog;

    @Inject
    RetentionService retention;

    @Inject
    RetentionJob retentionJob;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @PersistenceUnit(unitName = "lerend-stelsel")
    EntityManagerFactory emf;

    @Test
    void retentionAnonymisesExactlyTheOldClosedKnelpuntAndOnlyItsPeople() throws Exception {
        Caller reporter = signedIn("GM0344", Role.PROFESSIONAL);
        Caller supporter = signedIn("GM0599", Role.PROFESSIONAL);
        Caller facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        Caller admin = signedIn("DIVOSA", Role.ADMIN);
        String oldClosed = discussed(reporter, supporter, facilitator);
        String recentClosed = discussed(reporter, supporter, facilitator);
        String oldOpen = discussed(reporter, supporter, facilitator);
        bottlenecks.perform(oldClosed, Action.SLUITEN, "Buiten de reikwijdte van het platform.", null, facilitator);
        bottlenecks.perform(recentClosed, Action.SLUITEN, "Buiten de reikwijdte van het platform.", null, facilitator);
        LocalDate cutoff = retention.cutoff();
        execute("UPDATE bottleneck SET finished_on = ? WHERE reference = ?", Date.valueOf(cutoff), oldClosed);
        execute("UPDATE bottleneck SET finished_on = ? WHERE reference = ?", Date.valueOf(cutoff.plusDays(1)), recentClosed);
        execute("UPDATE bottleneck SET reported_on = ? WHERE reference = ?", Date.valueOf(cutoff.minusYears(1)), oldOpen);

        RetentionService.Preview preview = retention.preview(admin);
        List<String> listed = preview.first().stream().map(c -> c.reference()).toList();
        assertTrue(listed.contains(oldClosed), "the dry run lists the old closed knelpunt");
        assertFalse(listed.contains(recentClosed));
        assertFalse(listed.contains(oldOpen));
        var candidate = preview.first().stream().filter(c -> c.reference().equals(oldClosed)).findFirst().orElseThrow();
        assertEquals(1, candidate.comments());
        assertEquals(1, candidate.attachments());
        assertEquals(1, candidate.supports());

        Snapshot before = snapshot(oldClosed);
        Snapshot recentBefore = snapshot(recentClosed);
        Snapshot openBefore = snapshot(oldOpen);
        assertThrows(AccessDeniedException.class, () -> retention.runNow(facilitator));
        RetentionService.Run run = retention.runNow(admin);
        assertTrue(run.knelpunten() >= 1);

        Snapshot after = snapshot(oldClosed);
        assertEquals(before.substance(), after.substance(), "title, description, theme, gemeente, status, days and resolution stay");
        assertEquals(before.supportOrganisations(), after.supportOrganisations(), "support still counts per organisation and gemeente");
        assertEquals(before.commentBodies(), after.commentBodies(), "the comment texts stay");
        assertEquals(List.of(-1L), after.people(), "every person replaced by the neutral profile");
        assertEquals(0, after.attachments(), "attachments removed");
        assertEquals(0, after.attachmentContents(), "and their files");
        assertEquals(0, after.followers());
        assertEquals(List.of("null"), after.supportNotes(), "support notes cleared");
        Bottleneck anonymised = bottlenecks.find(oldClosed).orElseThrow();
        assertEquals("Voormalig deelnemer", anonymised.getReporter().getDisplayName());
        assertNull(anonymised.getAssignee());

        assertEquals(recentBefore, snapshot(recentClosed), "closed recently: untouched");
        assertEquals(openBefore, snapshot(oldOpen), "open: untouched");

        assertEquals(0, retentionJob.run("test", "127.0.0.1").knelpunten(), "a second run finds nothing left");
        assertEquals(1, entries(new AuditFilter(null, null, null, "KNELPUNT_GEANONIMISEERD", "Bottleneck", oldClosed), admin).size(),
                "anonymised once, audited once");
        assertFalse(entries(new AuditFilter(null, null, null, "BEWAARTERMIJN_UITGEVOERD", null, null), admin).isEmpty());
    }

    @Test
    void auditEntriesCarryAllSixFieldsAndCannotBeChanged() throws Exception {
        Caller reporter = signedIn("GM0344", Role.PROFESSIONAL);
        Caller admin = signedIn("DIVOSA", Role.ADMIN);
        String reference = report(reporter);
        List<AuditEntry> found = entries(new AuditFilter(null, null, null, "KNELPUNT_GEMELD", null, reference), admin);
        assertEquals(1, found.size());
        AuditEntry entry = found.get(0);
        assertNotNull(entry.getOccurredAt());
        assertTrue(entry.getActor().startsWith("a-"), entry.getActor());
        assertEquals("KNELPUNT_GEMELD", entry.getAction());
        assertEquals("Bottleneck", entry.getObjectType());
        assertEquals(reference, entry.getObjectId());
        assertEquals("SUCCESS", entry.getResult());
        assertEquals("127.0.0.1", entry.getOrigin());

        assertThrows(AccessDeniedException.class, () -> auditLog.page(AuditFilter.none(), null, 10, reporter));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_entry SET actor = 'iemand' WHERE id = " + entry.getId()));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_entry WHERE id = " + entry.getId()));
        }
        assertEquals(entry.getActor(), entries(new AuditFilter(null, null, null, "KNELPUNT_GEMELD", null, reference), admin).get(0).getActor());

        List<String> exported = new ArrayList<>();
        auditLog.export(new AuditFilter(null, null, null, null, null, reference), admin, e -> exported.add(e.getAction()));
        assertTrue(exported.contains("KNELPUNT_GEMELD"), exported.toString());
        assertFalse(entries(new AuditFilter(null, null, null, "AUDITLOG_GEEXPORTEERD", null, null), admin).isEmpty(), "the export is audited");
    }

    @Test
    void keysetPagingWalksTheWholeLogNewestFirstWithoutRepeats() {
        Caller admin = signedIn("DIVOSA", Role.ADMIN);
        Caller reporter = signedIn("GM0344", Role.PROFESSIONAL);
        for (int i = 0; i < 3; i++) {
            report(reporter);
        }
        AuditFilter filter = new AuditFilter(null, null, null, "KNELPUNT_GEMELD", null, null);
        List<Long> ids = new ArrayList<>();
        AuditLogService.Page page = auditLog.page(filter, null, 2, admin);
        ids.addAll(page.entries().stream().map(AuditEntry::getId).toList());
        while (page.next() != null && ids.size() < 10) {
            page = auditLog.page(filter, page.next(), 2, admin);
            ids.addAll(page.entries().stream().map(AuditEntry::getId).toList());
        }
        assertTrue(ids.size() >= 3);
        assertEquals(ids.size(), ids.stream().distinct().count(), "no entry twice");
        List<AuditEntry> all = auditLog.page(filter, null, 10, admin).entries();
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).getOccurredAt().isAfter(all.get(i - 1).getOccurredAt()), "newest first");
        }
    }

    @Test
    void withdrawnAccessIsRefusedAndAudited() {
        Caller admin = signedIn("DIVOSA", Role.ADMIN);
        String subject = UUID.randomUUID().toString();
        IdentityClaims claims = new IdentityClaims(subject, "w-" + subject.substring(0, 8), "Te Deactiveren", null, "GM0344",
                EnumSet.of(Role.PROFESSIONAL));
        UserProfile person = userProfiles.signedIn(claims, "127.0.0.1");
        assertFalse(people.isRevoked(subject));
        assertThrows(AccessDeniedException.class, () -> people.setAccess(person.getId(), false, signedIn("VNG", Role.COORDINATOR)));
        assertThrows(NotPossibleException.class, () -> people.setAccess(userProfiles.find(admin.subject()).orElseThrow().getId(), false, admin),
                "an admin cannot lock themselves out");

        people.setAccess(person.getId(), false, admin);
        assertTrue(people.isRevoked(subject));
        assertFalse(userProfiles.signedIn(claims, "127.0.0.1").isActive());
        assertEquals(1, entries(new AuditFilter(null, null, null, "GEBRUIKER_GEDEACTIVEERD", "UserProfile", subject), admin).size());
        assertEquals("DENIED", entries(new AuditFilter(null, null, claims.username(), "AANMELDEN_GEWEIGERD", null, null), admin)
                .get(0).getResult());

        people.correctOrganisation(person.getId(), "DIVOSA", admin);
        assertEquals("DIVOSA", userProfiles.signedIn(claims, "127.0.0.1").getOrganisation().getCode(), "the correction survives a sign-in");
        assertTrue(people.directory(claims.username(), 1, admin).people().stream().anyMatch(p -> p.getSubject().equals(subject)));
        assertTrue(people.directory("Voormalig deelnemer", 1, admin).people().isEmpty(), "the neutral profile is no person");

        people.setAccess(person.getId(), true, admin);
        assertFalse(people.isRevoked(subject));
        assertTrue(userProfiles.signedIn(claims, "127.0.0.1").isActive());
    }

    private List<AuditEntry> entries(AuditFilter filter, Caller admin) {
        return auditLog.page(filter, null, 100, admin).entries();
    }

    /** Everything the test compares before and after an anonymisation. */
    record Snapshot(String substance, List<String> supportOrganisations, List<String> commentBodies, List<Long> people, int attachments,
                    int attachmentContents, int followers, List<String> supportNotes) {
    }

    private Snapshot snapshot(String reference) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long id = Long.parseLong(one(c, "SELECT id FROM bottleneck WHERE reference = ?", reference).get(0));
            String substance = String.join("|", one(c, "SELECT title || '|' || CAST(description AS VARCHAR(2000)) || '|' || theme_code || '|' "
                    + "|| gemeente_code || '|' || organisation_code || '|' || level_code || '|' || status_code || '|' "
                    + "|| CAST(reported_on AS VARCHAR(20)) || '|' || COALESCE(CAST(finished_on AS VARCHAR(20)), '-') || '|' "
                    + "|| COALESCE(CAST(resolution AS VARCHAR(2000)), '-') FROM bottleneck WHERE id = ?", id));
            List<Long> persons = new ArrayList<>();
            for (String sql : List.of("SELECT reporter_id FROM bottleneck WHERE id = ?", "SELECT assignee_id FROM bottleneck WHERE id = ? AND assignee_id IS NOT NULL",
                    "SELECT author_id FROM bottleneck_comment WHERE bottleneck_id = ?", "SELECT supporter_id FROM bottleneck_support WHERE bottleneck_id = ?",
                    "SELECT actor_id FROM bottleneck_event WHERE bottleneck_id = ? AND actor_id IS NOT NULL",
                    "SELECT user_id FROM bottleneck_follower WHERE bottleneck_id = ?")) {
                one(c, sql, id).stream().map(Long::valueOf).filter(p -> !persons.contains(p)).forEach(persons::add);
            }
            return new Snapshot(substance,
                    one(c, "SELECT organisation_code || '/' || COALESCE(gemeente_code, '-') FROM bottleneck_support WHERE bottleneck_id = ?", id),
                    one(c, "SELECT CAST(body AS VARCHAR(2000)) FROM bottleneck_comment WHERE bottleneck_id = ? ORDER BY id", id),
                    persons.stream().sorted().toList(),
                    Integer.parseInt(one(c, "SELECT COUNT(*) FROM attachment WHERE bottleneck_id = ?", id).get(0)),
                    Integer.parseInt(one(c, "SELECT COUNT(*) FROM attachment_content WHERE attachment_id IN "
                            + "(SELECT a.id FROM attachment a WHERE a.bottleneck_id = ?)", id).get(0)),
                    Integer.parseInt(one(c, "SELECT COUNT(*) FROM bottleneck_follower WHERE bottleneck_id = ?", id).get(0)),
                    one(c, "SELECT note FROM bottleneck_support WHERE bottleneck_id = ?", id));
        }
    }

    private static List<String> one(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(String.valueOf(rows.getObject(1)));
                }
            }
            return values;
        }
    }

    /** A knelpunt taken by a facilitator, with a comment, a support with a note, a follower and an attachment. */
    private String discussed(Caller reporter, Caller supporter, Caller facilitator) {
        String reference = report(reporter);
        bottlenecks.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, facilitator);
        comments.comment(reference, "Bij ons speelt dit ook; de wachttijd is zes weken.", supporter);
        bottlenecks.support(reference, "GM0599", "Ook in Rotterdam.", supporter);
        comments.follow(reference, true, supporter);
        attachments.add(reference, "wachttijden.pdf", "%PDF-1.7 wachttijden per maand".getBytes(StandardCharsets.US_ASCII), reporter);
        return reference;
    }

    private String report(Caller reporter) {
        return bottlenecks.report(new BottleneckService.NewBottleneck("Wachtlijst voor de leerbaarheidstoets (bewaartermijn)",
                "Inburgeraars wachten weken op een afspraak voor de toets.", "leerbaarheidstoets", "GM0344", "Asielstatushouders",
                EstimatedScale.TIENTALLEN, null), reporter).getReference();
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
        emf.getCache().evictAll();
    }

    private Caller signedIn(String organisation, Role role) {
        String subject = UUID.randomUUID().toString();
        userProfiles.signedIn(new IdentityClaims(subject, "a-" + subject.substring(0, 8), "Test " + role,
                null, organisation, EnumSet.of(role)), "127.0.0.1");
        return new Caller(subject, EnumSet.of(role), "127.0.0.1");
    }
}
