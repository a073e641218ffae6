package nl.lerendstelsel.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MunicipalMergerTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private final LabourMarketRegion utrecht = new LabourMarketRegion("AM22", "Midden-Utrecht");
    private final LabourMarketRegion amersfoort = new LabourMarketRegion("AM23", "Amersfoort");
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Map<String, LabourMarketRegion> regions = Map.of("AM22", utrecht, "AM23", amersfoort);

    MunicipalMergerTest() {
        add(Organisation.gemeente("GM0310", "De Bilt", "Utrecht", utrecht));
        add(Organisation.gemeente("GM0356", "Nieuwegein", "Utrecht", utrecht));
        add(Organisation.gemeente("GM0344", "Utrecht", "Utrecht", utrecht));
        add(Organisation.partner("DUO", "Dienst Uitvoering Onderwijs", OrganisationKind.UITVOERINGSORGANISATIE));
    }

    private void add(Organisation organisation) {
        organisations.put(organisation.getCode(), organisation);
    }

    private MunicipalMerger plan(List<String> merging, String code, String name, String region) {
        return MunicipalMerger.plan(merging, code, name, region, NEW_YEAR, c -> Optional.ofNullable(organisations.get(c)),
                c -> Optional.ofNullable(regions.get(c)));
    }

    private List<String> problems(List<String> merging, String code, String name, String region) {
        MunicipalMerger.Refused refused = assertThrows(MunicipalMerger.Refused.class, () -> plan(merging, code, name, region));
        return refused.problems().stream().map(p -> p.field() + ": " + p.dutch()).toList();
    }

    @Test
    void twoGemeentenFormANewOneThatTakesOverAndTheOldOnesPointToIt() {
        MunicipalMerger merger = plan(List.of("GM0310", "GM0356"), "GM1999", "Bilt-Nieuwegein", "AM22");
        assertTrue(merger.successorIsNew());
        assertEquals("Utrecht", merger.successor().getProvince(), "both lay in Utrecht");
        assertTrue(organisations.get("GM0310").isActive(), "planning changes nothing");

        merger.apply();
        for (String code : List.of("GM0310", "GM0356")) {
            Organisation old = organisations.get(code);
            assertFalse(old.isActive());
            assertEquals("GM1999", old.getSuccessorCode());
            assertEquals(NEW_YEAR, old.getRetiredOn());
        }
        assertTrue(merger.successor().isActive());
        assertEquals(utrecht, merger.successor().getRegion());
        assertEquals("Gemeentelijke herindeling per 1-1-2027: De Bilt (GM0310), Nieuwegein (GM0356) opgegaan in "
                + "Bilt-Nieuwegein (GM1999).", merger.historyText());
    }

    @Test
    void anExistingGemeenteAbsorbsAnotherAndMayTakeANewNameAndRegion() {
        MunicipalMerger merger = plan(List.of("GM0310"), "GM0344", "Groot-Utrecht", "AM23");
        assertFalse(merger.successorIsNew());
        assertEquals("Utrecht", organisations.get("GM0344").getName(), "not before it is applied");
        merger.apply();
        assertEquals("Groot-Utrecht", organisations.get("GM0344").getName());
        assertEquals(amersfoort, organisations.get("GM0344").getRegion());
        assertTrue(organisations.get("GM0344").isActive());
        assertEquals("GM0344", organisations.get("GM0310").getSuccessorCode());
        assertNull(organisations.get("GM0344").getSuccessorCode());
    }

    @Test
    void aGemeenteCannotMergeIntoItself() {
        assertTrue(problems(List.of("GM0344"), "GM0344", null, null).contains("gemeenten: Gemeente GM0344 kan niet in zichzelf opgaan."));
        assertTrue(problems(List.of("GM0310", "GM0310"), "GM1999", "X", "AM22").contains("gemeenten: Gemeente GM0310 staat er twee keer in."));
    }

    @Test
    void everyMergingGemeenteMustExistAndStillBeActiveAndTheSuccessorToo() {
        plan(List.of("GM0310", "GM0356"), "GM1999", "Nieuw", "AM22").apply();
        assertTrue(problems(List.of("GM0310", "GM0344"), "GM2000", "Nieuw", "AM22").stream()
                .anyMatch(p -> p.equals("gemeenten: De Bilt (GM0310) is al opgeheven.")));
        assertTrue(problems(List.of("GM0344"), "GM0356", null, null).stream().anyMatch(p -> p.startsWith("code:")),
                "a retired gemeente cannot be the successor");
        assertTrue(problems(List.of("GM0344", "GM4242"), "GM2000", "Nieuw", "AM22").contains("gemeenten: Gemeente GM4242 bestaat niet."));
        assertTrue(problems(List.of("DUO", "GM0344"), "GM2000", "Nieuw", "AM22").contains("gemeenten: Gemeente DUO bestaat niet."),
                "a partner organisation is no gemeente");
        assertTrue(problems(List.of("GM0344"), "DUO", null, null).stream().anyMatch(p -> p.startsWith("code:")));
    }

    @Test
    void aNewGemeenteNeedsTwoGemeentenACbsCodeANameAndARegion() {
        List<String> problems = problems(List.of("GM0310"), "1999", "", null);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("gemeenten: Kies ten minste twee")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("code:")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("naam:")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("arbeidsmarktregio:")), problems.toString());
        assertTrue(problems(List.of("GM0310", "GM0356"), "GM1999", "Nieuw", "AM99").contains(
                "arbeidsmarktregio: Onbekende arbeidsmarktregio: AM99."));
        assertTrue(problems(List.of(), "GM0344", null, null).stream().anyMatch(p -> p.startsWith("gemeenten: Kies ten minste één")));
    }
}
