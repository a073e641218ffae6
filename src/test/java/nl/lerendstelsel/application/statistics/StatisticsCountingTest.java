package nl.lerendstelsel.application.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.statistics.Count;
import org.junit.jupiter.api.Test;

/** The counting rules of issue 29: counts per target group and the median lead time of a group of gemeenten. */
class StatisticsCountingTest {

    @Test
    void everyTargetGroupInItsOrderWithZerosThenThoseWithoutOne() {
        List<Count> rows = StatisticsService.targetGroupCounts(List.of(new Count("GEZINSMIGRANTEN", "gezinsmigranten", 2),
                new Count("STATUSHOUDERS", "statushouders", 5), new Count(StatisticsService.NO_TARGET_GROUP, "geen", 3)));
        assertEquals(List.of("STATUSHOUDERS", "GEZINSMIGRANTEN", "OVERIGE_INBURGERINGSPLICHTIGEN", "VRIJWILLIGE_INBURGERAARS",
                StatisticsService.NO_TARGET_GROUP), rows.stream().map(Count::code).toList());
        assertEquals(List.of(5L, 2L, 0L, 0L, 3L), rows.stream().map(Count::count).toList());
        assertEquals("Statushouders", rows.get(0).label());
    }

    @Test
    void theMedianOfARegionTakesTheLeadTimesOfItsGemeentenTogether() {
        Map<String, Map<Integer, Long>> histograms = Map.of("GM0344", Map.of(2, 1L, 10, 1L), "GM0307", Map.of(4, 1L),
                "GM0599", Map.of(30, 5L));
        assertEquals(2, GemeenteOverview.median(histograms, List.of("GM0344")), "nearest rank: the first of two");
        assertEquals(4, GemeenteOverview.median(histograms, List.of("GM0344", "GM0307")), "2, 4, 10");
        assertEquals(30, GemeenteOverview.median(histograms, List.of("GM0344", "GM0307", "GM0599")), "2, 4, 10, 30 ×5");
        assertNull(GemeenteOverview.median(histograms, List.of("GM0518")), "nothing finished");
    }
}
