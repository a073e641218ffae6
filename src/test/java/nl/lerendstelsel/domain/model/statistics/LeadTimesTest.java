package nl.lerendstelsel.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Median, 80th and 90th percentile by nearest rank, from a histogram of working days. */
class LeadTimesTest {

    @Test
    void noneWhenNothingFinished() {
        assertEquals(LeadTimes.NONE, LeadTimes.of(Map.of()));
        assertEquals(LeadTimes.NONE, LeadTimes.of(Map.of(5, 0L)));
    }

    @Test
    void oneKnelpuntIsItsOwnMedianAndPercentile() {
        assertEquals(new LeadTimes(1, 7, 7, 7), LeadTimes.of(Map.of(7, 1L)));
    }

    @Test
    void tenKnelpuntenOneToTenDays() {
        Map<Integer, Long> histogram = new java.util.HashMap<>();
        for (int days = 1; days <= 10; days++) {
            histogram.put(days, 1L);
        }
        // nearest rank: the 5th of 10 is the median, the 8th the 80th percentile, the 9th the 90th
        assertEquals(new LeadTimes(10, 5, 8, 9), LeadTimes.of(histogram));
    }

    @Test
    void weightsCountAsManyKnelpunten() {
        // 6 took 2 days, 3 took 10 days, 1 took 40 days: median 2 (rank 5), p80 10 (rank 8), p90 10 (rank 9)
        assertEquals(new LeadTimes(10, 2, 10, 10), LeadTimes.of(Map.of(2, 6L, 10, 3L, 40, 1L)));
        // 8 took 2 days, 2 took 40: p80 is rank 8 → 2, p90 rank 9 → 40
        assertEquals(new LeadTimes(10, 2, 2, 40), LeadTimes.of(Map.of(2, 8L, 40, 2L)));
    }

    @Test
    void theEightiethPercentileRoundsTheRankUp() {
        // 4 values: rank ceil(3.2) = 4, so the largest; 5 values: rank 4
        assertEquals(new LeadTimes(4, 4, 7, 7), LeadTimes.of(Map.of(2, 1L, 4, 1L, 5, 1L, 7, 1L)));
        assertEquals(new LeadTimes(5, 3, 4, 9), LeadTimes.of(Map.of(1, 1L, 2, 1L, 3, 1L, 4, 1L, 9, 1L)));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LeadTimes.of(Map.of(-1, 1L)));
        assertThrows(IllegalArgumentException.class, () -> LeadTimes.of(Map.of(1, -1L)));
        assertThrows(IllegalArgumentException.class, () -> new LeadTimes(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LeadTimes(2, null, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LeadTimes(2, 1, null, 1));
    }
}
