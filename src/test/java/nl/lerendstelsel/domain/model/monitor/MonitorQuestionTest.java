package nl.lerendstelsel.domain.model.monitor;

import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.question;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.lerendstelsel.domain.model.text.Message;
import org.junit.jupiter.api.Test;

/** Each kind of question accepts its own kind of answer, within its options or bounds. */
class MonitorQuestionTest {

    private final MonitorRound round = round();

    private static String problem(MonitorQuestion question, Answer answer) {
        return question.check(answer).map(Message::key).orElse("");
    }

    @Test
    void singleChoiceTakesOneOfItsOptions() {
        MonitorQuestion q = question(round, QuestionKind.ENKELVOUDIGE_KEUZE);
        assertEquals("", problem(q, Answer.choice("Zelf")));
        assertEquals("input.monitor.oneOption", problem(q, Answer.choice("Zelf", "Gemengd")));
        assertEquals("input.monitor.oneOption", problem(q, Answer.choice("Anders")));
        assertEquals("input.monitor.oneOption", problem(q, Answer.number(1)));
    }

    @Test
    void multipleChoiceTakesAnyOfItsOptions() {
        MonitorQuestion q = question(round, QuestionKind.MEERVOUDIGE_KEUZE);
        assertEquals("", problem(q, Answer.choice("B1-route", "Z-route")));
        assertEquals("input.monitor.someOptions", problem(q, Answer.choice("B1-route", "Taalcafé")));
    }

    @Test
    void aScaleIsAWholeNumberFromOneToFive() {
        MonitorQuestion q = question(round, QuestionKind.SCHAAL);
        assertEquals("", problem(q, Answer.number(1)));
        assertEquals("", problem(q, Answer.number(5)));
        assertEquals("input.monitor.scale", problem(q, Answer.number(0)));
        assertEquals("input.monitor.scale", problem(q, Answer.number(6)));
        assertEquals("input.monitor.scale", problem(q, Answer.number(2.5)));
    }

    @Test
    void aNumberStaysWithinItsBounds() {
        MonitorQuestion q = question(round, QuestionKind.GETAL);
        assertEquals("inburgeraars", q.getUnit());
        assertEquals("", problem(q, Answer.number(0)));
        assertEquals("", problem(q, Answer.number(412.5)));
        assertEquals("input.monitor.numberBounds", problem(q, Answer.number(-1)));
        assertEquals("input.monitor.numberBounds", problem(q, Answer.number(10_001)));
        assertEquals("input.monitor.number", problem(q, Answer.number(Double.NaN)));
        assertEquals("input.monitor.number", problem(q, Answer.text("veel")));
    }

    @Test
    void yesNoTakesJaOrNee() {
        MonitorQuestion q = question(round, QuestionKind.JA_NEE);
        assertEquals(List.of("JA", "NEE"), q.getOptions());
        assertEquals("", problem(q, Answer.choice("NEE")));
        assertEquals("input.monitor.oneOption", problem(q, Answer.choice("misschien")));
    }

    @Test
    void anOpenAnswerIsTextOfLimitedLength() {
        MonitorQuestion q = question(round, QuestionKind.OPEN);
        assertEquals("", problem(q, Answer.text("Wachtlijsten bij de taalscholen")));
        assertEquals("input.maxLength", problem(q, Answer.text("x".repeat(MonitorQuestion.ANSWER_MAX + 1))));
    }

    @Test
    void anEmptyAnswerFitsEveryQuestionHere() {
        round.getQuestions().forEach(q -> assertEquals("", problem(q, Answer.NONE)));
        assertTrue(new Answer(List.of(" ", ""), null, "  ").isEmpty(), "blanks are no answer");
    }

    @Test
    void aDraftedQuestionNeedsTextOptionsAndSensibleBounds() {
        assertEquals(List.of("opties"), parts(new QuestionDraft(QuestionKind.ENKELVOUDIGE_KEUZE, "Welke route?",
                List.of("Alleen deze"), null, null, null, false, null)));
        assertEquals(List.of("tekst"), parts(new QuestionDraft(QuestionKind.OPEN, "Wat", List.of(), null, null, null, false, null)));
        assertEquals(List.of("grenzen"), parts(new QuestionDraft(QuestionKind.GETAL, "Hoeveel fte?", List.of(), "fte", 10.0, 1.0,
                false, null)));
        assertEquals(List.of("soort"), parts(new QuestionDraft(null, "Hoeveel fte?", List.of(), null, null, null, false, null)));
        assertEquals(List.of(), parts(MonitorFixtures.NUMBER));
    }

    private static List<String> parts(QuestionDraft draft) {
        return MonitorQuestion.problemsOf(draft).stream().map(MonitorQuestion.Problem::part).toList();
    }
}
