package nl.lerendstelsel.domain.model.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void countsDistinctOrganisationsGemeentenAndRegionsOfReportersAndSupporters() {
        Evidence e = Evidence.of(List.of(
                new Evidence.Item("GM0344", "GM0344", "AM13", "leerbaarheidstoets", LocalDate.of(2026, 3, 1),
                        List.of(new Evidence.Place("GM0599", "GM0599", "AM22"), new Evidence.Place("DUO", "GM0344", "AM13"))),
                new Evidence.Item("GM0599", "GM0599", "AM22", "brede-intake", LocalDate.of(2026, 1, 15),
                        List.of(new Evidence.Place("GM0307", "GM0307", "AM14")))));
        assertEquals(2, e.knelpunten());
        assertEquals(Set.of("GM0344", "GM0599", "DUO", "GM0307"), e.organisations());
        assertEquals(Set.of("GM0344", "GM0599", "GM0307"), e.gemeenten());
        assertEquals(Set.of("AM13", "AM22", "AM14"), e.regions());
        assertEquals(Set.of("leerbaarheidstoets", "brede-intake"), e.themes());
        assertEquals(LocalDate.of(2026, 1, 15), e.firstReported().orElseThrow());
        assertEquals(LocalDate.of(2026, 3, 1), e.latestReported().orElseThrow());
    }

    @Test
    void noKnelpuntenNoEvidence() {
        Evidence e = Evidence.of(List.of());
        assertEquals(0, e.knelpunten());
        assertTrue(e.organisations().isEmpty() && e.firstReported().isEmpty());
    }

    @Test
    void aKnelpuntTheReaderMayNotSeeCountsButNamesNobody() {
        Evidence.Item restricted = new Evidence.Item("GM0344", "GM0344", "AM13", "leerbaarheidstoets", LocalDate.of(2026, 3, 1),
                List.of(new Evidence.Place("DUO", "GM0599", "AM22")));
        Evidence e = Evidence.of(List.of(restricted.withoutWho(),
                new Evidence.Item("GM0307", "GM0307", "AM14", "brede-intake", LocalDate.of(2026, 1, 15), List.of())));
        assertEquals(2, e.knelpunten());
        assertEquals(Set.of("GM0307"), e.organisations());
        assertEquals(Set.of("GM0307"), e.gemeenten());
        assertEquals(Set.of("AM13", "AM22", "AM14"), e.regions());
        assertEquals(LocalDate.of(2026, 3, 1), e.latestReported().orElseThrow());
    }
}
