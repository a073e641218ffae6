package nl.lerendstelsel.application.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.monitor.Answer;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.MonitorRepository;
import nl.lerendstelsel.domain.model.monitor.MonitorResponse;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.QuestionDraft;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.domain.model.monitor.TargetKind;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * The demo's monitor rounds (issue 29), after the KIS/Divosa monitor of gemeentelijk beleid: last year's round, held and
 * closed in its own period (so its days are passed to the domain as they were), which the three demo gemeenten answered;
 * and this year's, with the same questions, opened today through the service, answered by Utrecht, started by
 * Rotterdam, still waiting for Amersfoort.
 */
@ApplicationScoped
public class MonitorDemoData {

    @Inject
    MonitorService service;

    @Inject
    MonitorAnswering answering;

    @Inject
    MonitorRepository monitor;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserProfileRepository profiles;

    static final List<QuestionDraft> QUESTIONS = List.of(
            new QuestionDraft(QuestionKind.ENKELVOUDIGE_KEUZE, "Hoe voert uw gemeente de brede intake en het persoonlijk plan "
                    + "inburgering en participatie (PIP) uit?", List.of("Volledig zelf", "Deels uitbesteed", "Volledig uitbesteed"),
                    null, null, null, true, null),
            new QuestionDraft(QuestionKind.MEERVOUDIGE_KEUZE, "Welke leerroutes koopt uw gemeente (al dan niet regionaal) in?",
                    List.of("B1-route", "Onderwijsroute", "Zelfredzaamheidsroute (Z-route)"), null, null, null, true, null),
            new QuestionDraft(QuestionKind.JA_NEE, "Ontzorgt uw gemeente statushouders langer dan de verplichte eerste zes maanden?",
                    List.of(), null, null, null, false, null),
            new QuestionDraft(QuestionKind.GETAL, "Hoeveel inburgeraars startten het afgelopen jaar met een leerroute?", List.of(),
                    "inburgeraars", 0.0, 20_000.0, false, null),
            new QuestionDraft(QuestionKind.SCHAAL, "Hoe tevreden bent u over de samenwerking met de taalaanbieders in uw regio?",
                    List.of(), null, null, null, false, null),
            new QuestionDraft(QuestionKind.OPEN, "Wat is op dit moment het grootste knelpunt in de uitvoering van de Wet inburgering?",
                    List.of(), null, null, null, false, null));

    /** One gemeente's answers, in the order of {@link #QUESTIONS}. */
    private record Answers(String username, String gemeente, String intake, List<String> routes, String unburdening, double started,
                           double satisfaction, String bottleneck) {
    }

    @Transactional
    public void load(Map<String, Caller> callers) {
        LocalDate today = service.today();
        int lastYear = today.getYear() - 1;
        UserProfile coordinator = profiles.findBySubject(callers.get("coordinator").subject()).orElseThrow();
        MonitorRound past = new MonitorRound("Monitor gemeentelijk beleid inburgering " + lastYear,
                "De jaarlijkse monitor van KIS en Divosa naar het gemeentelijk beleid voor inburgering en arbeidstoeleiding van "
                        + "statushouders en gezinsmigranten.", LocalDate.of(lastYear, 9, 15), LocalDate.of(lastYear, 11, 7),
                TargetKind.ALLE_GEMEENTEN, List.of(), coordinator, at(LocalDate.of(lastYear, 9, 1)));
        past.replaceQuestions(QUESTIONS);
        monitor.add(past);
        monitor.flush();
        past.open(LocalDate.of(lastYear, 9, 15), at(LocalDate.of(lastYear, 9, 15)));
        List<Answers> lastYears = List.of(
                new Answers("professional", "GM0344", "Deels uitbesteed", List.of("B1-route", "Onderwijsroute", "Zelfredzaamheidsroute (Z-route)"),
                        "JA", 412, 3, "Lange wachttijden bij de taalscholen voor de B1-route; inburgeraars starten maanden later dan gepland."),
                new Answers("professional2", "GM0599", "Volledig zelf", List.of("B1-route", "Zelfredzaamheidsroute (Z-route)"),
                        "JA", 1_130, 2, "Te weinig plekken voor de Z-route in de regio, en de financiering dekt de kosten van de route niet."),
                new Answers("professional3", "GM0307", "Volledig uitbesteed", List.of("B1-route"),
                        "NEE", 96, 4, null));
        for (Answers a : lastYears) {
            respond(past, a, LocalDate.of(lastYear, 10, 20));
        }
        past.close(LocalDate.of(lastYear, 11, 7), at(LocalDate.of(lastYear, 11, 8)));

        MonitorRound current = service.draft(new MonitorService.RoundInput("Monitor gemeentelijk beleid inburgering " + today.getYear(),
                "Ook dit jaar vragen KIS en Divosa alle gemeenten naar hun aanpak. Dezelfde vragen als vorig jaar, zodat u de "
                        + "ontwikkeling ziet. Eén professional van uw gemeente dient de antwoorden in.", today, today.plusWeeks(5),
                TargetKind.ALLE_GEMEENTEN, List.of(), List.of(), null), callers.get("coordinator"));
        service.copyQuestions(current.getId(), past.getId(), callers.get("coordinator"));
        service.open(current.getId(), callers.get("coordinator"));
        List<MonitorQuestion> questions = current.getQuestions();
        answering.submit(current.getId(), answers(questions, new Answers("professional", "GM0344", "Deels uitbesteed",
                List.of("B1-route", "Onderwijsroute", "Zelfredzaamheidsroute (Z-route)"), "JA", 455, 4,
                "De wachttijden zijn korter, maar voor gezinsmigranten is het aanbod in de onderwijsroute nog te klein.")),
                callers.get("professional"));
        answering.save(current.getId(), Map.of(questions.get(0).getId(), Answer.choice("Volledig zelf")), callers.get("professional2"));
    }

    private void respond(MonitorRound round, Answers a, LocalDate day) {
        UserProfile person = profiles.findByUsername(a.username()).orElse(null);
        var organisation = organisations.find(a.gemeente()).orElseThrow();
        if (person == null) {
            return;
        }
        MonitorResponse response = new MonitorResponse(round, organisation, person, day, at(day));
        response.save(answers(round.getQuestions(), a), person, day, at(day));
        response.submit(person, day, at(day));
        monitor.add(response);
    }

    private static Map<Long, Answer> answers(List<MonitorQuestion> q, Answers a) {
        Map<Long, Answer> answers = new HashMap<>();
        answers.put(q.get(0).getId(), Answer.choice(a.intake()));
        answers.put(q.get(1).getId(), new Answer(a.routes(), null, null));
        answers.put(q.get(2).getId(), Answer.choice(a.unburdening()));
        answers.put(q.get(3).getId(), Answer.number(a.started()));
        answers.put(q.get(4).getId(), Answer.number(a.satisfaction()));
        if (a.bottleneck() != null) {
            answers.put(q.get(5).getId(), Answer.text(a.bottleneck()));
        }
        return answers;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant();
    }
}
