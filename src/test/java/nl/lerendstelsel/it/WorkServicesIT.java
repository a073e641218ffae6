package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.port.WorkQueries;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.qa.QuestionService;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.application.work.WorkService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Mijn werk" inside Payara Micro (Arquillian) on the real WAR: for each role, the worklist holds what that person must
 * act on and nothing else. The database is shared with the other in-container tests, so lists that every handler shares
 * (queues, signals, questions) are checked by what one step adds to or takes from them; a person's own lists exactly.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class WorkServicesIT extends CopFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(WorkServicesIT.class);
    }

    @Inject
    WorkService work;

    @Inject
    MeetingService meetings;

    @Inject
    SignalDrafts drafts;

    @Inject
    SignalService signals;

    @Inject
    QaService qa;

    @Inject
    QuestionService questions;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    @Test
    void aProfessionalSeesWhatIsAskedOfThemTheirKnelpuntenQuestionsAndCops() throws Exception {
        Person admin = person("DIVOSA", Role.ADMIN);
        Person reporter = person("GM0344", Role.PROFESSIONAL);
        Person colleague = person("GM0363", Role.PROFESSIONAL);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        WorkService.Worklist nothing = work.worklist(reporter.caller());
        assertEquals(0, nothing.everyone().mine().total());
        assertEquals(0, nothing.everyone().waitingForMe().total());
        assertTrue(nothing.everyone().cops().isEmpty());
        assertNull(nothing.handler(), "a professional handles nothing");
        assertNull(nothing.coordinator());
        assertNull(nothing.ministry());
        assertNull(nothing.editor());

        String asked = report(reporter, null);
        steps.perform(asked, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(asked, Action.INFORMATIE_VRAGEN, "Om hoeveel inburgeraars gaat het?", null, facilitator.caller());
        String resolved = report(reporter, null);
        steps.perform(resolved, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(resolved, Action.OPLOSSEN, Resolution.OPGELOST_IN_UITVOERING, "DUO plant extra toetsmomenten in de regio.", null,
                facilitator.caller());
        String fresh = report(reporter, null);
        // returned with feedback: the reporter's turn to accept it or send it back up
        Person coordinator = person("DIVOSA", Role.COORDINATOR);
        String returned = report(reporter, null);
        steps.perform(returned, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(returned, Action.OPSCHALEN, "Speelt in meer gemeenten van de regio.", null, facilitator.caller());
        steps.perform(returned, Action.IN_BEHANDELING_NEMEN, null, null, coordinator.caller());
        steps.perform(returned, Action.TERUGLEGGEN, "De gemeente kan de toets zelf eerder plannen.", null, coordinator.caller());
        report(colleague, null);
        questions.ask("Geldt de ontheffing ook voor inburgeraars in de Z-route?", null, reporter.caller());

        long cop = cop(admin, "Werklijst", "Uitwisseling over de planning van examens.", "b1-route",
                facilitator, reporter, colleague);
        LocalDateTime start = LocalDateTime.now().plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
        long meeting = meetings.plan(cop, new MeetingService.MeetingInput(MeetingKind.INTERVISIE, "Intervisie examenplanning",
                start, start.plusHours(2), "Utrecht", null, "Casussen"), facilitator.caller()).getId();
        discussions.start(cop, "Hoe plannen jullie examens?", DiscussionService.Body.markup("Wij lopen vast op de planning."),
                colleague.caller());

        WorkService.Everyone mine = work.worklist(reporter.caller()).everyone();
        assertEquals(List.of(asked, returned), references(mine.waitingForMe()),
                "information is asked of the reporter (by its due day), and a returned one waits for their answer");
        WorkService.Item waiting = mine.waitingForMe().items().get(0);
        assertEquals(Status.WACHT_OP_INFORMATIE, waiting.knelpunt().status());
        assertNotNull(waiting.knelpunt().waitingUntil(), "the day the wait expires");
        assertTrue(waiting.knelpunt().waitingUntil().isAfter(work.worklist(reporter.caller()).today()));

        assertEquals(List.of(resolved), references(mine.reopenable()), "resolved, within the reopen window");
        WorkService.Item reopenable = mine.reopenable().items().get(0);
        assertEquals(reopenable.knelpunt().finishedOn().plusDays(30), reopenable.reopenUntil());
        update("UPDATE bottleneck SET finished_on = ?1 WHERE reference = ?2", reopenable.knelpunt().finishedOn().minusDays(31), resolved);
        assertEquals(0, work.worklist(reporter.caller()).everyone().reopenable().total(), "the reopen window has passed");

        assertEquals(4, mine.mine().total(), "only the reporter's own knelpunten");
        assertEquals(Set.of(asked, resolved, fresh, returned), Set.copyOf(references(mine.mine())));
        WorkService.Item askedLine = mine.mine().items().stream().filter(i -> i.knelpunt().reference().equals(asked)).findFirst().orElseThrow();
        assertEquals("INFORMATIE_VRAGEN", askedLine.latest().actionCode(), "the latest step of each knelpunt");
        WorkService.Item freshLine = mine.mine().items().stream().filter(i -> i.knelpunt().reference().equals(fresh)).findFirst().orElseThrow();
        assertEquals("MELDEN", freshLine.latest().actionCode());

        assertEquals(1, mine.questions().total());
        assertEquals(QuestionStatus.NIEUW, mine.questions().items().get(0).status());
        assertNull(mine.questions().items().get(0).answerEntryId());

        assertEquals(1, mine.cops().size());
        WorkService.CopLine line = mine.cops().get(0);
        assertEquals(cop, line.cop().id());
        assertFalse(line.cop().facilitator());
        assertNotNull(line.nextMeeting(), "the coming meeting");
        assertEquals(meeting, line.nextMeeting().id());
        assertEquals(1, line.unreadDiscussions(), "the colleague's new discussion");
        assertEquals(0, work.worklist(colleague.caller()).everyone().cops().get(0).unreadDiscussions(),
                "whoever wrote it has read it");
    }

    @Test
    void aFacilitatorSeesAssignedWorkOverdueFirstAndTheQueueOfTheirCops() throws Exception {
        Person admin = person("DIVOSA", Role.ADMIN);
        Person reporter = person("GM0344", Role.PROFESSIONAL);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        Person otherFacilitator = person("DIVOSA", Role.FACILITATOR);
        long mine = cop(admin, facilitator, reporter);
        long theirs = cop(admin, otherFacilitator, reporter);

        WorkService.Handler before = work.worklist(facilitator.caller()).handler();
        assertNotNull(before);
        assertEquals(0, before.assigned().total());
        assertEquals(List.of(Level.EXECUTION), before.queues().stream().map(WorkService.Queue::level).toList());
        long queued = before.queues().get(0).items().total();
        long proposed = before.proposed().total();

        String inMyCop = report(reporter, mine);
        report(reporter, theirs);
        WorkService.Handler after = work.worklist(facilitator.caller()).handler();
        assertEquals(queued + 1, after.queues().get(0).items().total(), "a new knelpunt in their CoP, not the other CoP's");
        assertEquals(0, work.worklist(reporter.caller()).everyone().waitingForMe().total());

        String later = report(reporter, mine);
        String overdue = report(reporter, mine);
        steps.perform(later, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(overdue, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        LocalDate today = work.worklist(facilitator.caller()).today();
        update("UPDATE bottleneck SET due_date = ?1 WHERE reference = ?2", today.minusDays(3), overdue);
        update("UPDATE bottleneck SET proposed = ?1 WHERE reference = ?2", 1, inMyCop);

        WorkService.Handler handling = work.worklist(facilitator.caller()).handler();
        assertEquals(List.of(overdue, later), references(handling.assigned()), "assigned to them, overdue first");
        assertTrue(handling.assigned().items().get(0).overdue());
        assertFalse(handling.assigned().items().get(1).overdue());
        assertNotNull(handling.assigned().items().get(1).knelpunt().due(), "the due day is shown");
        assertEquals(queued + 1, handling.queues().get(0).items().total(), "taken knelpunten leave the queue");
        assertEquals(proposed + 1, handling.proposed().total(), "proposed for escalation");
        assertEquals(proposed, work.worklist(otherFacilitator.caller()).handler().proposed().total(),
                "not for the facilitator of another CoP");
        assertEquals(List.of(overdue, later), references(work.assigned(facilitator.caller(), 100)), "the queue's tab");
        assertEquals(0, work.assigned(otherFacilitator.caller(), 100).total());
    }

    @Test
    void aCoordinatorAndTheMinistrySeeTheSignalsThatWaitForThem() throws Exception {
        Person reporter = person("GM0344", Role.PROFESSIONAL);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        Person coordinator = person("VNG", Role.COORDINATOR);
        Person ministry = person("SZW", Role.MINISTRY);
        WorkService.Worklist coordinating = work.worklist(coordinator.caller());
        assertNotNull(coordinating.handler());
        assertEquals(List.of(Level.LINKING), coordinating.handler().queues().stream().map(WorkService.Queue::level).toList());
        assertNull(coordinating.ministry());
        long newAtLinking = coordinating.coordinator().newAtLinking().total();
        long linkingQueue = coordinating.handler().queues().get(0).items().total();
        long concepts = coordinating.coordinator().concepts().total();
        long questioned = coordinating.coordinator().awaitingAnswer().total();
        WorkService.Ministry szw = work.worklist(ministry.caller()).ministry();
        assertNull(work.worklist(ministry.caller()).handler());
        long toAcknowledge = szw.toAcknowledge().total();
        long toAnswer = szw.toAnswer().total();
        long overdue = szw.overdue().total();

        String knelpunt = report(reporter, null);
        steps.perform(knelpunt, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(knelpunt, Action.OPSCHALEN, "Speelt in meerdere regio's.", null, facilitator.caller());
        coordinating = work.worklist(coordinator.caller());
        assertEquals(newAtLinking + 1, coordinating.coordinator().newAtLinking().total(), "escalated to the linking level");
        assertEquals(linkingQueue + 1, coordinating.handler().queues().get(0).items().total());
        steps.perform(knelpunt, Action.IN_BEHANDELING_NEMEN, null, null, coordinator.caller());

        String signal = drafts.create(new SignalDrafts.SignalInput("Te weinig examenplekken", "Gemeenten melden hetzelfde probleem.",
                "De oorzaak ligt in de regelgeving.", Urgency.HOOG, Proposal.AANPASSING_WET_REGELGEVING), List.of(knelpunt),
                coordinator.caller()).getReference();
        assertEquals(concepts + 1, work.worklist(coordinator.caller()).coordinator().concepts().total(), "a concept");
        assertEquals(toAcknowledge, work.worklist(ministry.caller()).ministry().toAcknowledge().total(), "SZW sees no concepts");

        signals.submit(signal, null, coordinator.caller());
        assertEquals(concepts, work.worklist(coordinator.caller()).coordinator().concepts().total());
        assertEquals(toAcknowledge + 1, work.worklist(ministry.caller()).ministry().toAcknowledge().total(), "to acknowledge");

        signals.acknowledge(signal, ministry.caller());
        szw = work.worklist(ministry.caller()).ministry();
        assertEquals(toAcknowledge, szw.toAcknowledge().total());
        assertEquals(toAnswer + 1, szw.toAnswer().total(), "to answer");

        signals.askQuestions(signal, "Om hoeveel inburgeraars gaat het per jaar?", ministry.caller());
        assertEquals(questioned + 1, work.worklist(coordinator.caller()).coordinator().awaitingAnswer().total(),
                "SZW waits for the coordinator's answer");
        assertEquals(toAnswer, work.worklist(ministry.caller()).ministry().toAnswer().total());

        signals.answerQuestions(signal, "Ongeveer 400 per jaar.", coordinator.caller());
        assertEquals(questioned, work.worklist(coordinator.caller()).coordinator().awaitingAnswer().total());
        LocalDate today = work.worklist(ministry.caller()).today();
        update("UPDATE szw_signal SET answer_due = ?1 WHERE reference = ?2", LocalDate.of(2000, 1, 3), signal);
        szw = work.worklist(ministry.caller()).ministry();
        assertEquals(overdue + 1, szw.overdue().total(), "past the answer deadline");
        assertTrue(szw.overdue().items().stream().anyMatch(s -> s.signal().reference().equals(signal) && s.overdue()),
                "the longest overdue first");
        assertEquals(SignalStatus.IN_BEHANDELING, szw.overdue().items().stream().filter(s -> s.signal().reference().equals(signal))
                .findFirst().orElseThrow().signal().status());
    }

    @Test
    void anEditorSeesQuestionsVersionsToSignOffForTheirOrganisationAndAnswersExpiring() throws Exception {
        Person asker = person("GM0344", Role.PROFESSIONAL);
        Person divosa = person("DIVOSA", Role.EDITOR);
        Person divosa2 = person("DIVOSA", Role.EDITOR);
        Person szw = person("SZW", Role.EDITOR);
        WorkService.Editor before = work.worklist(divosa.caller()).editor();
        assertNotNull(before);
        assertEquals(Partner.DIVOSA, before.partner());
        assertNull(work.worklist(asker.caller()).editor());
        long open = before.openQuestions().total();
        long toSign = before.toSignOff().total();
        long toSignSzw = work.worklist(szw.caller()).editor().toSignOff().total();
        long expiring = before.expiring().total();

        questions.ask("Moet een inburgeraar de kosten van een herexamen zelf betalen?", null, asker.caller());
        assertEquals(open + 1, work.worklist(divosa.caller()).editor().openQuestions().total());

        LocalDate today = work.worklist(divosa.caller()).today();
        QaVersion both = qa.create("b1-route", EnumSet.of(Partner.DIVOSA, Partner.SZW), draft("Wie betaalt een herexamen?", today,
                today.plusYears(1)), divosa.caller());
        qa.submit(both.getId(), divosa.caller());
        assertEquals(toSign + 1, work.worklist(divosa.caller()).editor().toSignOff().total(), "Divosa must sign");
        assertEquals(toSignSzw + 1, work.worklist(szw.caller()).editor().toSignOff().total(), "SZW must sign");
        qa.approve(both.getId(), divosa2.caller());
        assertEquals(toSign, work.worklist(divosa.caller()).editor().toSignOff().total(), "signed for Divosa");
        assertEquals(toSignSzw + 1, work.worklist(szw.caller()).editor().toSignOff().total(), "SZW still has to");

        QaVersion soon = qa.create("b1-route", EnumSet.of(Partner.DIVOSA), draft("Tot wanneer geldt de overgangsregeling?", today,
                today.plusDays(10)), divosa.caller());
        qa.submit(soon.getId(), divosa.caller());
        qa.approve(soon.getId(), divosa2.caller());
        WorkService.Editor after = work.worklist(divosa.caller()).editor();
        assertEquals(expiring + 1, after.expiring().total(), "valid for ten more days");
        QaVersion later = qa.create("b1-route", EnumSet.of(Partner.DIVOSA), draft("Wat kost een examen?", today,
                today.plusDays(60)), divosa.caller());
        qa.submit(later.getId(), divosa.caller());
        qa.approve(later.getId(), divosa2.caller());
        assertEquals(expiring + 1, work.worklist(divosa.caller()).editor().expiring().total(), "sixty days is not soon");
    }

    // ---- helpers

    private static QaService.Draft draft(String question, LocalDate from, LocalDate until) {
        return new QaService.Draft(question, "Het antwoord staat in de Wet inburgering 2021 en het Besluit inburgering 2021.",
                List.of(), from, until, null);
    }

    private long cop(Person admin, Person facilitator, Person member) {
        return cop(admin, "Werk", "Uitwisseling over de planning.", "b1-route", facilitator, member);
    }

    private String report(Person reporter, Long cop) {
        return reporting.report(new BottleneckReporting.NewBottleneck("Te weinig toetsplekken voor het B1-examen",
                "Inburgeraars moeten maanden wachten op een plek voor het examen op B1-niveau.", "b1-route", "GM0344",
                "Inburgeraars in de B1-route", EstimatedScale.TIENTALLEN, null, false, List.of(), cop, null),
                reporter.caller()).getReference();
    }

    private void update(String sql, Object value, String reference) throws Exception {
        transaction.begin();
        Object bound = value instanceof LocalDate day ? java.sql.Date.valueOf(day) : value;
        assertEquals(1, em.createNativeQuery(sql).setParameter(1, bound).setParameter(2, reference).executeUpdate());
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private static List<String> references(WorkQueries.Slice<WorkService.Item> slice) {
        return slice.items().stream().map(i -> i.knelpunt().reference()).toList();
    }

    private Person person(String organisation, Role role) {
        return new People("w-", false).signIn(userProfiles, organisation, role);
    }
}
