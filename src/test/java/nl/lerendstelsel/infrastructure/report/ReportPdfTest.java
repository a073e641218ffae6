package nl.lerendstelsel.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.domain.model.signal.SignalReportTest;
import nl.lerendstelsel.domain.model.statistics.ReportDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The accessible PDF of a report: veraPDF's PDF/UA-1 check passes with zero failed rules, and the text reads back. */
class ReportPdfTest {

    /** A report with realistic figures: long tables that break across pages, charts, accented names, empty tables. */
    static ReportDocument sample() {
        List<List<String>> regions = new ArrayList<>();
        for (int i = 1; i <= 35; i++) {
            regions.add(List.of("Arbeidsmarktregio " + i + (i == 7 ? " Zuid-Holland Centraal – Gouda e.o." : ""), Integer.toString(400 - i * 9)));
        }
        ReportDocument.Table themes = new ReportDocument.Table("knelpunten-thema", "Knelpunten per thema",
                List.of("Thema", "Aantal"), List.of(List.of("Taalonderwijs", "412"), List.of("Financiën en leenstelsel (DUO)", "230"),
                List.of("Participatie & werk", "187"), List.of("Brede intake; PIP", "96")), true);
        ReportDocument.Table region = new ReportDocument.Table("knelpunten-regio", "Knelpunten per arbeidsmarktregio",
                List.of("Arbeidsmarktregio", "Aantal"), regions, true);
        ReportDocument.Table phases = new ReportDocument.Table("tijd-per-niveau", "Tijd per niveau: afgeronde fasen, in werkdagen",
                List.of("Fase", "Afgerond", "Mediaan (werkdagen)", "P80 (werkdagen)"),
                List.of(List.of("Uitvoering vóór opschaling", "512", "14", "31"), List.of("Koppelen vóór een signaal", "120", "9", "22"),
                        List.of("Ontvangstbevestiging SZW", "40", "3", "6"), List.of("Antwoord van SZW", "38", "–", "–")), false);
        ReportDocument.Table empty = new ReportDocument.Table("monitor", "Monitorrondes van 2025", List.of("Ronde", "Respons (%)"),
                List.of(), false);
        return new ReportDocument("Jaarrapportage lerend stelsel inburgering 2025", "nl-NL",
                List.of("Periode: 1 januari 2025 t/m 31 december 2025.", "Gemaakt op 7 december 2026 om 23:00."),
                List.of(new ReportDocument.Section("Knelpunten", List.of("In 2025 zijn 925 knelpunten gemeld."), List.of(themes, region)),
                        new ReportDocument.Section("Tijd per niveau", List.of(), List.of(phases)),
                        new ReportDocument.Section("Monitor", List.of("Geen rondes."), List.of(empty))));
    }

    @Test
    void passesPdfUa1WithZeroFailedRules() {
        byte[] pdf = ReportPdf.render(sample());

        List<String> failures = PdfUaCheck.failures(pdf);

        assertTrue(failures.isEmpty(), () -> "veraPDF PDF/UA-1 failures:\n" + String.join("\n", failures));
    }

    @Test
    void theCheckRejectsTheUntaggedSignalReport() {
        byte[] untagged = SignalReportPdf.render(SignalReportTest.sample(), Locale.forLanguageTag("nl-NL"));

        List<String> failures = PdfUaCheck.failures(untagged);

        assertFalse(failures.isEmpty());
    }

    @Test
    void textTitleLanguageAndPagesReadBack() throws IOException {
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(sample()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");

            assertTrue(document.getNumberOfPages() >= 2, "the region table breaks across pages");
            assertEquals("nl-NL", document.getDocumentCatalog().getLanguage());
            assertEquals("Jaarrapportage lerend stelsel inburgering 2025", document.getDocumentInformation().getTitle());
            assertTrue(text.contains("Financiën en leenstelsel (DUO) 230"), text);
            assertTrue(text.contains("Zuid-Holland Centraal – Gouda e.o."), text);
            assertTrue(text.contains("Uitvoering vóór opschaling 512 14 31"), text);
            assertTrue(text.contains("Geen gegevens."), text);
            assertTrue(text.contains("Pagina 1 van " + document.getNumberOfPages()), text);
        }
    }
}
