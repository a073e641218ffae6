package nl.lerendstelsel.interfaces.web.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.statistics.AnnualReportService.AnnualReport;
import nl.lerendstelsel.application.statistics.CoverageService;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.statistics.AnnualFigures;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.Coverage;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.MonthCount;
import nl.lerendstelsel.domain.model.statistics.Participation;
import nl.lerendstelsel.domain.model.statistics.ReportDocument;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.infrastructure.report.PdfUaCheck;
import nl.lerendstelsel.infrastructure.report.ReportPdf;
import org.junit.jupiter.api.Test;

/**
 * The annual report's content from realistic figures of a year: the sections in order, the dashboard's tables as the
 * dashboard defines them, the CoP, Q&amp;A and coverage tables, and a PDF of it that passes PDF/UA-1.
 */
class AnnualReportDocumentTest {

    static AnnualReport report() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        Map<Level, LeadTimes> leadTimes = new EnumMap<>(Level.class);
        leadTimes.put(Level.EXECUTION, new LeadTimes(640, 12, 30, 41));
        leadTimes.put(Level.LINKING, new LeadTimes(210, 25, 52, 60));
        leadTimes.put(Level.SYSTEM, LeadTimes.NONE);
        List<Count> regions = new ArrayList<>();
        for (int i = 1; i <= 35; i++) {
            regions.add(new Count("AM" + i, "Arbeidsmarktregio " + i, 300 - 8L * i));
        }
        List<MonthCount> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthCount(YearMonth.of(2025, month), 70 + month, 60 + month));
        }
        StatisticsService.Dashboard dashboard = new StatisticsService.Dashboard(new StatisticsFilter(from, to, null, null, null), false,
                Instant.parse("2026-01-05T09:00:00Z"), 925,
                List.of(new Count("GEMELD", "gemeld", 75), new Count("OPGELOST", "opgelost", 850)),
                List.of(new Count("EXECUTION", "uitvoeringsniveau", 640), new Count("LINKING", "schakelniveau", 230),
                        new Count("SYSTEM", "stelselniveau", 55)),
                List.of(new Count("taal", "Taalonderwijs", 412), new Count("duo", "Financiën en leenstelsel (DUO)", 230)), regions,
                List.of(new Count("GM0014", "Groningen", 40)), months, leadTimes, new StatisticsService.Outcomes(700, 150),
                List.of(), 0, List.of(), List.of(new Count("BEANTWOORD", "beantwoord", 12)),
                List.of(new Count("OVERNEMEN", "overnemen", 7), new Count("NIET_OVERNEMEN", "niet overnemen", 5)), List.of(),
                List.of(new Count("GEREALISEERD", "gerealiseerd", 4), new Count("TE_LAAT", "te laat", 2), new Count("LOPEND", "lopend", 1)), 3);
        List<Coverage.Gemeente> gemeenten = List.of(new Coverage.Gemeente("GM0014", "AM1", "Groningen", "Groningen"),
                new Coverage.Gemeente("GM0344", "AM2", "Midden-Utrecht", "Utrecht"), new Coverage.Gemeente("GM0363", "AM3", "Groot Amsterdam", "Noord-Holland"));
        Map<Participation, Set<String>> taking = new EnumMap<>(Participation.class);
        for (Participation kind : Participation.values()) {
            taking.put(kind, Set.of("GM0014", "GM0344"));
        }
        CoverageService.Report coverage = new CoverageService.Report(from, to, Instant.parse("2026-01-05T09:00:00Z"),
                Coverage.overall(gemeenten, taking, "Nederland"), Coverage.perRegion(gemeenten, taking), Coverage.perProvince(gemeenten, taking),
                List.of(new CoverageService.Year(2025, Coverage.overall(gemeenten, taking, "2025"))));
        return new AnnualReport(2025, from, to, true, Instant.parse("2026-01-05T09:00:00Z"), dashboard, coverage,
                List.of(new AnnualFigures.CopActivity(1, "CoP Taal & werk", 48, 310, 6, 4), new AnnualFigures.CopActivity(2, "CoP Brede intake", 22, 95, 3, 1)),
                List.of(new Count("GOEDE_PRAKTIJK", "GOEDE_PRAKTIJK", 3), new Count("INZICHT", "INZICHT", 2)),
                new AnnualFigures.QaFigures(41, 17, 63, 120, 14, List.of(new Count("taal", "Taalonderwijs", 25))), List.of());
    }

    @Test
    void sectionsAndTablesOfTheYear() {
        ReportDocument document = AnnualReportDocument.of(report(), Locale.forLanguageTag("nl"));

        assertEquals("Jaarrapportage lerend stelsel inburgering 2025", document.title());
        assertEquals(List.of("Knelpunten", "Tijd per niveau", "Signalen en de antwoorden van SZW", "Communities of practice",
                "Vraag en antwoord", "Monitor", "Dekking"), document.sections().stream().map(ReportDocument.Section::heading).toList());
        assertEquals(List.of("niveau", "thema", "regio", "afloop", "afhandelcategorie", "doelgroep", "trend", "tijd-per-niveau",
                "tijd-per-niveau-thema", "tijd-per-niveau-periode", "doorlooptijd", "signalen-status", "signalen-besluit", "signalen-opvolging",
                "cop-activiteit", "gedeelde-opbrengsten", "vraag-en-antwoord", "vraag-en-antwoord-thema", "monitor-respons", "dekking",
                "dekking-regio", "dekking-provincie", "dekking-jaar"), document.tables().stream().map(ReportDocument.Table::name).toList());
        assertTrue(document.introduction().get(0).startsWith("Periode: 1 januari 2025 t/m 31 december 2025."), document.introduction().get(0));
        ReportDocument.Table cops = document.tables().get(14);
        assertEquals(List.of("CoP Taal & werk", "48", "310", "6", "4"), cops.rows().get(0));
        ReportDocument.Table shared = document.tables().get(15);
        assertEquals(List.of("Goede praktijk", "3"), shared.rows().get(0));
        assertTrue(shared.chart());
        assertEquals(List.of("Beoordeeld als bruikbaar", "120"), document.tables().get(16).rows().get(3));
        assertEquals("In dit jaar is geen monitorronde geopend.", document.sections().get(5).paragraphs().get(0));
    }

    @Test
    void englishTitleAndTheYearSoFar() {
        AnnualReport full = report();
        AnnualReport soFar = new AnnualReport(2025, full.from(), LocalDate.of(2025, 6, 30), false, full.generatedAt(), full.dashboard(),
                full.coverage(), full.cops(), full.sharedOutcomes(), full.qa(), full.monitor());

        ReportDocument document = AnnualReportDocument.of(soFar, Locale.ENGLISH);

        assertEquals("Annual report lerend stelsel inburgering 2025", document.title());
        assertEquals("en-GB", document.language());
        assertTrue(document.introduction().get(0).endsWith("(the year so far)."), document.introduction().get(0));
    }

    @Test
    void thePdfOfARealisticYearPassesPdfUa1() {
        byte[] pdf = ReportPdf.render(AnnualReportDocument.of(report(), Locale.forLanguageTag("nl")));

        List<String> failures = PdfUaCheck.failures(pdf);

        assertTrue(failures.isEmpty(), () -> "veraPDF PDF/UA-1 failures:\n" + String.join("\n", failures));
    }
}
