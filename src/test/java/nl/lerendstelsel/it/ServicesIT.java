package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.administration.ReferenceDataLoader;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.SupportSummary;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.privacy.Finding.Kind;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.infrastructure.persistence.DataSourceConfiguration;
import nl.lerendstelsel.infrastructure.persistence.DatabaseMigration;
import nl.lerendstelsel.it.InContainer.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Services, persistence, migrations, role checks and two handlers racing for one knelpunt inside Payara Micro
 * (Arquillian), on the real WAR with an in-memory Derby database. The role checks call the deployed API with tokens from the test Keycloak.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class ServicesIT extends KnelpuntFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(ServicesIT.class, Tokens.class);
    }

    @Inject
    DatabaseMigration migration;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ReferenceDataLoader referenceDataLoader;

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckSupport supporting;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    /** How often two handlers race for the same knelpunt. */
    private static final int CONCURRENT_ROUNDS = 20;

    @Test
    void migrationsHaveBuiltTheSchema() throws Exception {
        assertTrue(migration.schemaVersion() >= 1);
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1);
        }
    }

    @Test
    void referenceDataIsLoadedOnceAndCompletely() {
        assertEquals(342, referenceData.gemeenten(null).size());
        assertEquals(35, referenceData.regions().size());
        assertEquals(17, referenceData.themes().size());
        assertTrue(referenceData.gemeenten(null).stream().allMatch(g -> g.getRegion() != null));
        Organisation utrecht = referenceData.organisation("GM0344").orElseThrow();
        assertEquals("Utrecht", utrecht.getName());

        referenceDataLoader.loadMissing();
        assertEquals(342, referenceData.gemeenten(null).size());
        assertEquals(17, referenceData.themes().size());
    }

    @Test
    void firstSignInCreatesTheProfileAndLaterSignInsUpdateIt() {
        String subject = UUID.randomUUID().toString();
        UserProfile created = userProfiles.signedIn(new IdentityClaims(subject, "tester", "Test Persoon",
                "test@example.org", "GM0344", EnumSet.of(Role.PROFESSIONAL)), "127.0.0.1");
        assertNotNull(created.getId());
        assertEquals("Utrecht", created.getOrganisation().getName());
        assertEquals(Set.of(Role.PROFESSIONAL), created.getRoles());

        UserProfile updated = userProfiles.signedIn(new IdentityClaims(subject, "tester", "Test Persoon-Jansen",
                "test@example.org", "DIVOSA", EnumSet.of(Role.PROFESSIONAL, Role.FACILITATOR)), "127.0.0.1");
        assertEquals(created.getId(), updated.getId());
        assertEquals("Test Persoon-Jansen", userProfiles.find(subject).orElseThrow().getDisplayName());
        assertEquals("DIVOSA", userProfiles.find(subject).orElseThrow().getOrganisation().getCode());
        assertEquals(Set.of(Role.PROFESSIONAL, Role.FACILITATOR), userProfiles.find(subject).orElseThrow().getRoles());

        long audited = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.objectId = :subject", Long.class)
                .setParameter("subject", subject).getSingleResult();
        assertEquals(4, audited, "created + signed in, updated + signed in");
    }

    @Test
    void unknownOrganisationCodeLeavesTheProfileWithoutOrganisation() {
        UserProfile profile = userProfiles.signedIn(new IdentityClaims(UUID.randomUUID().toString(), "onbekend", null,
                null, "GM9999", Set.of()), "127.0.0.1");
        assertNull(profile.getOrganisation());
        assertEquals("onbekend", profile.getDisplayName());
    }

    private Caller signedIn(String organisation, Role... roles) {
        return new People("u-", false).signIn(userProfiles, organisation, roles).caller();
    }

    private static BottleneckReporting.NewBottleneck knelpunt(String description) {
        return InContainer.knelpunt("Wachtlijst voor de leerbaarheidstoets", description, "leerbaarheidstoets");
    }

    @Test
    void reportingCreatesAKnelpuntAtExecutionLevelWithAYearlyReference() {
        Caller professional = signedIn("GM0344", Role.PROFESSIONAL);
        Bottleneck first = reporting.report(knelpunt("Inburgeraars wachten weken op een afspraak voor de toets."), professional);
        Bottleneck second = reporting.report(knelpunt("Ook in de regio wachten inburgeraars lang op de toets."), professional);
        assertTrue(first.getReference().matches("KP-20\\d{2}-\\d{5}"), first.getReference());
        assertEquals(Integer.parseInt(first.getReference().substring(8)) + 1, Integer.parseInt(second.getReference().substring(8)));
        Bottleneck stored = queries.find(first.getReference()).orElseThrow();
        assertEquals(Level.EXECUTION, stored.getLevel());
        assertEquals(Status.GEMELD, stored.getStatus());
        assertEquals("Utrecht", stored.getOrganisation().getName());
        assertEquals(1, stored.getHistory().size());
    }

    @Test
    void personalDataIsRefusedAndNothingIsStored() {
        Caller professional = signedIn("GM0344", Role.PROFESSIONAL);
        long before = em.createQuery("SELECT COUNT(b) FROM Bottleneck b", Long.class).getSingleResult();
        PersonalDataRejectedException refused = assertThrows(PersonalDataRejectedException.class,
                () -> reporting.report(knelpunt("Het gaat om meneer met BSN 123456782, hij wacht al maanden."), professional));
        assertEquals(Kind.BSN, refused.findings().get("omschrijving").get(0).kind());
        assertFalse(refused.getMessage().contains("123456782"));
        assertEquals(before, em.createQuery("SELECT COUNT(b) FROM Bottleneck b", Long.class).getSingleResult());
    }

    @Test
    void invalidInputNamesTheFieldsAndOnlyProfessionalsReport() {
        Caller professional = signedIn("GM0344", Role.PROFESSIONAL);
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> reporting.report(
                new BottleneckReporting.NewBottleneck(" ", "Een omschrijving van genoeg lengte.", "bestaat-niet", "DUO",
                        null, null, null), professional));
        assertEquals(Set.of("titel", "thema", "gemeente"), invalid.fieldErrors().keySet());
        Caller coordinator = signedIn("VNG", Role.COORDINATOR);
        assertThrows(AccessDeniedException.class, () -> reporting.report(knelpunt("Een omschrijving van genoeg lengte."), coordinator));
    }

    @Test
    void theLoopUpToLinkingLevelAndBackDownWithFeedback() {
        Caller professional = signedIn("GM0344", Role.PROFESSIONAL);
        Caller facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        Caller coordinator = signedIn("VNG", Role.COORDINATOR);
        String reference = reporting.report(knelpunt("Inburgeraars wachten weken op een afspraak voor de toets."), professional).getReference();

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, professional));
        assertEquals(WorkflowException.Reason.NOT_PERMITTED_FOR_ACTOR, refused.reason());

        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, facilitator);
        assertThrows(WorkflowException.class, () -> steps.perform(reference, Action.OPSCHALEN, "  ", null, facilitator));
        steps.perform(reference, Action.OPSCHALEN, "Speelt in meerdere gemeenten in de regio.", null, facilitator);
        assertEquals(Level.LINKING, queries.find(reference).orElseThrow().getLevel());

        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, coordinator);
        steps.perform(reference, Action.TERUGLEGGEN, "Dit valt onder de gemeentelijke regie: gebruik de ruimte in de planning.", null, coordinator);
        Bottleneck returned = queries.find(reference).orElseThrow();
        assertEquals(Level.EXECUTION, returned.getLevel());
        assertEquals(Status.TERUGGELEGD, returned.getStatus());
        assertTrue(returned.getResolution().startsWith("Dit valt onder"));
        assertEquals(List.of("MELDEN", "IN_BEHANDELING_NEMEN", "OPSCHALEN", "IN_BEHANDELING_NEMEN", "TERUGLEGGEN"),
                returned.getHistory().stream().map(e -> e.getActionCode()).toList());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Caller professional = signedIn("GM0344", Role.PROFESSIONAL);
        Caller facilitator = signedIn("DIVOSA", Role.FACILITATOR);
        Bottleneck reported = reporting.report(knelpunt("Inburgeraars wachten weken op een afspraak voor de toets."), professional);
        long seen = queries.find(reported.getReference()).orElseThrow().getVersion();
        steps.perform(reported.getReference(), Action.IN_BEHANDELING_NEMEN, null, seen, facilitator);
        ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class, () -> steps.perform(
                reported.getReference(), Action.SLUITEN, Resolution.DOORVERWEZEN, "Dubbel gemeld.", seen, facilitator));
        assertEquals(seen + 1, conflict.currentVersion());
        assertEquals(Status.IN_BEHANDELING, queries.find(reported.getReference()).orElseThrow().getStatus());
    }

    /**
     * Two handlers act on the same knelpunt at the same moment, in two threads of the server, many times over: each time
     * exactly one wins, the other is refused with a clear reason (a conflict, or the step is no longer possible), and the
     * history holds exactly one step. No update is ever lost silently. (ConcurrencyIT until session 21: a class of its
     * own cost a Payara Micro start per database for one test.)
     */
    @Test
    void twoHandlersTakingTheSameKnelpuntAtOnceNeverBothWin() throws Exception {
        Caller reporter = signedIn("GM0344", Role.PROFESSIONAL);
        Caller anna = signedIn("DIVOSA", Role.FACILITATOR);
        Caller bram = signedIn("DIVOSA", Role.FACILITATOR);
        int conflicts = 0;
        for (int round = 0; round < CONCURRENT_ROUNDS; round++) {
            // Everything runs in managed threads: the test thread's own non-transactional entity manager does not
            // survive the context the executor propagates.
            String reference = executor.submit(() -> reporting.report(knelpunt("Inburgeraars wachten weken op een afspraak voor de toets."),
                    reporter).getReference()).get();
            long versionAfterReport = executor.submit(() -> queries.find(reference).orElseThrow().getVersion()).get();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> attempts = new ArrayList<>();
            for (Caller handler : List.of(anna, bram)) {
                attempts.add(executor.submit(() -> {
                    start.await();
                    try {
                        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, handler);
                        return "won";
                    } catch (ConcurrentChangeException e) {
                        return "conflict";
                    } catch (WorkflowException e) {
                        return e.reason() == WorkflowException.Reason.NOT_ALLOWED ? "too late" : "refused " + e.reason();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                outcomes.add(attempt.get());
            }
            assertEquals(1, outcomes.stream().filter("won"::equals).count(), "round " + round + ": " + outcomes);
            assertTrue(outcomes.stream().allMatch(o -> o.equals("won") || o.equals("conflict") || o.equals("too late")), outcomes.toString());
            conflicts += outcomes.contains("conflict") ? 1 : 0;
            long[] after = executor.submit(() -> {
                Bottleneck b = queries.find(reference).orElseThrow();
                return new long[] {b.getHistory().stream().filter(e -> e.getActionCode().equals("IN_BEHANDELING_NEMEN")).count(),
                        b.getVersion()};
            }).get();
            assertEquals(1, after[0], "round " + round + ": exactly one take in the history");
            assertEquals(versionAfterReport + 1, after[1], "round " + round + ": one write on top of the report");
        }
        System.out.println("Concurrent takes: " + CONCURRENT_ROUNDS + " rounds, " + conflicts + " decided by the optimistic lock");
    }

    @Test
    void fiveGemeentenInTwoRegionsProposeEscalation() {
        Caller utrecht = signedIn("GM0344", Role.PROFESSIONAL);
        String reference = reporting.report(knelpunt("Inburgeraars wachten weken op een afspraak voor de toets."), utrecht).getReference();
        SupportSummary summary = null;
        for (String gemeente : List.of("GM0307", "GM0356", "GM0310")) {
            summary = supporting.support(reference, null, null, signedIn(gemeente, Role.PROFESSIONAL));
        }
        assertEquals(4, summary.gemeenten());
        assertEquals(2, summary.regions());
        assertFalse(summary.proposedForEscalation(), "four gemeenten: not yet");
        summary = supporting.support(reference, null, "Ook hier lange wachttijden.", signedIn("GM0599", Role.PROFESSIONAL));
        assertEquals(4, summary.organisations());
        assertEquals(5, summary.gemeenten());
        assertEquals(3, summary.regions());
        assertTrue(summary.proposedForEscalation());
    }

    @Test
    @RunAsClient
    void apiAcceptsKeycloakTokensWithTheirRoles(@ArquillianResource URL base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI me = base.toURI().resolve("api/v1/me");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(me).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());

        HttpResponse<String> coordinator = http.send(HttpRequest.newBuilder(me)
                .header("Authorization", "Bearer " + Tokens.accessToken("coordinator")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, coordinator.statusCode(), coordinator.body());
        assertTrue(coordinator.body().contains("\"coordinator\""), coordinator.body());
        assertTrue(coordinator.body().contains("\"VNG\""), coordinator.body());

        String token = Tokens.accessToken("admin");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(me)
                .header("Authorization", "Bearer " + tampered).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode());
    }
}
