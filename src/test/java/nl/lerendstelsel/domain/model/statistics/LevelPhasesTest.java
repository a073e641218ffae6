package nl.lerendstelsel.domain.model.statistics;

import static nl.lerendstelsel.domain.model.bottleneck.Level.EXECUTION;
import static nl.lerendstelsel.domain.model.bottleneck.Level.LINKING;
import static nl.lerendstelsel.domain.model.bottleneck.Level.SYSTEM;
import static nl.lerendstelsel.domain.model.bottleneck.Status.GEMELD;
import static nl.lerendstelsel.domain.model.bottleneck.Status.GESLOTEN;
import static nl.lerendstelsel.domain.model.bottleneck.Status.HEROPEND;
import static nl.lerendstelsel.domain.model.bottleneck.Status.IN_BEHANDELING;
import static nl.lerendstelsel.domain.model.bottleneck.Status.IN_OPVOLGING;
import static nl.lerendstelsel.domain.model.bottleneck.Status.OPGELOST;
import static nl.lerendstelsel.domain.model.bottleneck.Status.OPGESCHAALD;
import static nl.lerendstelsel.domain.model.bottleneck.Status.TERUGGELEGD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import org.junit.jupiter.api.Test;

/** The phases of one knelpunt from its history: a stay at a level ends when it leaves the level or finishes there. */
class LevelPhasesTest {

    private static final LocalDate MAY_26 = LocalDate.of(2025, 5, 26);

    @Test
    void escalatedToTheMinistryAndAnswered() {
        List<PhaseSpan> phases = LevelPhases.of(List.of(
                reported(MAY_26),
                step(1, EXECUTION, GEMELD, EXECUTION, IN_BEHANDELING),
                step(7, EXECUTION, IN_BEHANDELING, LINKING, GEMELD),
                step(9, LINKING, IN_BEHANDELING, SYSTEM, OPGESCHAALD),
                step(30, SYSTEM, OPGESCHAALD, SYSTEM, IN_OPVOLGING),
                step(60, SYSTEM, IN_OPVOLGING, SYSTEM, OPGELOST)));
        assertEquals(List.of(span(Phase.EXECUTION, 0, 7), span(Phase.LINKING, 7, 9), span(Phase.SYSTEM, 9, 60)), phases,
                "taking it and the answer that leaves it in follow-up end nothing");
    }

    @Test
    void aReturnEndsTheStayAtLinkingAndStartsANewOneAtExecution() {
        List<PhaseSpan> phases = LevelPhases.of(List.of(
                reported(MAY_26),
                step(7, EXECUTION, IN_BEHANDELING, LINKING, GEMELD),
                step(9, LINKING, IN_BEHANDELING, EXECUTION, TERUGGELEGD),
                step(16, EXECUTION, TERUGGELEGD, EXECUTION, OPGELOST)));
        assertEquals(List.of(span(Phase.EXECUTION, 0, 7), span(Phase.LINKING, 7, 9), span(Phase.EXECUTION, 9, 16)), phases);
    }

    @Test
    void openPhasesDoNotCount() {
        assertEquals(List.of(), LevelPhases.of(List.of(reported(MAY_26), step(1, EXECUTION, GEMELD, EXECUTION, IN_BEHANDELING))));
        assertEquals(List.of(span(Phase.EXECUTION, 0, 3)), LevelPhases.of(List.of(reported(MAY_26),
                step(3, EXECUTION, IN_BEHANDELING, LINKING, GEMELD))), "still at linking");
    }

    @Test
    void mergedOrClosedItFinishesWhereItIs() {
        assertEquals(List.of(span(Phase.LINKING, 0, 4)), LevelPhases.of(List.of(
                new LevelChange(MAY_26, null, null, LINKING, GEMELD, "taal"), // split from a knelpunt at linking level
                step(4, LINKING, GEMELD, LINKING, GESLOTEN))));
    }

    @Test
    void reopeningStartsANewStayFromTheDayItWasReopened() {
        List<PhaseSpan> phases = LevelPhases.of(List.of(
                reported(MAY_26),
                step(2, EXECUTION, IN_BEHANDELING, EXECUTION, OPGELOST),
                step(5, EXECUTION, OPGELOST, EXECUTION, HEROPEND),
                step(8, EXECUTION, HEROPEND, EXECUTION, GESLOTEN)));
        assertEquals(List.of(span(Phase.EXECUTION, 0, 2), span(Phase.EXECUTION, 5, 8)), phases);
    }

    @Test
    void severalChangesOnOneDayAreStaysOfNoTime() {
        List<PhaseSpan> phases = LevelPhases.of(List.of(
                reported(MAY_26),
                step(0, EXECUTION, GEMELD, LINKING, GEMELD),
                step(0, LINKING, GEMELD, EXECUTION, TERUGGELEGD),
                step(3, EXECUTION, TERUGGELEGD, LINKING, GEMELD)));
        assertEquals(List.of(span(Phase.EXECUTION, 0, 0), span(Phase.LINKING, 0, 0), span(Phase.EXECUTION, 0, 3)), phases);
    }

    @Test
    void aPhaseCountsUnderTheThemeOfTheLineThatEndedIt() {
        List<PhaseSpan> phases = LevelPhases.of(List.of(reported(MAY_26),
                new LevelChange(MAY_26.plusDays(3), EXECUTION, GEMELD, LINKING, GEMELD, "huisvesting")));
        assertEquals(Set.of("huisvesting"), phases.get(0).themes());
    }

    @Test
    void aNewHistoryForgetsAStayThatWasNeverEnded() {
        assertEquals(List.of(span(Phase.EXECUTION, 4, 6)), LevelPhases.of(List.of(reported(MAY_26), reported(MAY_26.plusDays(4)),
                step(6, EXECUTION, GEMELD, EXECUTION, GESLOTEN))));
    }

    private static LevelChange reported(LocalDate day) {
        return new LevelChange(day, null, null, EXECUTION, GEMELD, "taal");
    }

    private static LevelChange step(int day, Level fromLevel, Status fromStatus, Level toLevel, Status toStatus) {
        return new LevelChange(MAY_26.plusDays(day), fromLevel, fromStatus, toLevel, toStatus, "taal");
    }

    private static PhaseSpan span(Phase phase, int start, int end) {
        return new PhaseSpan(phase, MAY_26.plusDays(start), MAY_26.plusDays(end), Set.of("taal"));
    }
}
