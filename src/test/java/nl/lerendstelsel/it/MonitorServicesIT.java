package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.job.MonitorReminderJob;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.application.monitor.MonitorAnswering;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.monitor.Answer;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.QuestionDraft;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.domain.model.monitor.RoundResults;
import nl.lerendstelsel.domain.model.monitor.RoundStatus;
import nl.lerendstelsel.domain.model.monitor.TargetKind;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitor rounds (issue 29) inside Payara Micro on the real WAR: the round's life cycle with what every role may do; one
 * response per organisation when two colleagues submit at once; the results and response rates against figures the
 * test computes itself (the organisations asked counted in SQL); the comparison with the round whose questions were
 * copied; the reminder, sent once. Rounds ask the arbeidsmarktregio's Midden-Utrecht (AM13) and Rijnmond (AM22).
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class MonitorServicesIT {

    private static final People PEOPLE = new People("mon-", false);

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(MonitorServicesIT.class);
    }

    @Inject
    MonitorService monitor;

    @Inject
    MonitorAnswering answering;

    @Inject
    MonitorResults results;

    @Inject
    MonitorReminderJob reminderJob;

    @Inject
    nl.lerendstelsel.domain.model.monitor.MonitorRepository repository;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    UserProfileService userProfiles;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    private static final List<QuestionDraft> QUESTIONS = List.of(
            new QuestionDraft(QuestionKind.ENKELVOUDIGE_KEUZE, "Hoe voert u de brede intake uit?", List.of("Zelf", "Uitbesteed", "Gemengd"),
                    null, null, null, true, null),
            new QuestionDraft(QuestionKind.GETAL, "Hoeveel inburgeraars startten dit jaar?", List.of(), "inburgeraars", 0.0, 20_000.0,
                    false, null),
            new QuestionDraft(QuestionKind.SCHAAL, "Hoe tevreden bent u over de taalaanbieders?", List.of(), null, null, null, false, null),
            new QuestionDraft(QuestionKind.OPEN, "Wat is uw grootste knelpunt?", List.of(), null, null, null, false, null));

    private Person person(String organisation, Role... roles) {
        return PEOPLE.signIn(userProfiles, organisation, roles);
    }

    private MonitorService.RoundInput input(String title, LocalDate closesOn, List<String> regions, List<QuestionDraft> questions,
                                            Long previous) {
        return new MonitorService.RoundInput(title, "Jaarlijkse uitvraag naar het gemeentelijk beleid.", monitor.today(), closesOn,
                TargetKind.REGIOS, regions, questions, previous);
    }

    private static Map<Long, Answer> answers(MonitorRound round, Answer... given) {
        Map<Long, Answer> answers = new java.util.HashMap<>();
        for (int i = 0; i < given.length; i++) {
            if (given[i] != null) {
                answers.put(round.getQuestions().get(i).getId(), given[i]);
            }
        }
        return answers;
    }

    /** The active gemeenten of these regions, counted straight in the database. */
    private long gemeentenIn(String... regions) {
        long count = 0;
        for (String region : regions) {
            count += ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisation WHERE kind = 'GEMEENTE' AND active = TRUE"
                    + " AND region_code = ?").setParameter(1, region).getSingleResult()).longValue();
        }
        return count;
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Test
    void theLifeCycleWithWhatEveryRoleMayDo() {
        Person coordinator = person("VNG", Role.COORDINATOR);
        Person admin = person("DIVOSA", Role.ADMIN);
        Person ministry = person("SZW", Role.MINISTRY);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        Person editor = person("DIVOSA", Role.EDITOR);
        Person utrecht = person("GM0344", Role.PROFESSIONAL);
        Person utrechtColleague = person("GM0344", Role.PROFESSIONAL);
        Person zeist = person("GM0355", Role.PROFESSIONAL);
        Person amsterdam = person("GM0363", Role.PROFESSIONAL);
        MonitorService.RoundInput draft = input("Monitor levenscyclus", monitor.today().plusWeeks(4), List.of("AM13"), QUESTIONS, null);

        for (Person refused : List.of(utrecht, ministry, facilitator, editor)) {
            assertThrows(AccessDeniedException.class, () -> monitor.draft(draft, refused.caller()), refused.username() + " cannot draft");
        }
        MonitorRound round = monitor.draft(draft, coordinator.caller());
        assertEquals(RoundStatus.CONCEPT, round.getStatus());
        assertEquals(4, round.getQuestions().size());
        long id = round.getId();
        assertNotNull(monitor.update(id, input("Monitor levenscyclus (bijgewerkt)", monitor.today().plusWeeks(4), List.of("AM13"),
                QUESTIONS, null), admin.caller()), "an admin edits a draft too");
        for (Person blind : List.of(utrecht, ministry)) {
            assertThrows(NotFoundException.class, () -> monitor.round(id, blind.caller()), "a draft is not shown to " + blind.username());
            assertTrue(monitor.rounds(blind.caller()).stream().noneMatch(r -> r.getId().equals(id)));
        }
        assertThrows(AccessDeniedException.class, () -> monitor.open(id, utrecht.caller()));
        assertThrows(AccessDeniedException.class, () -> monitor.open(id, ministry.caller()));
        assertThrows(AccessDeniedException.class, () -> answering.save(id, Map.of(), utrecht.caller()), "no answers to a draft");

        long before = count("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND reference = ?", utrecht.id(), "MON-" + id);
        monitor.open(id, coordinator.caller());
        assertEquals(before + 1, count("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND reference = ? AND kind = 'MONITOR'",
                utrecht.id(), "MON-" + id), "opening tells the professionals of the gemeenten asked");
        assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND reference = ?", amsterdam.id(), "MON-" + id),
                "Amsterdam is not in Midden-Utrecht");
        assertThrows(NotPossibleException.class, () -> monitor.update(id, draft, coordinator.caller()), "an open round keeps its questions");
        assertThrows(NotFoundException.class, () -> monitor.round(id, amsterdam.caller()), "a round that does not ask you is not shown");
        assertThrows(AccessDeniedException.class, () -> answering.save(id, Map.of(), amsterdam.caller()));
        assertThrows(AccessDeniedException.class, () -> answering.save(id, Map.of(), coordinator.caller()), "a coordinator does not fill in");

        MonitorRound open = monitor.roundWithQuestions(id, utrecht.caller());
        // the personal-data guard on open answers, and answers checked per question
        assertThrows(PersonalDataRejectedException.class, () -> answering.save(id, answers(open, null, null, null,
                Answer.text("Mevrouw Jansen, BSN 111222333, wacht al maanden")), utrecht.caller()));
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> answering.save(id,
                answers(open, Answer.choice("Anders"), Answer.number(-5)), utrecht.caller()));
        assertEquals(2, invalid.reasons().size(), invalid.reasons().toString());
        answering.save(id, answers(open, null, Answer.number(250)), utrecht.caller());
        assertEquals(250.0, answering.responseOf(id, utrechtColleague.caller()).orElseThrow()
                .answerTo(open.getQuestions().get(1)).number(), "any professional of the gemeente continues the draft");
        assertTrue(answering.responseOf(id, zeist.caller()).isEmpty(), "another organisation does not read Utrecht's draft");
        assertThrows(AccessDeniedException.class, () -> results.results(id, null, null, utrecht.caller()), "a professional reads no one else's answers");
        assertThrows(AccessDeniedException.class, () -> results.results(id, null, null, facilitator.caller()));
        assertThrows(InvalidInputException.class, () -> answering.submit(id, answers(open, null, Answer.number(250)), utrechtColleague.caller()),
                "the required question is unanswered");
        answering.submit(id, answers(open, Answer.choice("Zelf"), Answer.number(250)), utrechtColleague.caller());
        var submitted = answering.responseOf(id, utrecht.caller()).orElseThrow();
        assertTrue(submitted.isSubmitted());
        assertEquals(utrechtColleague.id(), submitted.getSubmittedBy().getId(), "who submitted is recorded");
        assertNotNull(submitted.getSubmittedAt());
        assertThrows(NotPossibleException.class, () -> answering.submit(id, answers(open, Answer.choice("Gemengd")), utrecht.caller()),
                "submitted once");
        for (Person reader : List.of(coordinator, admin, ministry)) {
            assertEquals(1, results.results(id, null, null, reader.caller()).overall().answered(), reader.username() + " reads the results");
        }
        assertThrows(AccessDeniedException.class, () -> answering.reopen(id, "GM0344", ministry.caller()), "only a coordinator or admin reopens");
        answering.reopen(id, "GM0344", coordinator.caller());
        assertTrue(!answering.responseOf(id, utrecht.caller()).orElseThrow().isSubmitted(), "reopened: a draft again, answers kept");
        answering.submit(id, answers(open, Answer.choice("Gemengd"), Answer.number(260)), utrecht.caller());
        monitor.close(id, coordinator.caller());
        assertThrows(NotPossibleException.class, () -> answering.save(id, Map.of(), zeist.caller()), "closed: no more answers");
        assertThrows(NotPossibleException.class, () -> answering.reopen(id, "GM0344", coordinator.caller()));
        assertEquals(RoundStatus.GESLOTEN, monitor.round(id, ministry.caller()).getStatus());
    }

    @Test
    void twoColleaguesSubmittingAtOnceMakeOneResponse() throws Exception {
        Person coordinator = person("VNG", Role.COORDINATOR);
        Person anna = person("GM0599", Role.PROFESSIONAL);
        Person bram = person("GM0599", Role.PROFESSIONAL);
        for (int attempt = 0; attempt < 5; attempt++) {
            long id = executor.submit(() -> {
                MonitorRound round = monitor.draft(input("Monitor gelijktijdig", monitor.today().plusWeeks(2), List.of("AM22"), QUESTIONS,
                        null), coordinator.caller());
                monitor.open(round.getId(), coordinator.caller());
                return round.getId();
            }).get();
            MonitorRound round = executor.submit(() -> monitor.roundWithQuestions(id, anna.caller())).get();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> tries = new ArrayList<>();
            for (Person who : List.of(anna, bram)) {
                tries.add(executor.submit(() -> {
                    start.await();
                    try {
                        answering.submit(id, answers(round, Answer.choice(who == anna ? "Zelf" : "Uitbesteed")), who.caller());
                        return "submitted";
                    } catch (NotPossibleException | ConcurrentChangeException | jakarta.persistence.OptimisticLockException e) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> t : tries) {
                outcomes.add(t.get());
            }
            assertEquals(List.of("refused", "submitted"), outcomes.stream().sorted().toList(), "attempt " + attempt);
            // read in a managed thread too: the test thread's entity manager does not survive the executor's context
            List<Boolean> responses = executor.submit(() -> repository.responses(id).stream()
                    .filter(r -> r.getOrganisation().getCode().equals("GM0599")).map(r -> r.isSubmitted()).toList()).get();
            assertEquals(List.of(true), responses, "attempt " + attempt + ": one response, submitted");
        }
    }

    @Test
    void resultsAndResponseRatesMatchWhatTheTestCountsAndCompareYearOnYear() throws Exception {
        Person coordinator = person("VNG", Role.COORDINATOR);
        Person ministry = person("SZW", Role.MINISTRY);
        Map<String, Person> gemeenten = Map.of("GM0344", person("GM0344", Role.PROFESSIONAL), "GM0355", person("GM0355", Role.PROFESSIONAL),
                "GM0599", person("GM0599", Role.PROFESSIONAL), "GM0356", person("GM0356", Role.PROFESSIONAL));
        List<String> regions = List.of("AM13", "AM22");
        // last year's round: two gemeenten answer, then it closes
        MonitorRound lastYear = monitor.draft(input("Monitor vorig jaar", monitor.today().plusWeeks(3), regions, QUESTIONS, null),
                coordinator.caller());
        long previousId = lastYear.getId();
        monitor.open(previousId, coordinator.caller());
        MonitorRound before = monitor.roundWithQuestions(previousId, coordinator.caller());
        answering.submit(previousId, answers(before, Answer.choice("Uitbesteed"), Answer.number(80), Answer.number(2)), gemeenten.get("GM0344").caller());
        answering.submit(previousId, answers(before, Answer.choice("Uitbesteed"), Answer.number(40), Answer.number(3)), gemeenten.get("GM0599").caller());
        monitor.close(previousId, coordinator.caller());

        // this year's: the same questions, copied; three gemeenten submit, one keeps a draft
        MonitorRound thisYear = monitor.draft(input("Monitor dit jaar", monitor.today().plusWeeks(3), regions, List.of(), null),
                coordinator.caller());
        long id = thisYear.getId();
        monitor.copyQuestions(id, previousId, coordinator.caller());
        monitor.open(id, coordinator.caller());
        MonitorRound round = monitor.roundWithQuestions(id, coordinator.caller());
        for (int i = 0; i < round.getQuestions().size(); i++) {
            assertEquals(before.getQuestions().get(i).getId(), round.getQuestions().get(i).getCopiedFrom());
        }
        answering.submit(id, answers(round, Answer.choice("Zelf"), Answer.number(100), Answer.number(4),
                Answer.text("Wachtlijsten bij de taalscholen")), gemeenten.get("GM0344").caller());
        answering.submit(id, answers(round, Answer.choice("Zelf"), Answer.number(30), Answer.number(2)), gemeenten.get("GM0355").caller());
        answering.submit(id, answers(round, Answer.choice("Uitbesteed"), Answer.number(900)), gemeenten.get("GM0599").caller());
        answering.save(id, answers(round, Answer.choice("Gemengd"), Answer.number(5000)), gemeenten.get("GM0356").caller());

        MonitorResults.Results all = results.results(id, null, null, ministry.caller());
        long asked = gemeentenIn("AM13", "AM22");
        assertEquals(asked, all.overall().asked());
        assertEquals(3, all.overall().answered(), "the draft does not count");
        assertEquals(Math.round(300.0 / asked), all.overall().percent());
        RoundResults.ResponseRate midUtrecht = all.perRegion().stream().filter(r -> r.key().equals("AM13")).findFirst().orElseThrow();
        assertEquals(gemeentenIn("AM13"), midUtrecht.asked());
        assertEquals(2, midUtrecht.answered());
        RoundResults.ResponseRate rijnmond = all.perRegion().stream().filter(r -> r.key().equals("AM22")).findFirst().orElseThrow();
        assertEquals(Math.round(100.0 / gemeentenIn("AM22")), rijnmond.percent());
        assertEquals(all.respondents().size(), asked, "the table of who answered lists every gemeente asked");

        MonitorResults.Line choice = all.lines().get(0);
        assertEquals(3, choice.current().answered());
        assertEquals(List.of(2L, 1L, 0L), choice.current().options().stream().map(RoundResults.OptionCount::count).toList());
        assertEquals(2.0 / 3, choice.current().options().get(0).share(), 1e-9);
        assertEquals(List.of(0L, 2L, 0L), choice.previous().options().stream().map(RoundResults.OptionCount::count).toList(),
                "last year both chose Uitbesteed");
        MonitorResults.Line number = all.lines().get(1);
        assertEquals((100 + 30 + 900) / 3.0, number.current().mean(), 1e-9);
        assertEquals(100.0, number.current().median());
        assertEquals(60.0, number.previous().mean(), 1e-9, "last year's mean of 80 and 40");
        assertEquals(60.0, number.previous().median(), 1e-9);
        MonitorResults.Line scale = all.lines().get(2);
        assertEquals(3.0, scale.current().mean(), 1e-9);
        assertEquals(List.of("Wachtlijsten bij de taalscholen"), all.lines().get(3).current().texts());
        assertNull(all.lines().get(3).previous().mean());

        MonitorResults.Results rijnmondOnly = results.results(id, "AM22", null, coordinator.caller());
        assertEquals(gemeentenIn("AM22"), rijnmondOnly.overall().asked());
        assertEquals(1, rijnmondOnly.overall().answered());
        assertEquals(List.of(0L, 1L, 0L), rijnmondOnly.lines().get(0).current().options().stream().map(RoundResults.OptionCount::count).toList());
        assertEquals(List.of(0L, 1L, 0L), rijnmondOnly.lines().get(0).previous().options().stream().map(RoundResults.OptionCount::count).toList(),
                "the comparison takes the same filter");
        MonitorResults.Results zuidHolland = results.results(id, null, "Zuid-Holland", coordinator.caller());
        assertEquals(1, zuidHolland.overall().answered());

        // Utrecht's own view: its answer beside Midden-Utrecht (Utrecht and Zeist) and both regions together
        MonitorResults.OwnView own = results.own(id, gemeenten.get("GM0344").caller());
        assertEquals(100.0, own.lines().get(1).own().number());
        assertEquals(65.0, own.lines().get(1).region().mean(), 1e-9);
        assertEquals(3, own.lines().get(1).country().answered());

        MonitorResults.Table csv = results.anonymousAnswers(id, coordinator.caller());
        assertEquals(3, csv.rows().size());
        assertTrue(csv.rows().stream().flatMap(List::stream).noneMatch(cell -> cell.contains("GM0") || cell.contains("Utrecht")),
                "no organisation in the anonymous answers");
        assertThrows(AccessDeniedException.class, () -> results.anonymousAnswers(id, gemeenten.get("GM0344").caller()));
        assertTrue(results.responsesOf("GM0344").stream().anyMatch(r -> r.roundId().equals(id) && r.submittedAt() != null));
    }

    @Test
    void organisationsThatHaveNotSubmittedAreRemindedOnce() {
        Person coordinator = person("VNG", Role.COORDINATOR);
        Person utrecht = person("GM0344", Role.PROFESSIONAL);
        Person zeist = person("GM0355", Role.PROFESSIONAL);
        LocalDate today = monitor.today();
        LocalDate closes = calendar.plusWorkingDays(today, 12);
        LocalDate reminderDay = calendar.plusWorkingDays(closes, -5);
        MonitorRound round = monitor.draft(input("Monitor herinnering", closes, List.of("AM13"), QUESTIONS, null), coordinator.caller());
        long id = round.getId();
        monitor.open(id, coordinator.caller());
        MonitorRound open = monitor.roundWithQuestions(id, coordinator.caller());
        answering.submit(id, answers(open, Answer.choice("Zelf")), utrecht.caller());
        answering.save(id, answers(open, Answer.choice("Gemengd")), zeist.caller());
        String sent = "SELECT COUNT(*) FROM reminder_sent WHERE subject_ref LIKE ?";
        String reminders = "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND reference = ? AND kind = 'HERINNERING'";

        reminderJob.run(calendar.plusWorkingDays(reminderDay, -1));
        assertEquals(0, count(sent, "MON-" + id + "-%"), "not before the reminder day");
        reminderJob.run(reminderDay);
        assertEquals(gemeentenIn("AM13") - 1, count(sent, "MON-" + id + "-%"), "every gemeente asked but Utrecht, which submitted");
        assertEquals(1, count(reminders, zeist.id(), "MON-" + id), "Zeist saved a draft only");
        assertEquals(0, count(reminders, utrecht.id(), "MON-" + id));
        reminderJob.run(reminderDay);
        reminderJob.run(calendar.plusWorkingDays(reminderDay, 1));
        assertEquals(gemeentenIn("AM13") - 1, count(sent, "MON-" + id + "-%"), "once");
        assertEquals(1, count(reminders, zeist.id(), "MON-" + id), "once");
    }
}
