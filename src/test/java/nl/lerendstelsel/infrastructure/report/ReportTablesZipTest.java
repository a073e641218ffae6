package nl.lerendstelsel.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ZIP of CSV tables: one file per table, in order, with the header row and the figures as {@link Csv} writes them. */
class ReportTablesZipTest {

    @Test
    void oneCsvPerTableWithHeaderAndFigures() {
        Map<String, String> files = ZipEntries.of(ReportTablesZip.render(ReportPdfTest.sample()));

        assertEquals(java.util.List.of("01-knelpunten-thema.csv", "02-knelpunten-regio.csv", "03-tijd-per-niveau.csv", "04-monitor.csv"),
                java.util.List.copyOf(files.keySet()));
        String themes = files.get("01-knelpunten-thema.csv");
        assertTrue(themes.startsWith(Csv.BOM + "Thema;Aantal\r\n"), themes);
        assertTrue(themes.contains("\"Brede intake; PIP\";96\r\n"), themes);
        assertTrue(themes.contains("Financiën en leenstelsel (DUO);230\r\n"), themes);
        assertEquals(36, files.get("02-knelpunten-regio.csv").split("\r\n").length);
        assertTrue(files.get("03-tijd-per-niveau.csv").contains("Uitvoering vóór opschaling;512;14;31\r\n"));
        assertEquals(Csv.BOM + "Ronde;Respons (%)\r\n", files.get("04-monitor.csv"));
    }
}
