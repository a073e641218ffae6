package nl.lerendstelsel.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.signal.Decision;
import org.junit.jupiter.api.Test;

/** Signals per theme or region: every decision counted apart, those without one too, the most signals first. */
class SignalSpreadTest {

    @Test
    void perDecisionWithZerosAndUndecidedTheMostSignalsFirst() {
        List<SignalSpread> rows = SignalSpread.of(List.of(new SignalSpread.KeyedCount("huisvesting", Decision.OVERGENOMEN, 1),
                new SignalSpread.KeyedCount("b1-route", null, 2), new SignalSpread.KeyedCount("b1-route", Decision.DOORVERWEZEN, 1),
                new SignalSpread.KeyedCount("huisvesting", null, 1), new SignalSpread.KeyedCount(null, Decision.NIET_OVERGENOMEN, 1)),
                code -> "thema " + code);
        assertEquals(List.of("b1-route", "huisvesting", MonthSpread.UNKNOWN), rows.stream().map(SignalSpread::code).toList());
        SignalSpread b1 = rows.get(0);
        assertEquals(3, b1.total());
        assertEquals(2, b1.undecided());
        assertEquals(Map.of(Decision.OVERGENOMEN, 0L, Decision.DEELS_OVERGENOMEN, 0L, Decision.NIET_OVERGENOMEN, 0L,
                Decision.DOORVERWEZEN, 1L), b1.decided());
        assertEquals("thema b1-route", b1.label());
        assertEquals(2, rows.get(1).total(), "one adopted, one without a decision");
        assertEquals(1, rows.get(2).decided().get(Decision.NIET_OVERGENOMEN));
        assertEquals(MonthSpread.UNKNOWN, rows.get(2).label());
    }
}
