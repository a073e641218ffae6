package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.lerendstelsel.application.InvalidInputException;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final List<Integer> FIFTY = IntStream.rangeClosed(1, 50).boxed().toList();

    @Test
    void withoutParametersItIsTheFirstPageOfTwenty() {
        Paging paging = new Paging();
        assertEquals(1, paging.page());
        assertEquals(Paging.DEFAULT_SIZE, paging.size());
        assertEquals(0, paging.offset());
        assertEquals(1, Paging.of(" ", "").page(), "empty: the default");
        assertEquals(20, Paging.of(" ", "").size(), "empty: the default");
    }

    @Test
    void aPageOfAWholeListCarriesTheTotalAndIsMappedPerItem() {
        PagedList<Integer> third = Paging.of("3", "20").of(FIFTY);
        assertEquals(IntStream.rangeClosed(41, 50).boxed().toList(), third);
        assertEquals(50, third.totaal());
        assertEquals(3, third.pagina());
        assertEquals(20, third.paginaGrootte());
        PagedList<String> mapped = third.map(i -> "#" + i);
        assertEquals("#41", mapped.get(0));
        assertEquals(List.of(50L, 3, 20), List.of(mapped.totaal(), mapped.pagina(), mapped.paginaGrootte()));
        assertEquals(List.of(), Paging.of("9", "20").of(FIFTY), "past the end: empty");
        assertEquals(FIFTY, Paging.of("1", "100").of(FIFTY));
    }

    @Test
    void outOfRangeOrNoNumberIsRefusedPerParameter() {
        assertEquals(Set.of("pagina"), refused("0", "20"));
        assertEquals(Set.of("pagina"), refused("-1", "20"));
        assertEquals(Set.of("pagina"), refused("abc", "20"));
        assertEquals(Set.of("pagina"), refused("99999999999", "20"));
        assertEquals(Set.of("paginaGrootte"), refused("1", "0"));
        assertEquals(Set.of("paginaGrootte"), refused("1", "101"));
        assertEquals(Set.of("pagina", "paginaGrootte"), refused("x", "y"), "both at once");
        assertEquals(100, Paging.of("1", "100").size(), "the maximum is allowed");
        assertEquals(Integer.MAX_VALUE, Paging.of(String.valueOf(Integer.MAX_VALUE), "100").page());
        assertEquals(Integer.MAX_VALUE, Paging.of(String.valueOf(Integer.MAX_VALUE), "100").offset(), "no overflow");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Paging.of("1", "500").size());
        assertEquals("Een paginagrootte van 1 tot en met 100.", e.fieldErrors().get("paginaGrootte"));
    }

    @Test
    void theLinkTargetsAreFirstPreviousNextAndLastWhereTheyExist() {
        assertEquals(Map.of("first", 1L, "next", 2L, "last", 3L), PagingHeaders.targets(page(50, 1, 20)));
        assertEquals(List.of("first", "next", "last"), List.copyOf(PagingHeaders.targets(page(50, 1, 20)).keySet()), "in order");
        assertEquals(Map.of("first", 1L, "prev", 1L, "next", 3L, "last", 3L), PagingHeaders.targets(page(50, 2, 20)));
        assertEquals(Map.of("first", 1L, "prev", 2L, "last", 3L), PagingHeaders.targets(page(50, 3, 20)));
        assertEquals(Map.of("first", 1L, "last", 1L), PagingHeaders.targets(page(0, 1, 20)), "an empty list has one page");
        assertEquals(Map.of("first", 1L, "last", 1L), PagingHeaders.targets(page(20, 1, 20)));
        assertEquals(Map.of("first", 1L, "prev", 3L, "last", 3L), PagingHeaders.targets(page(50, 7, 20)),
                "past the end: back to the last");
    }

    private static Set<String> refused(String page, String size) {
        return assertThrows(InvalidInputException.class, () -> Paging.of(page, size).page()).fieldErrors().keySet();
    }

    private static Paged page(long total, int page, int size) {
        return new PagedList<>(List.of(), total, page, size);
    }
}
