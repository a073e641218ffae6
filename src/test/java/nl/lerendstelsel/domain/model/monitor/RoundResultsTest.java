package nl.lerendstelsel.domain.model.monitor;

import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.NOW;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.ROTTERDAM;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.TODAY;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.UTRECHT;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.ZEIST;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.question;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.monitor.RoundResults.OptionCount;
import nl.lerendstelsel.domain.model.monitor.RoundResults.QuestionResult;
import org.junit.jupiter.api.Test;

/** The figures per question count submitted answers only; shares are of those who answered the question. */
class RoundResultsTest {

    @Test
    void countsSharesMeanAndMedianOfSubmittedResponses() {
        MonitorRound round = round();
        round.open(TODAY, NOW);
        MonitorQuestion choice = question(round, QuestionKind.ENKELVOUDIGE_KEUZE);
        MonitorQuestion multiple = question(round, QuestionKind.MEERVOUDIGE_KEUZE);
        MonitorQuestion scale = question(round, QuestionKind.SCHAAL);
        MonitorQuestion number = question(round, QuestionKind.GETAL);
        MonitorQuestion open = question(round, QuestionKind.OPEN);
        MonitorResponse utrecht = submitted(round, UTRECHT, Map.of(choice.getId(), Answer.choice("Zelf"),
                multiple.getId(), Answer.choice("B1-route", "Z-route"), scale.getId(), Answer.number(4),
                number.getId(), Answer.number(100), open.getId(), Answer.text("Wachtlijsten")));
        MonitorResponse zeist = submitted(round, ZEIST, Map.of(choice.getId(), Answer.choice("Zelf"),
                multiple.getId(), Answer.choice("Z-route"), scale.getId(), Answer.number(2), number.getId(), Answer.number(30)));
        MonitorResponse rotterdam = submitted(round, ROTTERDAM, Map.of(choice.getId(), Answer.choice("Uitbesteed"),
                number.getId(), Answer.number(900)));
        MonitorResponse draft = new MonitorResponse(round, ZEIST, null, TODAY, NOW);
        draft.save(Map.of(choice.getId(), Answer.choice("Gemengd")), null, TODAY, NOW);

        List<QuestionResult> results = RoundResults.of(round.getQuestions(), List.of(utrecht, zeist, rotterdam, draft));

        QuestionResult byChoice = results.get(0);
        assertEquals(3, byChoice.answered(), "the draft does not count");
        assertEquals(List.of(new OptionCount("Zelf", 2, 2.0 / 3), new OptionCount("Uitbesteed", 1, 1.0 / 3),
                new OptionCount("Gemengd", 0, 0)), byChoice.options());
        assertEquals(67, byChoice.options().get(0).percent());
        QuestionResult byMultiple = results.get(1);
        assertEquals(2, byMultiple.answered());
        assertEquals(List.of(1L, 0L, 2L), byMultiple.options().stream().map(OptionCount::count).toList());
        assertEquals(1.0, byMultiple.options().get(2).share(), "both who answered chose the Z-route");
        QuestionResult byScale = results.get(2);
        assertEquals(List.of(0L, 1L, 0L, 1L, 0L), byScale.options().stream().map(OptionCount::count).toList());
        assertEquals(3.0, byScale.mean());
        assertEquals(3.0, byScale.median());
        QuestionResult byNumber = results.get(3);
        assertEquals(3, byNumber.answered());
        assertEquals(343.3333, byNumber.mean(), 0.0001);
        assertEquals(100.0, byNumber.median(), "the middle of 30, 100, 900");
        assertEquals(List.of("Wachtlijsten"), results.get(5).texts());
        assertEquals(0, results.get(4).answered());
        assertNull(results.get(4).mean());
    }

    @Test
    void theResponseRateIsAWholePercentage() {
        assertEquals(59, new RoundResults.ResponseRate("", "", 342, 202).percent(), "202 of 342 gemeenten is 59 %");
        assertEquals(0, new RoundResults.ResponseRate("", "", 0, 0).percent());
        assertEquals(100, new RoundResults.ResponseRate("AM17", "Midden-Utrecht", 2, 2).percent());
    }

    private static MonitorResponse submitted(MonitorRound round, nl.lerendstelsel.domain.model.organisation.Organisation organisation,
                                             Map<Long, Answer> answers) {
        MonitorResponse response = new MonitorResponse(round, organisation, null, TODAY, NOW);
        response.save(answers, null, TODAY, NOW);
        response.submit(null, TODAY, NOW);
        return response;
    }
}
