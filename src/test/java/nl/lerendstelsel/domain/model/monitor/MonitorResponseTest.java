package nl.lerendstelsel.domain.model.monitor;

import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.DUO;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.NOW;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.TODAY;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.UTRECHT;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.question;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An organisation's response: a draft until submitted once, answers checked per question, reopened by a coordinator. */
class MonitorResponseTest {

    private final MonitorRound round = openRound();

    private static MonitorRound openRound() {
        MonitorRound round = round();
        round.open(TODAY, NOW);
        return round;
    }

    @Test
    void onlyAnAskedOrganisationAnswersAnOpenRound() {
        assertEquals("refusal.monitor.notAsked", assertThrows(MonitorException.class,
                () -> new MonitorResponse(round, DUO, null, TODAY, NOW)).message().key());
        MonitorRound draft = round();
        assertEquals("refusal.monitor.notTakingAnswers", assertThrows(MonitorException.class,
                () -> new MonitorResponse(draft, UTRECHT, null, TODAY, NOW)).message().key());
    }

    @Test
    void wrongAnswersAreRefusedTogetherByQuestion() {
        MonitorResponse response = new MonitorResponse(round, UTRECHT, null, TODAY, NOW);
        MonitorQuestion scale = question(round, QuestionKind.SCHAAL);
        MonitorQuestion number = question(round, QuestionKind.GETAL);
        MonitorResponse.InvalidAnswers refused = assertThrows(MonitorResponse.InvalidAnswers.class, () -> response.save(
                Map.of(scale.getId(), Answer.number(7), number.getId(), Answer.number(-3)), null, TODAY, NOW));
        assertEquals(Map.of(scale.getId(), "input.monitor.scale", number.getId(), "input.monitor.numberBounds"),
                Map.of(scale.getId(), refused.problems().get(scale.getId()).key(), number.getId(), refused.problems().get(number.getId()).key()));
        assertTrue(response.answerTo(scale).isEmpty(), "nothing of a refused save is kept");
    }

    @Test
    void aDraftIsSavedChangedAndSubmittedOnce() {
        MonitorResponse response = new MonitorResponse(round, UTRECHT, null, TODAY, NOW);
        MonitorQuestion choice = question(round, QuestionKind.ENKELVOUDIGE_KEUZE);
        MonitorQuestion open = question(round, QuestionKind.OPEN);
        response.save(Map.of(open.getId(), Answer.text("Wachtlijsten")), null, TODAY, NOW);
        assertEquals("Wachtlijsten", response.answerTo(open).text());
        MonitorResponse.InvalidAnswers missing = assertThrows(MonitorResponse.InvalidAnswers.class,
                () -> response.submit(null, TODAY, NOW));
        assertEquals(java.util.Set.of(choice.getId()), missing.problems().keySet(), "the required question is unanswered");
        response.save(Map.of(choice.getId(), Answer.choice("Uitbesteed")), null, TODAY, NOW);
        assertTrue(response.answerTo(open).isEmpty(), "a question left out of a save is cleared");
        response.submit(null, TODAY.plusDays(1), NOW.plusSeconds(86_400));
        assertTrue(response.isSubmitted());
        assertEquals(NOW.plusSeconds(86_400), response.getSubmittedAt());
        assertEquals("refusal.monitor.alreadySubmitted",
                assertThrows(MonitorException.class, () -> response.submit(null, TODAY, NOW)).message().key());
        assertThrows(MonitorException.class, () -> response.save(Map.of(), null, TODAY, NOW));
    }

    @Test
    void aCoordinatorReopensASubmittedResponseWhileTheRoundIsOpen() {
        MonitorResponse response = new MonitorResponse(round, UTRECHT, null, TODAY, NOW);
        MonitorQuestion choice = question(round, QuestionKind.ENKELVOUDIGE_KEUZE);
        assertEquals("refusal.monitor.notSubmitted", assertThrows(MonitorException.class, () -> response.reopen(TODAY)).message().key());
        response.save(Map.of(choice.getId(), Answer.choice("Zelf")), null, TODAY, NOW);
        response.submit(null, TODAY, NOW);
        response.reopen(TODAY);
        assertFalse(response.isSubmitted());
        assertNull(response.getSubmittedAt());
        assertEquals("Zelf", response.answerTo(choice).choices().get(0), "the answers stay");
        response.submit(null, TODAY, NOW);
        round.close(TODAY, NOW);
        assertEquals("refusal.monitor.notTakingAnswers",
                assertThrows(MonitorException.class, () -> response.reopen(TODAY)).message().key());
    }
}
