package nl.lerendstelsel.domain.model.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tagsAreLowerCaseTrimmedAndUnique() {
        Tags.Result result = Tags.normalise(List.of("Leerroute", "  kinder   opvang ", "leerroute", "", "Z-route"));
        assertEquals(Set.of("leerroute", "kinder opvang", "z-route"), result.tags());
        assertTrue(result.problems().isEmpty());
        assertEquals(List.of("leerroute", " kinderopvang"), Tags.fromText("leerroute, kinderopvang"));
        assertEquals(List.of(), Tags.fromText("  "));
    }

    @Test
    void oddTagsAreRefusedWithAReason() {
        Tags.Result result = Tags.normalise(List.of("x", "a".repeat(41), "<script>", "-los"));
        assertTrue(result.tags().isEmpty());
        assertEquals(4, result.problems().size(), result.problems().toString());
        assertTrue(Tags.normalise(Collections.nCopies(1, "ok")).problems().isEmpty());
        List<String> many = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11");
        assertEquals("Gebruik hoogstens 10 trefwoorden.", Tags.normalise(many).problems().get("*"));
        assertTrue(Tags.normalise(null).tags().isEmpty());
    }
}
