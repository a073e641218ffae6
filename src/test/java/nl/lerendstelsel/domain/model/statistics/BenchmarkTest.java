package nl.lerendstelsel.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A gemeente's figure beside the average gemeente of its region and of the country. */
class BenchmarkTest {

    @Test
    void theAverageDividesByEveryGemeenteOfTheGroupAlsoThoseWithNone() {
        Map<String, Long> open = Map.of("GM0344", 4L, "GM0307", 1L, "GM0599", 6L, "DIVOSA", 100L);
        Benchmark b = Benchmark.of("GM0344", open, List.of("GM0344", "GM0307", "GM0355"), List.of("GM0344", "GM0307", "GM0355", "GM0599"));
        assertEquals(4, b.own());
        assertEquals(new BigDecimal("1.7"), b.region(), "(4 + 1 + 0) / 3, half up to one decimal");
        assertEquals(new BigDecimal("2.8"), b.country(), "(4 + 1 + 0 + 6) / 4 = 2.75; codes outside the group do not count");
    }

    @Test
    void aGemeenteWithoutCountsHasZeroAndAnEmptyGroupNoAverage() {
        Benchmark b = Benchmark.of("GM0518", Map.of(), List.of(), List.of("GM0518"));
        assertEquals(0, b.own());
        assertNull(b.region());
        assertEquals(new BigDecimal("0.0"), b.country());
    }
}
