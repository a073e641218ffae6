package nl.lerendstelsel.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counting rule of coverage: each gemeente once per kind, only the gemeenten given, shares of the group. */
class CoverageTest {

    private static final List<Coverage.Gemeente> GEMEENTEN = List.of(
            new Coverage.Gemeente("GM0344", "R1", "Midden-Utrecht", "Utrecht"),
            new Coverage.Gemeente("GM0307", "R2", "Amersfoort", "Utrecht"),
            new Coverage.Gemeente("GM0599", "R3", "Rijnmond", "Zuid-Holland"),
            new Coverage.Gemeente("GM0518", "R4", "Haaglanden", "Zuid-Holland"));

    private static final Map<Participation, Set<String>> DID = Map.of(
            Participation.GEMELD, Set.of("GM0344", "GM0599"),
            Participation.GESTEUND, Set.of("GM0344", "GM0307", "DIVOSA", "GM9999"),
            Participation.COP_LID, Set.of("GM0344"),
            Participation.VRAAG_GESTELD, Set.of());

    @Test
    void theCountryCountsEachGemeenteOncePerKindAndLeavesOutOtherCodes() {
        Coverage.Row nl = Coverage.overall(GEMEENTEN, DID, "Nederland");
        assertEquals(Coverage.ALL, nl.code());
        assertEquals(4, nl.gemeenten());
        assertEquals(2, nl.count(Participation.GEMELD));
        assertEquals(2, nl.count(Participation.GESTEUND), "a partner organisation and a merged gemeente do not count");
        assertEquals(1, nl.count(Participation.COP_LID));
        assertEquals(0, nl.count(Participation.VRAAG_GESTELD));
        assertEquals(3, nl.any(), "GM0344, GM0307 and GM0599 took part in some way; GM0518 in none");
        assertEquals(75, nl.anyPercentage());
        assertEquals(50, nl.percentage(Participation.GEMELD));
        assertEquals(25, nl.percentage(Participation.COP_LID));
    }

    @Test
    void provincesAndRegionsAreGroupsOfTheirGemeenten() {
        List<Coverage.Row> provinces = Coverage.perProvince(GEMEENTEN, DID);
        assertEquals(List.of("Utrecht", "Zuid-Holland"), provinces.stream().map(Coverage.Row::name).toList());
        Coverage.Row utrecht = provinces.get(0);
        assertEquals(2, utrecht.gemeenten());
        assertEquals(2, utrecht.any());
        assertEquals(100, utrecht.percentage(Participation.GESTEUND));
        Coverage.Row zuidHolland = provinces.get(1);
        assertEquals(1, zuidHolland.count(Participation.GEMELD));
        assertEquals(50, zuidHolland.anyPercentage());
        List<Coverage.Row> regions = Coverage.perRegion(GEMEENTEN, DID);
        assertEquals(List.of("Amersfoort", "Haaglanden", "Midden-Utrecht", "Rijnmond"), regions.stream().map(Coverage.Row::name).toList());
        assertEquals("R4", regions.get(1).code());
        assertEquals(0, regions.get(1).any());
    }

    @Test
    void anEmptyGroupHasNoShare() {
        Coverage.Row none = Coverage.overall(List.of(), DID, "Nederland");
        assertNull(none.anyPercentage());
        assertNull(none.percentage(Participation.GEMELD));
    }
}
