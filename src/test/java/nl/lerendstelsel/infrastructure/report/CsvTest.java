package nl.lerendstelsel.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared CSV cells: quoting, the formula guard, the BOM and CRLF. */
class CsvTest {

    @Test
    void cellsAreQuotedAndGuarded() {
        assertEquals("gewoon", Csv.cell("gewoon"));
        assertEquals("\"a;b\"", Csv.cell("a;b"));
        assertEquals("\"zij zei \"\"nee\"\"\"", Csv.cell("zij zei \"nee\""));
        assertEquals("'=SUM(A1)", Csv.cell("=SUM(A1)"));
        assertEquals("\"'@x;y\"", Csv.cell("@x;y"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void aTableStartsWithTheBomAndEndsEveryLineWithCrlf() {
        assertEquals("\uFEFFThema;Aantal\r\nB1-route;3\r\n\"a;b\";1\r\n",
                Csv.table(List.of("Thema", "Aantal"), List.of(List.of("B1-route", "3"), List.of("a;b", "1"))));
    }
}
