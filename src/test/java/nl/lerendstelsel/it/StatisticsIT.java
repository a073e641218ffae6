package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.PeopleService;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.application.bottleneck.DuplicateService;
import nl.lerendstelsel.application.monitor.MonitorAnswering;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.application.statistics.CoverageService;
import nl.lerendstelsel.application.statistics.GemeenteOverview;
import nl.lerendstelsel.application.statistics.KnelpuntenExport;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.monitor.Answer;
import nl.lerendstelsel.domain.model.monitor.MonitorResponse;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.QuestionDraft;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.domain.model.monitor.ResponseStatus;
import nl.lerendstelsel.domain.model.monitor.TargetKind;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.statistics.Benchmark;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.Coverage;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.MonthCount;
import nl.lerendstelsel.domain.model.statistics.MonthSpread;
import nl.lerendstelsel.domain.model.statistics.Participation;
import nl.lerendstelsel.domain.model.statistics.Phase;
import nl.lerendstelsel.domain.model.statistics.PhaseFigures;
import nl.lerendstelsel.domain.model.statistics.SignalSpread;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.statistics.Trends;
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
 * seen by that CoP's facilitator (whose dashboard holds what their queue holds: those, and the knelpunten outside any CoP
 * in their region, where there are none at first), with every count, lead time, outcome, overdue
 * and most-supported figure written out; and who may see the dashboard at all.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class StatisticsIT extends CopFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(StatisticsIT.class);
    }

    @Inject
    StatisticsService statistics;

    @Inject
    BottleneckSupport bottleneckSupporting;

    @Inject
    SignalDrafts drafts;

    @Inject
    SignalService signals;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    @Inject
    GemeenteOverview gemeenteOverview;

    @Inject
    PeopleService people;

    @Inject
    CoverageService coverage;

    @Inject
    MonitorService monitor;

    @Inject
    MonitorAnswering answering;

    @Inject
    KnelpuntenExport export;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    BottleneckQueries queries;

    @Inject
    DuplicateService duplicates;

    @Test
    void aFacilitatorSeesExactlyTheFiguresOfTheirCop() throws Exception {
        Person admin = person(Role.ADMIN, "DIVOSA");
        Person facilitator = person(Role.FACILITATOR, "DIVOSA");
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person utrecht = person(Role.PROFESSIONAL, "GM0344");
        Person rotterdam = person(Role.PROFESSIONAL, "GM0599");
        Person amersfoort = person(Role.PROFESSIONAL, "GM0307");
        long cop = cop(admin, "CoP monitor", "Een CoP voor de cijfers.", "b1-route", facilitator,
                utrecht, rotterdam);

        String open = report(utrecht, "b1-route", "GM0344", cop, TargetGroup.STATUSHOUDERS, TargetGroup.GEZINSMIGRANTEN);
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

        // the scope of the facilitator's queue: outside any CoP only in their region (Gorinchem: no other test reports there)
        people.setRegions(facilitator.id(), List.of("AM35"), admin.caller());
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
        assertEquals(new LeadTimes(2, 0, 0, 0), d.leadTimes().get(Level.EXECUTION), "finished the day they were reported");
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
        assertEquals(Map.of("STATUSHOUDERS", 1L, "GEZINSMIGRANTEN", 1L, "OVERIGE_INBURGERINGSPLICHTIGEN", 0L, "VRIJWILLIGE_INBURGERAARS", 0L,
                StatisticsService.NO_TARGET_GROUP, 3L), counts(d.byTargetGroup()), "one knelpunt names two target groups, three none");
        // issue 29: the trends per theme, level and region: all four reported this month, the last of the period
        Trends trends = d.trends();
        assertEquals(13, trends.byTheme().months().size());
        assertEquals(Map.of("b1-route", List.of(2L), "huisvesting", List.of(2L)), thisMonth(trends.byTheme()));
        assertEquals(Map.of("EXECUTION", List.of(3L), "LINKING", List.of(0L), "SYSTEM", List.of(1L)), thisMonth(trends.byLevel()));
        assertEquals(List.of("EXECUTION", "LINKING", "SYSTEM"), trends.byLevel().rows().stream().map(MonthSpread.Row::code).toList(),
                "every level, in order");
        assertEquals(Map.of(regionOf("GM0344"), List.of(2L), regionOf("GM0599"), List.of(2L)), thisMonth(trends.byRegion()));
        assertTrue(trends.byTheme().rows().stream().allMatch(row -> row.total() == row.counts().get(12)), "nothing in earlier months");
        // the signal holds the escalated housing knelpunt of Rotterdam, no decision yet
        assertEquals(List.of(new SignalSpread("huisvesting", trends.signalsByTheme().get(0).label(), Map.of(), 1)),
                trends.signalsByTheme());
        assertEquals(List.of(regionOf("GM0599")), trends.signalsByRegion().stream().map(SignalSpread::code).toList());
        assertEquals(1, trends.signalsByRegion().get(0).undecided());

        StatisticsService.Dashboard housing = statistics.dashboard(null, null, "huisvesting", null, facilitator.caller());
        assertEquals(2, housing.reported());
        assertEquals(Map.of("GESLOTEN", 1L, "OPGESCHAALD", 1L), counts(housing.byStatus()));
        assertEquals(Map.of("INGEDIEND", 1L), counts(housing.signalsByStatus()), "the signal holds a housing knelpunt");
        assertEquals(0, statistics.dashboard(null, null, "b1-route", null, facilitator.caller()).signalsByStatus().size());
        assertEquals(Map.of("huisvesting", List.of(2L)), thisMonth(housing.trends().byTheme()), "the theme of the filter only");
        assertEquals(List.of("huisvesting"), housing.trends().signalsByTheme().stream().map(SignalSpread::code).toList());
        StatisticsService.Dashboard rijnmond = statistics.dashboard(null, null, null, regionOf("GM0599"), facilitator.caller());
        assertEquals(Map.of(regionOf("GM0599"), List.of(2L)), thisMonth(rijnmond.trends().byRegion()), "the region of the filter only");
        assertEquals(Map.of("b1-route", List.of(1L), "huisvesting", List.of(1L)), thisMonth(rijnmond.trends().byTheme()));
        assertTrue(statistics.dashboard(null, null, "b1-route", null, facilitator.caller()).trends().signalsByTheme().isEmpty());
        assertEquals(0, statistics.dashboard(today.minusYears(2), today.minusYears(1), null, null, facilitator.caller()).reported(),
                "nothing reported in a period long ago");

        // an explicit period of its own: figures for the default period may be cached from another test (up to a minute)
        StatisticsService.Dashboard national = statistics.dashboard(today.minusYears(1), today, null, null, coordinator.caller());
        assertFalse(national.scopedToCops());
        assertTrue(national.reported() >= 4);
        assertEquals(national.generatedAt(), statistics.dashboard(today.minusYears(1), today, null, null, person(Role.ADMIN, "DIVOSA")
                .caller()).generatedAt(), "handlers share the figures of the same minute");
        // issue 29: the dashboard holds what the facilitator's queue holds, also the knelpunten outside any CoP in their region
        report(person(Role.PROFESSIONAL, "GM0512"), "financiering", "GM0512", null);
        report(rotterdam, "financiering", "GM0599", null);
        StatisticsService.Dashboard funding = statistics.dashboard(null, null, "financiering", null, facilitator.caller());
        assertEquals(Map.of("GM0512", 1L), counts(funding.byGemeente()), "Gorinchem's, outside any CoP in their region; not Rotterdam's");
        Person elsewhere = person(Role.FACILITATOR, "DIVOSA");
        people.setRegions(elsewhere.id(), List.of("AM20"), admin.caller());
        assertEquals(0, statistics.dashboard(null, null, null, null, elsewhere.caller()).reported(),
                "a facilitator of no CoP sees the knelpunten outside any CoP in their region: none in Midden-Holland");
        Trends none = statistics.dashboard(null, null, null, null, elsewhere.caller()).trends();
        assertTrue(none.byTheme().rows().isEmpty() && none.byRegion().rows().isEmpty() && none.signalsByTheme().isEmpty(),
                "nor in the trends or the signals");
        assertTrue(none.byLevel().rows().stream().allMatch(row -> row.total() == 0));
    }

    /**
     * Issue 29: the time per level of knelpunten whose history is set in 2025 (each step moved to its day), with the working
     * days of every phase counted here by hand: weekends and Ascension Day (29 May), Whit Monday (9 June) left out.
     */
    @Test
    void timePerLevelCountsEveryEndedPhaseInWorkingDaysInThePeriodItEnded() throws Exception {
        Person admin = person(Role.ADMIN, "DIVOSA");
        Person facilitator = person(Role.FACILITATOR, "DIVOSA");
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person utrecht = person(Role.PROFESSIONAL, "GM0344");
        long cop = cop(admin, "CoP tijd per niveau", "Een CoP voor de tijd per niveau.", "b1-route", facilitator, utrecht);
        people.setRegions(facilitator.id(), List.of("AM35"), admin.caller());

        // execution 26 May – 2 June (4 working days), linking 2 – 6 June (4), execution again 6 – 11 June (2)
        String returned = report(utrecht, "b1-route", "GM0344", cop);
        steps.perform(returned, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(returned, Action.OPSCHALEN, "Speelt in de hele regio.", null, facilitator.caller());
        steps.perform(returned, Action.IN_BEHANDELING_NEMEN, null, null, coordinator.caller());
        steps.perform(returned, Action.TERUGLEGGEN, "Dit kan de gemeente zelf oplossen.", null, coordinator.caller());
        steps.perform(returned, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(returned, Action.OPLOSSEN, Resolution.OPGELOST_IN_UITVOERING, "Opgelost met een extra lesgroep.", null,
                facilitator.caller());
        on(returned, "MELDEN", "2025-05-26");
        on(returned, Action.OPSCHALEN.name(), "2025-06-02");
        on(returned, Action.TERUGLEGGEN.name(), "2025-06-06");
        on(returned, Action.OPLOSSEN.name(), "2025-06-11");
        // a duplicate merged 3 – 12 February (7); its report line moves to the knelpunt it was merged into
        String duplicate = report(utrecht, "huisvesting", "GM0344", cop);
        on(duplicate, "MELDEN", "2025-02-03");
        // to the ministry: execution 3 – 10 March (5), linking 10 – 12 March (2), system 12 March – 1 April (14)
        String answered = report(utrecht, "huisvesting", "GM0344", cop);
        duplicates.merge(duplicate, answered, "Hetzelfde knelpunt.", null, facilitator.caller());
        on(duplicate, Action.SAMENVOEGEN.name(), "2025-02-12");
        steps.perform(answered, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(answered, Action.OPSCHALEN, "Speelt landelijk.", null, facilitator.caller());
        steps.perform(answered, Action.IN_BEHANDELING_NEMEN, null, null, coordinator.caller());
        String signal = drafts.create(new SignalDrafts.SignalInput("Te weinig woningen voor de tijd per niveau",
                "Statushouders wachten lang op een woning en starten later met inburgeren.",
                "De taakstelling huisvesting sluit niet aan op de inburgering.", Urgency.GEMIDDELD, Proposal.FINANCIERING),
                List.of(answered), coordinator.caller()).getReference();
        signals.submit(signal, null, coordinator.caller());
        signals.acknowledge(signal, ministry.caller());
        signals.takeInHand(signal, ministry.caller());
        signals.respond(signal, Decision.NIET_OVERGENOMEN, "Dit past niet binnen de huidige wet; wij nemen het niet over.", null, null,
                ministry.caller());
        on(answered, "MELDEN", "2025-03-03");
        on(answered, Action.OPSCHALEN.name(), "2025-03-10");
        on(answered, Action.AAN_SIGNAAL_KOPPELEN.name(), "2025-03-12");
        on(answered, Action.SIGNAAL_BEANTWOORD.name(), "2025-04-01");
        // the signal: acknowledged 12 – 14 March (2), answered 12 March – 1 April (14)
        transaction.begin();
        em.createQuery("UPDATE Signal s SET s.submittedOn = :submitted, s.acknowledgedAt = :acknowledged, s.answeredAt = :answered"
                        + " WHERE s.reference = :r").setParameter("submitted", LocalDate.parse("2025-03-12"))
                .setParameter("acknowledged", at("2025-03-14")).setParameter("answered", at("2025-04-01")).setParameter("r", signal)
                .executeUpdate();
        transaction.commit();
        // still open at execution, and a stay at execution that ended after the period: neither counts
        String open = report(utrecht, "b1-route", "GM0344", cop);
        on(open, "MELDEN", "2025-06-20");
        String later = report(utrecht, "b1-route", "GM0344", cop);
        steps.perform(later, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(later, Action.OPSCHALEN, "Speelt in de hele regio.", null, facilitator.caller());
        on(later, "MELDEN", "2025-06-20");
        on(later, Action.OPSCHALEN.name(), "2025-07-01");
        em.getEntityManagerFactory().getCache().evictAll();

        LocalDate from = LocalDate.parse("2025-01-01");
        LocalDate to = LocalDate.parse("2025-06-30");
        PhaseFigures phases = statistics.dashboard(from, to, null, null, facilitator.caller()).phases();
        assertEquals(Map.of(Phase.EXECUTION, new LeadTimes(4, 4, 7, 7), Phase.LINKING, new LeadTimes(2, 2, 4, 4),
                Phase.SYSTEM, new LeadTimes(1, 14, 14, 14), Phase.ACKNOWLEDGEMENT, new LeadTimes(1, 2, 2, 2),
                Phase.ANSWER, new LeadTimes(1, 14, 14, 14)), phases.overall(), "execution 7, 5, 4 and 2; linking 2 and 4");
        assertEquals(List.of("b1-route", "huisvesting"), phases.byTheme().stream().map(PhaseFigures.Row::code).sorted().toList());
        Map<String, Map<Phase, LeadTimes>> byTheme = phases.byTheme().stream()
                .collect(Collectors.toMap(PhaseFigures.Row::code, PhaseFigures.Row::times));
        assertEquals(new LeadTimes(2, 2, 4, 4), byTheme.get("b1-route").get(Phase.EXECUTION));
        assertEquals(new LeadTimes(1, 4, 4, 4), byTheme.get("b1-route").get(Phase.LINKING));
        assertEquals(LeadTimes.NONE, byTheme.get("b1-route").get(Phase.ANSWER));
        assertEquals(new LeadTimes(2, 5, 7, 7), byTheme.get("huisvesting").get(Phase.EXECUTION));
        assertEquals(new LeadTimes(1, 14, 14, 14), byTheme.get("huisvesting").get(Phase.ANSWER));
        assertEquals(1, phases.monthsPerRow(), "six months: per month");
        Map<String, Map<Phase, LeadTimes>> perMonth = phases.overTime().stream()
                .collect(Collectors.toMap(PhaseFigures.Row::code, PhaseFigures.Row::times));
        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"),
                phases.overTime().stream().map(PhaseFigures.Row::code).toList());
        assertTrue(perMonth.get("2025-01").values().stream().allMatch(t -> t.count() == 0));
        assertEquals(new LeadTimes(1, 7, 7, 7), perMonth.get("2025-02").get(Phase.EXECUTION));
        assertEquals(new LeadTimes(1, 2, 2, 2), perMonth.get("2025-03").get(Phase.ACKNOWLEDGEMENT));
        assertEquals(new LeadTimes(1, 14, 14, 14), perMonth.get("2025-04").get(Phase.SYSTEM));
        assertEquals(new LeadTimes(2, 2, 4, 4), perMonth.get("2025-06").get(Phase.EXECUTION));

        PhaseFigures b1 = statistics.dashboard(from, to, "b1-route", null, facilitator.caller()).phases();
        assertEquals(new LeadTimes(2, 2, 4, 4), b1.overall().get(Phase.EXECUTION), "the theme of the filter only");
        assertEquals(LeadTimes.NONE, b1.overall().get(Phase.ANSWER), "the signal holds no b1-route knelpunt");
        assertTrue(statistics.dashboard(LocalDate.parse("2025-07-02"), LocalDate.parse("2025-12-31"), null, null, facilitator.caller())
                .phases().isEmpty(), "the stay that ended on 1 July counts in July only");
        // issue 29: the signal submitted on 12 March 2025 and not adopted, under the theme and region of its knelpunt
        Trends trends = statistics.dashboard(from, to, null, null, facilitator.caller()).trends();
        assertEquals(List.of(new SignalSpread("huisvesting", trends.signalsByTheme().get(0).label(), Map.of(Decision.NIET_OVERGENOMEN, 1L), 0)),
                trends.signalsByTheme());
        assertEquals(List.of(new SignalSpread(regionOf("GM0344"), trends.signalsByRegion().get(0).label(),
                Map.of(Decision.NIET_OVERGENOMEN, 1L), 0)), trends.signalsByRegion());
        assertTrue(trends.byTheme().rows().isEmpty(), "the knelpunten were reported today, not in 2025: " + trends.byTheme());
        assertEquals(6, trends.byLevel().months().size());
    }

    /** Moves the history lines of {@code action} on knelpunt {@code reference} (or moved from it in a merge) to 10:00 on {@code day}. */
    private void on(String reference, String action, String day) throws Exception {
        transaction.begin();
        em.createQuery("UPDATE BottleneckEvent e SET e.occurredAt = :t WHERE e.actionCode = :a AND (e.originReference = :r"
                        + " OR (e.originReference IS NULL AND e.bottleneck.id IN (SELECT b.id FROM Bottleneck b WHERE b.reference = :r)))")
                .setParameter("t", at(day)).setParameter("a", action).setParameter("r", reference).executeUpdate();
        transaction.commit();
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(DutchTime.ZONE).toInstant();
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

    private String report(Person reporter, String theme, String gemeente, Long cop, TargetGroup... groups) {
        return reporting.report(new BottleneckReporting.NewBottleneck("Knelpunt voor de cijfers over " + theme,
                "Een knelpunt uit de test van het dashboard, met genoeg tekst.", theme, gemeente, "Inburgeraars",
                EstimatedScale.TIENTALLEN, null, false, List.of(), cop, null).withTargetGroups(Set.of(groups)),
                reporter.caller()).getReference();
    }

    @Test
    void mijnGemeenteSetsTheFiguresOfTheGemeenteBesideTheRegionAndTheCountry() throws Exception {
        Person admin = person(Role.ADMIN, "DIVOSA");
        Person facilitator = person(Role.FACILITATOR, "DIVOSA");
        Person amersfoort = person(Role.PROFESSIONAL, "GM0307");
        Person utrecht = person(Role.PROFESSIONAL, "GM0344");
        long cop = cop(admin, "CoP gemeentecijfers", "Een CoP voor Mijn gemeente.", "taal",
                facilitator, amersfoort);
        report(amersfoort, "taal", "GM0307", null);
        String late = report(amersfoort, "huisvesting", "GM0307", null);
        String solved = report(amersfoort, "taal", "GM0307", null);
        steps.perform(solved, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(solved, Action.OPLOSSEN, Resolution.OPGELOST_IN_UITVOERING, "Opgelost met een extra lesgroep.", null,
                facilitator.caller());
        String elsewhere = report(utrecht, "taal", "GM0344", null);
        bottleneckSupporting.support(elsewhere, "GM0307", null, amersfoort.caller());
        LocalDate today = statistics.today();
        transaction.begin();
        em.createQuery("UPDATE Bottleneck b SET b.dueDate = :yesterday WHERE b.reference = :r")
                .setParameter("yesterday", today.minusDays(1)).setParameter("r", late).executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        GemeenteOverview.Overview o = gemeenteOverview.overview(amersfoort.caller());
        assertEquals("GM0307", o.gemeente().getCode());
        assertEquals("AM14", o.region().getCode());

        // the same figures counted here, one knelpunt at a time
        Viewer viewer = queries.viewer(amersfoort.caller());
        List<String> country = referenceData.gemeenten(null).stream().map(Organisation::getCode).toList();
        List<String> region = referenceData.gemeenten("AM14").stream().map(Organisation::getCode).toList();
        List<Bottleneck> all = em.createQuery("SELECT b FROM Bottleneck b", Bottleneck.class).getResultList().stream()
                .filter(viewer::maySee).toList();
        Map<String, Long> open = perGemeente(all.stream().filter(b -> b.getStatus().isOpen()).toList());
        Map<String, Long> execution = perGemeente(all.stream().filter(b -> b.getStatus().isOpen() && b.getLevel() == Level.EXECUTION).toList());
        Map<String, Long> overdue = perGemeente(all.stream().filter(b -> b.isOverdueOn(today)).toList());
        Map<String, Long> resolved = perGemeente(all.stream().filter(b -> b.getFinishedOn() != null && !b.getFinishedOn().isBefore(o.since())
                && !b.getFinishedOn().isAfter(today) && StatisticsService.solved(b.getStatus(), b.getResolutionCategory().orElse(null))).toList());
        Map<String, Long> supported = em.createQuery("SELECT s FROM Support s", Support.class).getResultList().stream()
                .filter(s -> s.getGemeente() != null).collect(Collectors.groupingBy(s -> s.getGemeente().getCode(), Collectors.mapping(s -> s.getBottleneck().getId(),
                        Collectors.collectingAndThen(Collectors.toSet(), ids -> (long) ids.size()))));
        assertEquals(Benchmark.of("GM0307", open, region, country), o.open());
        assertEquals(Benchmark.of("GM0307", execution, region, country), o.openByLevel().get(Level.EXECUTION));
        assertEquals(Benchmark.of("GM0307", overdue, region, country), o.overdue());
        assertEquals(Benchmark.of("GM0307", resolved, region, country), o.solved());
        assertEquals(Benchmark.of("GM0307", supported, region, country), o.supported());
        assertTrue(o.open().own() >= 2, "the two open knelpunten of this test");
        assertTrue(o.overdue().own() >= 1);
        assertTrue(o.solved().own() >= 1);
        assertTrue(o.supported().own() >= 1);
        assertTrue(o.cops().stream().anyMatch(c -> c.code().equals(String.valueOf(cop))), "its CoP membership");
        assertTrue(o.copMemberships().own() >= 1);
        assertEquals(region.size(), o.regionGemeenten());
        assertEquals(country.size(), o.countryGemeenten());

        GemeenteOverview.Overview partner = gemeenteOverview.overview(facilitator.caller());
        assertEquals(null, partner.gemeente(), "a partner organisation is no gemeente");
        assertTrue(partner.cops().stream().anyMatch(c -> c.code().equals(String.valueOf(cop))));
    }

    private static Map<String, Long> perGemeente(List<Bottleneck> knelpunten) {
        return knelpunten.stream().collect(Collectors.groupingBy(b -> b.getGemeente().getCode(), Collectors.counting()));
    }

    @Test
    void coverageCountsEachActiveGemeenteThatTakesPartOverallPerRegionPerProvinceAndPerYear() {
        Person almelo = person(Role.PROFESSIONAL, "GM0141");
        Person utrecht = person(Role.PROFESSIONAL, "GM0344");
        report(almelo, "taal", "GM0141", null);
        String other = report(utrecht, "taal", "GM0344", null);
        bottleneckSupporting.support(other, null, null, almelo.caller()); // a gemeente supports for itself
        // Almelo answers a monitor round asked of its region (Twente)
        MonitorRound round = monitor.draft(new MonitorService.RoundInput("Monitor voor de dekking", "Een uitvraag voor de dekkingscijfers.",
                monitor.today(), monitor.today().plusWeeks(2), TargetKind.REGIOS, List.of("AM05"), List.of(new QuestionDraft(
                        QuestionKind.JA_NEE, "Heeft uw gemeente een regionale aanpak?", List.of(), null, null, null, true, null)), null),
                person(Role.COORDINATOR, "VNG").caller());
        monitor.open(round.getId(), person(Role.COORDINATOR, "VNG").caller());
        MonitorRound asked = monitor.roundWithQuestions(round.getId(), almelo.caller());
        answering.submit(round.getId(), Map.of(asked.getQuestions().get(0).getId(), Answer.choice("JA")), almelo.caller());
        LocalDate today = statistics.today();
        LocalDate from = today.minusDays(1);
        CoverageService.Report r = coverage.coverage(from, today, person(Role.MINISTRY, "SZW").caller());

        // counted here from the records themselves
        Instant start = from.atStartOfDay(DutchTime.ZONE).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
        List<Organisation> gemeenten = referenceData.gemeenten(null);
        Set<String> active = gemeenten.stream().map(Organisation::getCode).collect(Collectors.toSet());
        Map<Participation, Set<String>> did = new EnumMap<>(Participation.class);
        did.put(Participation.GEMELD, em.createQuery("SELECT b FROM Bottleneck b", Bottleneck.class).getResultList().stream()
                .filter(b -> !b.getReportedOn().isBefore(from) && !b.getReportedOn().isAfter(today))
                .map(b -> b.getOrganisation().getCode()).filter(active::contains).collect(Collectors.toSet()));
        did.put(Participation.GESTEUND, em.createQuery("SELECT s FROM Support s", Support.class).getResultList().stream()
                .filter(s -> s.getGemeente() != null && !s.getSupportedAt().isBefore(start) && s.getSupportedAt().isBefore(end))
                .map(s -> s.getGemeente().getCode()).filter(active::contains).collect(Collectors.toSet()));
        did.put(Participation.COP_LID, em.createQuery("SELECT m FROM Membership m", Membership.class).getResultList().stream()
                .filter(m -> m.getStatus() == MembershipStatus.ACTIEF && m.getChangedAt().isBefore(end) && m.getPerson().getOrganisation() != null)
                .map(m -> m.getPerson().getOrganisation().getCode()).filter(active::contains).collect(Collectors.toSet()));
        did.put(Participation.VRAAG_GESTELD, em.createQuery("SELECT q FROM Question q", Question.class).getResultList().stream()
                .filter(q -> !q.getCreatedAt().isBefore(start) && q.getCreatedAt().isBefore(end) && q.getAskedBy().getOrganisation() != null)
                .map(q -> q.getAskedBy().getOrganisation().getCode()).filter(active::contains).collect(Collectors.toSet()));
        did.put(Participation.MONITOR_BEANTWOORD, em.createQuery("SELECT r FROM MonitorResponse r", MonitorResponse.class).getResultList()
                .stream().filter(a -> a.getStatus() == ResponseStatus.INGEDIEND && !a.getSubmittedAt().isBefore(start)
                        && a.getSubmittedAt().isBefore(end))
                .map(a -> a.getOrganisation().getCode()).filter(active::contains).collect(Collectors.toSet()));
        Set<String> any = new java.util.HashSet<>();
        did.values().forEach(any::addAll);
        assertEquals(gemeenten.size(), r.overall().gemeenten());
        for (Participation kind : Participation.values()) {
            assertEquals(did.get(kind).size(), r.overall().count(kind), kind.name());
        }
        assertEquals(any.size(), r.overall().any());
        assertTrue(did.get(Participation.GEMELD).contains("GM0141") && did.get(Participation.GESTEUND).contains("GM0141")
                && did.get(Participation.MONITOR_BEANTWOORD).contains("GM0141"));

        List<String> overijssel = gemeenten.stream().filter(g -> "Overijssel".equals(g.getProvince())).map(Organisation::getCode).toList();
        Coverage.Row province = r.perProvince().stream().filter(row -> row.code().equals("Overijssel")).findFirst().orElseThrow();
        assertEquals(overijssel.size(), province.gemeenten());
        assertEquals(did.get(Participation.GEMELD).stream().filter(overijssel::contains).count(), province.count(Participation.GEMELD));
        assertEquals(any.stream().filter(overijssel::contains).count(), province.any());
        List<String> almeloRegion = gemeenten.stream().filter(g -> "AM05".equals(g.getRegion().getCode())).map(Organisation::getCode).toList();
        Coverage.Row twente = r.perRegion().stream().filter(row -> row.code().equals("AM05")).findFirst().orElseThrow();
        assertEquals(almeloRegion.size(), twente.gemeenten());
        assertEquals(any.stream().filter(almeloRegion::contains).count(), twente.any());
        assertEquals(Math.round(100.0 * any.size() / gemeenten.size()), r.overall().anyPercentage().longValue());

        CoverageService.Year thisYear = r.perYear().get(r.perYear().size() - 1);
        assertEquals(today.getYear(), thisYear.year());
        assertEquals(5, r.perYear().size());
        assertTrue(thisYear.row().count(Participation.GEMELD) >= 1);
        assertThrows(AccessDeniedException.class, () -> coverage.coverage(null, null, almelo.caller()));
    }

    @Test
    void theRawExportHasOneLinePerKnelpuntWithOrganisationAndGemeenteButNoPeople() {
        People withMail = new People("ex-", true);
        Person reporter = withMail.signIn(userProfiles, "GM0344", Role.PROFESSIONAL);
        Person supporter = withMail.signIn(userProfiles, "GM0599", Role.PROFESSIONAL);
        String reference = reporting.report(new BottleneckReporting.NewBottleneck("Knelpunt voor de export",
                "Een knelpunt uit de test van de export, met genoeg tekst.", "taal", "GM0344", "Inburgeraars",
                EstimatedScale.HONDERDEN, null).withTargetGroups(Set.of(TargetGroup.GEZINSMIGRANTEN, TargetGroup.STATUSHOUDERS)),
                reporter.caller()).getReference();
        bottleneckSupporting.support(reference, "GM0599", "Ook bij ons.", supporter.caller());
        Person coordinator = person(Role.COORDINATOR, "VNG");
        LocalDate today = statistics.today();

        List<List<String>> lines = new ArrayList<>();
        long count = export.export(export.filter(today, today, null, null, coordinator.caller()), coordinator.caller(), lines::add);
        assertEquals(List.of("referentie", "titel", "gemeld_op", "thema_code", "thema", "gemeente_code", "gemeente", "arbeidsmarktregio",
                "provincie", "organisatie_code", "organisatie", "niveau", "status", "afhandelcategorie", "afgerond_op", "termijn",
                "afgeschermd", "doelgroepen", "schaal", "cop_id"), KnelpuntenExport.COLUMNS);
        assertEquals(count, lines.size());
        assertEquals(em.createQuery("SELECT COUNT(b) FROM Bottleneck b WHERE b.reportedOn = :today", Long.class)
                .setParameter("today", today).getSingleResult(), count, "a coordinator exports every knelpunt reported today");
        List<String> line = lines.stream().filter(l -> l.get(0).equals(reference)).findFirst().orElseThrow();
        Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < KnelpuntenExport.COLUMNS.size(); i++) {
            cells.put(KnelpuntenExport.COLUMNS.get(i), line.get(i));
        }
        assertEquals("GM0344", cells.get("gemeente_code"));
        assertEquals("Utrecht", cells.get("gemeente"));
        assertEquals("GM0344", cells.get("organisatie_code"));
        assertEquals("Utrecht", cells.get("provincie"));
        assertEquals("statushouders,gezinsmigranten", cells.get("doelgroepen"));
        assertEquals("UITVOERING", cells.get("niveau"));
        assertEquals("GEMELD", cells.get("status"));
        assertEquals("nee", cells.get("afgeschermd"));
        assertEquals(today.toString(), cells.get("gemeld_op"));
        for (List<String> l : lines) {
            assertEquals(KnelpuntenExport.COLUMNS.size(), l.size());
            for (String cell : l) {
                assertFalse(cell.contains("@"), "no e-mail address: " + cell);
                for (Person person : List.of(reporter, supporter)) {
                    assertFalse(cell.contains(person.username()) || cell.contains(person.claims().displayName()), "no names: " + cell);
                }
            }
        }
        for (Role role : List.of(Role.PROFESSIONAL, Role.FACILITATOR, Role.EDITOR)) {
            Person refused = person(role, "GM0344");
            assertThrows(AccessDeniedException.class, () -> export.filter(null, null, null, null, refused.caller()), role.name());
            assertThrows(AccessDeniedException.class, () -> export.export(new StatisticsFilter(today, today, null, null, null),
                    refused.caller(), l -> { }), role.name());
        }
    }

    /** Per row of a trend, the count of the period's last month (this month, in the default period). */
    private static Map<String, List<Long>> thisMonth(MonthSpread spread) {
        return spread.rows().stream().collect(Collectors.toMap(MonthSpread.Row::code,
                row -> List.of(row.counts().get(row.counts().size() - 1))));
    }

    private String regionOf(String gemeente) {
        return referenceData.gemeenten(null).stream().filter(g -> g.getCode().equals(gemeente)).findFirst().orElseThrow()
                .getRegion().getCode();
    }

    private static Map<String, Long> counts(List<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::code, Count::count));
    }

    private Person person(Role role, String organisation) {
        return new People("st-", false).signIn(userProfiles, organisation, role);
    }
}
