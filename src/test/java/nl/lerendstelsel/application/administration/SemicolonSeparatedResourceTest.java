package nl.lerendstelsel.application.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SemicolonSeparatedResourceTest {

    @Test
    void readsHeaderRowsAndSkipsCommentsAndBom() {
        List<Map<String, String>> rows = SemicolonSeparatedResource.parse(List.of(
                "\uFEFF# Bron: CBS", "code;naam", "GM0344; Utrecht ", "", "GM0599;Rotterdam"), "test");
        assertEquals(2, rows.size());
        assertEquals("Utrecht", rows.get(0).get("naam"));
        assertEquals("GM0599", rows.get(1).get("code"));
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SemicolonSeparatedResource.parse(List.of("code;naam", "GM0344;Utrecht;extra"), "gemeenten.csv"));
        assertEquals(true, e.getMessage().startsWith("gemeenten.csv: row 1"));
    }
}
