package nl.lerendstelsel.interfaces.web.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import org.junit.jupiter.api.Test;

/** The gemeenten table on the reference-data page: filter, sort and page on the server. */
class GemeentenTableTest {

    private static final LabourMarketRegion MIDDEN = new LabourMarketRegion("AM12", "Midden-Utrecht");
    private static final LabourMarketRegion RIJNMOND = new LabourMarketRegion("AM26", "Rijnmond");

    private static List<Organisation> gemeenten() {
        List<Organisation> all = new ArrayList<>();
        all.add(Organisation.gemeente("GM0344", "Utrecht", "Utrecht", MIDDEN));
        all.add(Organisation.gemeente("GM0599", "Rotterdam", "Zuid-Holland", RIJNMOND));
        all.add(Organisation.gemeente("GM0307", "Amersfoort", "Utrecht", MIDDEN));
        all.add(Organisation.gemeente("GM0489", "Barendrecht", "Zuid-Holland", RIJNMOND));
        all.add(Organisation.gemeente("GM0003", "'s-Gravenhage", null, null));
        for (int i = 0; i < 55; i++) {
            all.add(Organisation.gemeente("GM9%03d".formatted(i), "Proefgemeente %02d".formatted(i), "Drenthe", MIDDEN));
        }
        return all;
    }

    private static List<String> codes(GemeentenTable.Selection selection) {
        return selection.rows().stream().map(Organisation::getCode).toList();
    }

    @Test
    void pagesOfTwentyFiveSortedByNameByDefault() {
        GemeentenTable.Selection first = GemeentenTable.select(gemeenten(), "", "", "", 1);
        assertEquals(60, first.total());
        assertEquals(60, first.all());
        assertEquals(3, first.pages());
        assertEquals(25, first.rows().size());
        assertEquals(List.of("GM0003", "GM0307", "GM0489", "GM9000"), codes(first).subList(0, 4), "by name, ignoring case");
        GemeentenTable.Selection last = GemeentenTable.select(gemeenten(), null, null, null, 3);
        assertEquals(10, last.rows().size());
        assertEquals("GM0344", codes(last).get(9), "Utrecht last");
        assertEquals(3, GemeentenTable.select(gemeenten(), "", "", "naam", 99).page(), "a page past the end shows the last");
        assertEquals(1, GemeentenTable.select(gemeenten(), "", "", "naam", -4).page());
    }

    @Test
    void filtersOnNameOrCodeAndRegion() {
        assertEquals(List.of("GM0599"), codes(GemeentenTable.select(gemeenten(), "ROTTER", "", "naam", 1)));
        assertEquals(List.of("GM0344"), codes(GemeentenTable.select(gemeenten(), "gm0344", "", "naam", 1)));
        assertEquals(List.of("GM0489", "GM0599"), codes(GemeentenTable.select(gemeenten(), "", "AM26", "naam", 1)));
        assertEquals(List.of("GM0307"), codes(GemeentenTable.select(gemeenten(), "oort", "AM12", "naam", 1)));
        GemeentenTable.Selection none = GemeentenTable.select(gemeenten(), "Atlantis", "", "naam", 1);
        assertEquals(0, none.total());
        assertEquals(1, none.pages());
        assertEquals(60, none.all());
    }

    @Test
    void sortsByAnyColumnBothWaysWithMissingValuesLast() {
        assertEquals(List.of("GM0003", "GM0307", "GM0344"), codes(GemeentenTable.select(gemeenten(), "", "", "code", 1)).subList(0, 3));
        assertEquals("GM9054", codes(GemeentenTable.select(gemeenten(), "", "", "-code", 1)).get(0));
        List<String> byProvinceDown = codes(GemeentenTable.select(gemeenten(), "GM0", "", "-provincie", 1));
        assertEquals(List.of("GM0489", "GM0599", "GM0307", "GM0344", "GM0003"), byProvinceDown, "Zuid-Holland, Utrecht, then none");
        assertEquals(List.of("GM0307", "GM0344", "GM0489", "GM0599", "GM0003"), codes(GemeentenTable.select(gemeenten(), "GM0", "", "regio", 1)));
        assertEquals("naam", GemeentenTable.sortOrDefault("' OR 1=1"), "unknown sorts fall back to the name");
        assertEquals("-regio", GemeentenTable.sortOrDefault("-regio"));
    }
}
