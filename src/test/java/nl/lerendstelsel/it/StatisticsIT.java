package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.MonthCount;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures inside Payara Micro, checked against a known data set: four knelpunten in a fresh CoP,
 * seen by that CoP's facilitator (whose dashboard holds exactly those), with every count, lead time, outcome, overdue
 * and most-supported figure written out; and who may see the dashboard at all.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(StatisticsIT.class);
    }

    @Inject
    StatisticsService statistics;

    @Inject
    BottleneckReporting reporting;

    @Inject
    BottleneckSteps steps;

    @Inject
    BottleneckSupport bottleneckSupporting;

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    SignalDrafts drafts;

    @Inject
    SignalService signals;

    @Inject
    UserProfileService userProfiles;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    @Test
    void aFacilitatorSeesExactlyTheFiguresOfTheirCop() throws Exception {
        Person admin = person(Role.ADMIN, "DIVOSA");
        Person facilitator = person(Role.FACILITATOR, "DIVOSA");
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person utrecht = person(Role.PROFESSIONAL, "GM0344");
        Person rotterdam = person(Role.PROFESSIONAL, "GM0599");
        Person amersfoort = person(Role.PROFESSIONAL, "GM0307");
        long cop = InContainer.cop(communities, memberships, admin, "CoP monitor", "Een CoP voor de cijfers.", "b1-route", facilitator,
                utrecht, rotterdam);

        String open = report(utrecht, "b1-route", "GM0344", cop);
        bottleneckSupporting.support(open, "GM0599", null, rotterdam.caller());
        bottleneckSupporting.support(open, "GM0307", null, amersfoort.caller());
        String resolved = report(rotterdam, "b1-route", "GM0599", cop);
        steps.perform(resolved, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(resolved, Action.OPLOSSEN, Resolution.OPGELOST_IN_UITVOERING, "Opgelost met extra lesplaatsen in de regio.",
                null, facilitator.caller());
        String closed = report(utrecht, "huisvesting", "GM0344", cop);
        steps.perform(closed, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(closed, Action.SLUITEN, Resolution.NIET_OVERGENOMEN, "Valt buiten de Wet inburgering.", null, facilitator.caller());
        String escalated = report(rotterdam, "huisvesting", "GM0599", cop);
        steps.perform(escalated, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(escalated, Action.OPSCHALEN, "Speelt landelijk.", null, facilitator.caller());
        steps.perform(escalated, Action.IN_BEHANDELING_NEMEN, null, null, coordinator.caller());
        String signal = drafts.create(new SignalDrafts.SignalInput("Te weinig woningen voor statushouders",
                "Statushouders wachten lang op een woning en starten later met inburgeren.",
                "De taakstelling huisvesting sluit niet aan op de inburgering.", Urgency.GEMIDDELD, Proposal.FINANCIERING),
                List.of(escalated), coordinator.caller()).getReference();
        signals.submit(signal, null, coordinator.caller());
        LocalDate today = statistics.today();
        transaction.begin();
        em.createQuery("UPDATE Bottleneck b SET b.dueDate = :yesterday WHERE b.reference = :r")
                .setParameter("yesterday", today.minusDays(1)).setParameter("r", escalated).executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        StatisticsService.Dashboard d = statistics.dashboard(null, null, null, null, facilitator.caller());
        assertTrue(d.scopedToCops());
        assertEquals(today, d.filter().to());
        assertEquals(today.minusYears(1).plusDays(1), d.filter().from());
        assertEquals(4, d.reported());
        assertEquals(Map.of("GEMELD", 1L, "OPGELOST", 1L, "GESLOTEN", 1L, "OPGESCHAALD", 1L), counts(d.byStatus()));
        assertEquals(Map.of("EXECUTION", 3L, "SYSTEM", 1L), counts(d.byLevel()));
        assertEquals(Map.of("b1-route", 2L, "huisvesting", 2L), counts(d.byTheme()));
        assertEquals(Map.of("GM0344", 2L, "GM0599", 2L), counts(d.byGemeente()));
        assertEquals(2, d.byRegion().size(), "Utrecht and Rijnmond");
        assertEquals(4, d.byRegion().stream().mapToLong(Count::count).sum());
        MonthCount thisMonth = d.trend().get(d.trend().size() - 1);
        assertEquals(YearMonth.from(today), thisMonth.month());
        assertEquals(4, thisMonth.reported());
        assertEquals(2, thisMonth.finished());
        assertEquals(13, d.trend().size(), "twelve months back and this one, without gaps");
        assertEquals(new LeadTimes(2, 0, 0), d.leadTimes().get(Level.EXECUTION), "finished the day they were reported");
        assertEquals(LeadTimes.NONE, d.leadTimes().get(Level.LINKING));
        assertEquals(new StatisticsService.Outcomes(1, 1, List.of(new Count("NIET_OVERGENOMEN", "niet overgenomen", 1),
                new Count("OPGELOST_IN_UITVOERING", "opgelost in de uitvoering", 1))), d.outcomes());
        assertEquals(50, d.outcomes().resolvedPercentage());
        assertEquals(1, d.overdueTotal());
        assertEquals(List.of(escalated), d.overdue().stream().map(b -> b.getReference()).toList());
        assertEquals(open, d.mostSupported().get(0).getKey().getReference());
        assertEquals(2L, d.mostSupported().get(0).getValue(), "two supporting organisations");
        assertEquals(1, d.mostSupported().size(), "finished knelpunten are not in the list, unsupported ones neither");
        assertEquals(Map.of("INGEDIEND", 1L), counts(d.signalsByStatus()));
        assertTrue(d.signalsByDecision().isEmpty());

        StatisticsService.Dashboard housing = statistics.dashboard(null, null, "huisvesting", null, facilitator.caller());
        assertEquals(2, housing.reported());
        assertEquals(Map.of("GESLOTEN", 1L, "OPGESCHAALD", 1L), counts(housing.byStatus()));
        assertEquals(Map.of("INGEDIEND", 1L), counts(housing.signalsByStatus()), "the signal holds a housing knelpunt");
        assertEquals(0, statistics.dashboard(null, null, "b1-route", null, facilitator.caller()).signalsByStatus().size());
        assertEquals(0, statistics.dashboard(today.minusYears(2), today.minusYears(1), null, null, facilitator.caller()).reported(),
                "nothing reported in a period long ago");

        // an explicit period of its own: figures for the default period may be cached from another test (up to a minute)
        StatisticsService.Dashboard national = statistics.dashboard(today.minusYears(1), today, null, null, coordinator.caller());
        assertFalse(national.scopedToCops());
        assertTrue(national.reported() >= 4);
        assertEquals(national.generatedAt(), statistics.dashboard(today.minusYears(1), today, null, null, person(Role.ADMIN, "DIVOSA")
                .caller()).generatedAt(), "handlers share the figures of the same minute");
        assertEquals(0, statistics.dashboard(null, null, null, null, person(Role.FACILITATOR, "DIVOSA").caller()).reported(),
                "a facilitator of no CoP sees nothing");
    }

    @Test
    void onlyThoseWhoMonitorSeeTheDashboard() {
        for (Role role : List.of(Role.PROFESSIONAL, Role.EDITOR)) {
            assertThrows(AccessDeniedException.class, () -> statistics.dashboard(null, null, null, null, person(role, "GM0344").caller()),
                    role.name());
        }
        for (Role role : List.of(Role.FACILITATOR, Role.COORDINATOR, Role.MINISTRY, Role.ADMIN)) {
            statistics.dashboard(null, null, null, null, person(role, "DIVOSA").caller());
        }
        LocalDate today = statistics.today();
        assertThrows(InvalidInputException.class, () -> statistics.dashboard(today, today.minusDays(1), null, null,
                person(Role.ADMIN, "DIVOSA").caller()));
        assertThrows(InvalidInputException.class, () -> statistics.dashboard(today.minusYears(11), today, null, null,
                person(Role.ADMIN, "DIVOSA").caller()));
    }

    private String report(Person reporter, String theme, String gemeente, long cop) {
        return reporting.report(new BottleneckReporting.NewBottleneck("Knelpunt voor de cijfers over " + theme,
                "Een knelpunt uit de test van het dashboard, met genoeg tekst.", theme, gemeente, "Inburgeraars",
                EstimatedScale.TIENTALLEN, null, false, List.of(), cop, null), reporter.caller()).getReference();
    }

    private static Map<String, Long> counts(List<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::code, Count::count));
    }

    private Person person(Role role, String organisation) {
        return new People("st-", false).signIn(userProfiles, organisation, role);
    }
}
