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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.bottleneck.BottleneckAssignment;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.job.WaitingPeriodJob;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.persistence.DataSourceConfiguration;
import nl.lerendstelsel.it.InContainer.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines with real persistence (Arquillian, Payara Micro, Derby): the due day set on reporting, the clock paused
 * while waiting, the scheduled expiry of the wait, overdue filtering, the reopen window, assignment and per-theme
 * targets. Time travel is done by moving stored dates back in the database, never by waiting.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class DeadlinesIT extends KnelpuntFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(DeadlinesIT.class);
    }

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckAssignment bottleneckAssignment;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    WaitingPeriodJob waitingPeriodJob;

    @Inject
    WorkingDayCalendar calendar;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @PersistenceUnit(unitName = "lerend-stelsel")
    EntityManagerFactory emf;

    @Test
    void reportingSetsTheDueDayAndWaitingPausesTheClockUntilTheJobEndsTheWait() {
        Caller facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        String reference = report("leerbaarheidstoets", signedIn("GM0344", Role.PROFESSIONAL));
        LocalDate today = queries.today();
        Bottleneck reported = find(reference);
        assertEquals(calendar.plusWorkingDays(today, 10), reported.getDeadline().due());

        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, facilitator);
        assertEquals(reported.getDeadline(), find(reference).getDeadline(), "taking keeps the clock");
        steps.perform(reference, Action.INFORMATIE_VRAGEN, "Om hoeveel inburgeraars gaat het?", null, facilitator);
        Bottleneck waiting = find(reference);
        assertTrue(waiting.getDeadline().isPaused());
        assertEquals(10, waiting.getDeadline().pausedRemaining());
        LocalDate expiry = calendar.plusWorkingDays(today, 10);
        assertEquals(expiry, waiting.getDeadline().waitingUntil());

        assertFalse(steps.waitExpiredOn(expiry.minusDays(1)).contains(reference));
        waitingPeriodJob.run(expiry.minusDays(1));
        assertEquals(Status.WACHT_OP_INFORMATIE, find(reference).getStatus(), "not yet expired");

        assertTrue(waitingPeriodJob.run(expiry) >= 1);
        Bottleneck resumed = find(reference);
        assertEquals(Status.IN_BEHANDELING, resumed.getStatus());
        assertFalse(resumed.getDeadline().isPaused());
        assertNotNull(resumed.getDeadline().due());
        BottleneckEvent last = resumed.getHistory().get(resumed.getHistory().size() - 1);
        assertEquals("TERMIJN_VERLOPEN", last.getActionCode());
        assertNull(last.getActor(), "the system ended the wait");
        assertFalse(steps.expireWait(reference, expiry), "a second node finds nothing left to do");
    }

    @Test
    void overdueKnelpuntenAreFoundByTheFilterAndMarked() throws Exception {
        String late = report("leerbaarheidstoets", signedIn("GM0344", Role.PROFESSIONAL));
        String onTime = report("leerbaarheidstoets", signedIn("GM0344", Role.PROFESSIONAL));
        LocalDate today = queries.today();
        execute("UPDATE bottleneck SET due_date = ? WHERE reference = ?", Date.valueOf(today.minusDays(1)), late);

        BottleneckFilter overdue = new BottleneckFilter(null, null, null, null, null, null, null, today, false, false, null);
        List<String> found = queries.list(overdue, BottleneckSort.DUE_ASC, 1, 100).items().stream()
                .map(Bottleneck::getReference).toList();
        assertTrue(found.contains(late), found.toString());
        assertFalse(found.contains(onTime));
        assertTrue(find(late).isOverdueOn(today));
        assertFalse(find(onTime).isOverdueOn(today));
    }

    @Test
    void reporterAndSupportersReopenWithinThirtyDaysAdminsAlways() throws Exception {
        Caller reporter = signedIn("GM0344", Role.PROFESSIONAL);
        Caller facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        String recent = resolved(reporter, facilitator);
        steps.perform(recent, Action.HEROPENEN, "Het probleem is terug.", null, reporter);
        assertEquals(Status.HEROPEND, find(recent).getStatus());
        assertNotNull(find(recent).getDeadline().due(), "a reopened knelpunt is in the queue with a fresh clock");

        String old = resolved(reporter, facilitator);
        execute("UPDATE bottleneck_event SET occurred_at = ? WHERE action_code = 'OPLOSSEN' AND bottleneck_id = "
                + "(SELECT id FROM bottleneck WHERE reference = ?)", Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), old);
        NotPossibleException tooLate = assertThrows(NotPossibleException.class,
                () -> steps.perform(old, Action.HEROPENEN, "Het probleem is terug.", null, reporter));
        assertTrue(tooLate.dutch().startsWith("Heropenen kon tot en met"), tooLate.dutch());
        assertEquals(Status.OPGELOST, find(old).getStatus());
        steps.perform(old, Action.HEROPENEN, "Ten onrechte opgelost.", null, signedIn("DIVOSA", Role.ADMIN));
        assertEquals(Status.HEROPEND, find(old).getStatus());
    }

    @Test
    void handlersAssignWithinTheirLevelToAHandlerOfThatLevel() {
        Caller facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        String colleagueSubject = UUID.randomUUID().toString();
        userProfiles.signedIn(new IdentityClaims(colleagueSubject, "collega-" + colleagueSubject.substring(0, 6), "Collega Facilitator",
                null, "DIVOSA", EnumSet.of(Role.FACILITATOR)), "127.0.0.1");
        String colleague = "collega-" + colleagueSubject.substring(0, 6);
        String reference = report("leerbaarheidstoets", signedIn("GM0344", Role.PROFESSIONAL));

        assertThrows(AccessDeniedException.class, () -> bottleneckAssignment.assign(reference, colleague, null, signedIn("VNG", Role.COORDINATOR)));
        InvalidInputException notAHandler = assertThrows(InvalidInputException.class,
                () -> bottleneckAssignment.assign(reference, "onbekende-gebruiker", null, facilitator));
        assertEquals(Set.of("behandelaar"), notAHandler.fieldErrors().keySet());

        bottleneckAssignment.assign(reference, colleague, null, facilitator);
        Bottleneck assigned = find(reference);
        assertEquals("Collega Facilitator", assigned.getAssignee().getDisplayName());
        assertEquals(Status.GEMELD, assigned.getStatus(), "assigning changes who, not where");
        assertEquals("TOEWIJZEN", assigned.getHistory().get(assigned.getHistory().size() - 1).getActionCode());
        assertEquals(List.of(colleague), bottleneckAssignment.handlersFor(assigned, colleague.toUpperCase(java.util.Locale.ROOT)).stream()
                .map(p -> p.getUsername()).toList(), "the assign field finds a handler by user name, in any case");
        assertTrue(bottleneckAssignment.handlersFor(assigned, "ollega facilit").stream().anyMatch(p -> p.getUsername().equals(colleague)),
                "and by part of the name");
        assertTrue(bottleneckAssignment.handlersFor(assigned, "").size() <= BottleneckAssignment.HANDLER_SUGGESTIONS);
        assertEquals(List.of(), bottleneckAssignment.handlersFor(assigned, "%"), "a % is a character, not a wildcard");
        assertTrue(bottleneckAssignment.handlersFor(assigned, "").stream().noneMatch(p -> !p.getRoles().contains(Role.FACILITATOR)),
                "only handlers of the level are offered");
    }

    @Test
    void aThemeWithItsOwnTargetGetsThatDeadline() {
        Caller admin = signedIn("DIVOSA", Role.ADMIN);
        assertThrows(AccessDeniedException.class,
                () -> referenceData.setThemeTargets("pip", 3, null, signedIn("VNG", Role.COORDINATOR)));
        assertThrows(InvalidInputException.class, () -> referenceData.setThemeTargets("pip", 0, null, admin));
        referenceData.setThemeTargets("pip", 3, 4, admin);
        try {
            String reference = report("pip", signedIn("GM0344", Role.PROFESSIONAL));
            assertEquals(calendar.plusWorkingDays(queries.today(), 3), find(reference).getDeadline().due());
        } finally {
            referenceData.setThemeTargets("pip", null, null, admin);
        }
    }

    private String resolved(Caller reporter, Caller facilitator) {
        String reference = report("leerbaarheidstoets", reporter);
        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, facilitator);
        steps.perform(reference, Action.OPLOSSEN, Resolution.OPGELOST_IN_UITVOERING, "Opgelost met een extra toetsmoment in de regio.",
                null, facilitator);
        return reference;
    }

    private Bottleneck find(String reference) {
        return queries.find(reference).orElseThrow();
    }

    private String report(String theme, Caller reporter) {
        return reporting.report(InContainer.knelpunt("Wachtlijst voor de leerbaarheidstoets", theme), reporter).getReference();
    }

    private void execute(String sql, Object... parameters) throws Exception {
        InContainer.execute(dataSource, emf, sql, parameters);
    }

    private Caller signedIn(String organisation, Role role) {
        return new People("d-", false).signIn(userProfiles, organisation, role).caller();
    }
}
