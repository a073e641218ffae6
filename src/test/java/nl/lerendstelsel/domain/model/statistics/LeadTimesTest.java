package nl.lerendstelsel.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Median and 90th percentile by nearest rank, from a histogram of working days. */
class LeadTimesTest {

    @Test
    void noneWhenNothingFinished() {
        assertEquals(LeadTimes.NONE, LeadTimes.of(Map.of()));
        assertEquals(LeadTimes.NONE, LeadTimes.of(Map.of(5, 0L)));
    }

    @Test
    void oneKnelpuntIsItsOwnMedianAndPercentile() {
        assertEquals(new LeadTimes(1, 7, 7), LeadTimes.of(Map.of(7, 1L)));
    }

    @Test
    void tenKnelpuntenOneToTenDays() {
        Map<Integer, Long> histogram = new java.util.HashMap<>();
        for (int days = 1; days <= 10; days++) {
            histogram.put(days, 1L);
        }
        // nearest rank: the 5th of 10 is the median, the 9th the 90th percentile
        assertEquals(new LeadTimes(10, 5, 9), LeadTimes.of(histogram));
    }

    @Test
    void weightsCountAsManyKnelpunten() {
        // 6 took 2 days, 3 took 10 days, 1 took 40 days: median 2 (rank 5), p90 10 (rank 9)
        assertEquals(new LeadTimes(10, 2, 10), LeadTimes.of(Map.of(2, 6L, 10, 3L, 40, 1L)));
        // 8 took 2 days, 2 took 40: p90 is rank 9 → 40
        assertEquals(new LeadTimes(10, 2, 40), LeadTimes.of(Map.of(2, 8L, 40, 2L)));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LeadTimes.of(Map.of(-1, 1L)));
        assertThrows(IllegalArgumentException.class, () -> LeadTimes.of(Map.of(1, -1L)));
        assertThrows(IllegalArgumentException.class, () -> new LeadTimes(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LeadTimes(2, null, 1));
    }
}
