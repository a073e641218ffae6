package nl.lerendstelsel.domain.model.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Target groups by their codes in URLs and the API, and in the knelpunt's report. */
class TargetGroupTest {

    @Test
    void codesAreLowerCaseWithDashesAndReadBack() {
        assertEquals("overige-inburgeringsplichtigen", TargetGroup.OVERIGE_INBURGERINGSPLICHTIGEN.code());
        for (TargetGroup group : TargetGroup.values()) {
            assertEquals(Optional.of(group), TargetGroup.ofCode(group.code()));
            assertEquals(Optional.of(group), TargetGroup.ofCode(group.name()));
        }
        assertEquals(Optional.of(TargetGroup.STATUSHOUDERS), TargetGroup.ofCode(" Statushouders "));
        assertTrue(TargetGroup.ofCode("asielzoekers").isEmpty());
        assertTrue(TargetGroup.ofCode(null).isEmpty());
    }

    @Test
    void aReportWithoutTargetGroupsNamesNone() {
        assertEquals(Set.of(), new Bottleneck.Report("t", "d", null, null, null).targetGroups());
        assertEquals(Set.of(), new Bottleneck.Report("t", "d", null, null, null, null).targetGroups());
        assertEquals(Set.of(TargetGroup.GEZINSMIGRANTEN),
                new Bottleneck.Report("t", "d", null, null, null, Set.of(TargetGroup.GEZINSMIGRANTEN)).targetGroups());
    }
}
