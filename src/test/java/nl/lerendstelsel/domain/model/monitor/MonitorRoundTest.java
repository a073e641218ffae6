package nl.lerendstelsel.domain.model.monitor;

import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.DUO;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.NOW;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.ROTTERDAM;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.TODAY;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.UTRECHT;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.ZEIST;
import static nl.lerendstelsel.domain.model.monitor.MonitorFixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A round is drafted, opened once with its questions fixed, and closed; it asks whom its target names. */
class MonitorRoundTest {

    @Test
    void aDraftOpensOnceAndThenKeepsItsQuestions() {
        MonitorRound round = round();
        assertFalse(round.acceptsAnswers(TODAY), "a draft takes no answers");
        round.open(TODAY, NOW);
        assertEquals(RoundStatus.OPEN, round.getStatus());
        assertTrue(round.acceptsAnswers(TODAY));
        assertTrue(round.acceptsAnswers(round.getClosesOn()), "answers until the closing day itself");
        assertFalse(round.acceptsAnswers(round.getClosesOn().plusDays(1)));
        assertEquals("refusal.monitor.notDraft", assertThrows(MonitorException.class, () -> round.open(TODAY, NOW)).message().key());
        assertThrows(MonitorException.class, () -> round.replaceQuestions(List.of(MonitorFixtures.OPEN)));
        round.close(TODAY.plusDays(3), NOW);
        assertEquals(RoundStatus.GESLOTEN, round.getStatus());
        assertEquals(TODAY.plusDays(3), round.getClosesOn(), "closed early: the period ends that day");
        assertFalse(round.acceptsAnswers(TODAY.plusDays(3)));
        assertEquals("refusal.monitor.notOpen", assertThrows(MonitorException.class, () -> round.close(TODAY, NOW)).message().key());
    }

    @Test
    void aRoundWithoutQuestionsOrThatClosedAlreadyDoesNotOpen() {
        MonitorRound empty = new MonitorRound("Lege ronde", null, TODAY, TODAY.plusDays(10), TargetKind.ALLE_GEMEENTEN, List.of(), null, NOW);
        assertEquals("refusal.monitor.noQuestions", assertThrows(MonitorException.class, () -> empty.open(TODAY, NOW)).message().key());
        MonitorRound late = round();
        assertEquals("refusal.monitor.closesInPast",
                assertThrows(MonitorException.class, () -> late.open(TODAY.plusDays(31), NOW)).message().key());
    }

    @Test
    void aPeriodEndsAfterItStartsAndATargetNamesSomeone() {
        assertThrows(MonitorException.class, () -> new MonitorRound("Ronde", null, TODAY, TODAY.minusDays(1),
                TargetKind.ALLE_GEMEENTEN, List.of(), null, NOW));
        assertEquals("refusal.monitor.noTarget", assertThrows(MonitorException.class, () -> new MonitorRound("Ronde", null, TODAY,
                TODAY, TargetKind.REGIOS, List.of(), null, NOW)).message().key());
    }

    @Test
    void theTargetDecidesWhichOrganisationsAreAsked() {
        MonitorRound all = round();
        assertTrue(all.asks(UTRECHT));
        assertTrue(all.asks(ROTTERDAM));
        assertFalse(all.asks(DUO), "all gemeenten: no partners");
        assertFalse(all.asks(null));
        MonitorRound region = round(TargetKind.REGIOS, List.of("AM17"));
        assertTrue(region.asks(UTRECHT));
        assertTrue(region.asks(ZEIST));
        assertFalse(region.asks(ROTTERDAM));
        MonitorRound province = round(TargetKind.PROVINCIES, List.of("Zuid-Holland"));
        assertTrue(province.asks(ROTTERDAM));
        assertFalse(province.asks(UTRECHT));
        MonitorRound partners = round(TargetKind.PARTNERS, List.of("DUO"));
        assertTrue(partners.asks(DUO));
        assertFalse(partners.asks(UTRECHT));
    }

    @Test
    void copiedQuestionsNameWhatTheyRepeat() {
        MonitorRound lastYear = round();
        MonitorRound thisYear = new MonitorRound("Monitor 2027", null, TODAY, TODAY.plusDays(20), TargetKind.ALLE_GEMEENTEN,
                List.of(), null, NOW);
        thisYear.copyQuestionsFrom(lastYear);
        MonitorFixtures.identify(thisYear);
        assertEquals(lastYear.getId(), thisYear.getPreviousRoundId());
        assertEquals(lastYear.getQuestions().size(), thisYear.getQuestions().size());
        for (int i = 0; i < lastYear.getQuestions().size(); i++) {
            MonitorQuestion before = lastYear.getQuestions().get(i);
            MonitorQuestion now = thisYear.getQuestions().get(i);
            assertEquals(before.getId(), now.getCopiedFrom());
            assertEquals(before.getText(), now.getText());
            assertEquals(before.getOptions(), now.getOptions());
            assertEquals(i + 1, now.getPosition());
        }
        assertEquals("refusal.monitor.copyItself",
                assertThrows(MonitorException.class, () -> lastYear.copyQuestionsFrom(lastYear)).message().key());
    }
}
