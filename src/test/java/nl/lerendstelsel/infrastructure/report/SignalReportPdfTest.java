package nl.lerendstelsel.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.domain.model.signal.SignalReportTest;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import org.junit.jupiter.api.Test;

/** Renders the report as PDF and reads it back with OpenPDF's text extractor. */
class SignalReportPdfTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** A rendered PDF: its page count, its text with all whitespace collapsed to single spaces, and its reader. */
    record Read(int pages, String text, PdfReader reader) {

        boolean has(String regex) {
            return Pattern.compile(regex).matcher(text).find();
        }
    }

    static Read read(byte[] pdf) throws IOException {
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return new Read(reader.getNumberOfPages(), text.toString().replaceAll("\\s+", " "), reader);
    }

    @Test
    void dutchReportHasTitlePeriodSignalsKnelpuntenAndCounts() throws IOException {
        Read pdf = read(SignalReportPdf.render(SignalReportTest.sample(), DUTCH));

        assertTrue(pdf.pages() >= 1);
        assertTrue(pdf.text().contains("Signaleringsrapportage lerend stelsel inburgering"), pdf.text());
        assertTrue(pdf.text().contains("Periode: 1 april 2026 t/m 30 juni 2026"), pdf.text());
        assertTrue(pdf.text().contains("Gemaakt op 1 juli 2026 om 09:30"), pdf.text()); // 07:30 UTC in summer time
        assertTrue(pdf.text().contains("In deze periode zijn 4 signalen ingediend."), pdf.text());
        assertTrue(pdf.text().contains("SIG-2026-003"), pdf.text());
        assertFalse(pdf.text().contains("SIG-2026-099"), "concepts are left out");
        assertTrue(pdf.text().contains("Coördinatie taalcursus mist één loket"), pdf.text());
        assertTrue(pdf.text().contains("Súdwest-Fryslân"), pdf.text());
        assertTrue(pdf.text().contains("Financiën"), pdf.text());

        // each status count twice: in the table and as the value beside its bar in the chart
        for (String statusCount : List.of("ingediend ?1", "ontvangen ?0", "in behandeling ?1", "vragen aan coördinator ?0",
                "beantwoord ?1", "gesloten ?1")) {
            assertEquals(2, Pattern.compile(statusCount + "\\b").matcher(pdf.text()).results().count(), statusCount);
        }
        assertTrue(pdf.has("Signalen per status .*Grafiek: signalen per status .*Signalen per thema .*Signalen per besluit "
                + ".*Doorlooptijd in werkdagen .*Signalen .*Knelpunten achter de signalen"), pdf.text());
        assertTrue(pdf.has("Taal ?3\\b"), pdf.text());
        assertTrue(pdf.has("niet overgenomen ?1\\b"), pdf.text());
        assertTrue(pdf.has("Pagina 1 van ?" + pdf.pages()), pdf.text());
    }

    @Test
    void theSignalsTableListsEveryKindOfProposal() throws IOException {
        LocalDate day = LocalDate.of(2026, 4, 1);
        SignalReport.Line several = new SignalReport.Line("SIG-2026-012", "Beslistermijn na de Z-route", SignalStatus.INGEDIEND,
                Urgency.HOOG, Proposal.AANPASSING_WET_REGELGEVING, day, null, null, null, null, 1, List.of("Taal"), false, 0, null,
                List.of(Proposal.VERDUIDELIJKING, Proposal.FINANCIERING));
        SignalReport report = SignalReport.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), SignalReportTest.GENERATED,
                List.of(several), List.of(), WorkingDayCalendar.statutory());
        Read dutch = read(SignalReportPdf.render(report, DUTCH));
        // a cell may wrap, and the extractor reads a table row line by line: each kind is there, in its order
        assertTrue(dutch.has("Status ?Voorstel ?Ingediend"), dutch.text());
        assertTrue(dutch.has("aanpassing.*regelgeving,.*verduidelijking,.*financiering"), dutch.text());
        Read english = read(SignalReportPdf.render(report, Locale.UK));
        assertTrue(english.has("Status ?Proposal ?Submitted"), english.text());
        assertTrue(english.has("change.*regulation,.*clarification,.*funding"), english.text());
    }

    @Test
    void metadataNameTitleAuthorAndLanguage() throws IOException {
        Read dutch = read(SignalReportPdf.render(SignalReportTest.sample(), DUTCH));
        assertEquals("Signaleringsrapportage lerend stelsel inburgering", dutch.reader().getInfo().get("Title"));
        assertEquals("Lerend Stelsel", dutch.reader().getInfo().get("Author"));
        assertEquals("nl", ((PdfString) dutch.reader().getCatalog().get(PdfName.LANG)).toUnicodeString());

        Read english = read(SignalReportPdf.render(SignalReportTest.sample(), Locale.ENGLISH));
        assertEquals("en", ((PdfString) english.reader().getCatalog().get(PdfName.LANG)).toUnicodeString());
    }

    @Test
    void englishLabels() throws IOException {
        Read pdf = read(SignalReportPdf.render(SignalReportTest.sample(), Locale.UK));
        assertTrue(pdf.text().contains("Signalling report"), pdf.text());
        assertTrue(pdf.text().contains("Period: 1 April 2026 to 30 June 2026"), pdf.text());
        assertTrue(pdf.text().contains("4 signals were submitted in this period."), pdf.text());
        assertTrue(pdf.has("in progress ?1\\b"), pdf.text());
        assertTrue(pdf.has("not adopted ?1\\b"), pdf.text());
        assertTrue(pdf.has("Page 1 of ?" + pdf.pages()), pdf.text());
        assertFalse(pdf.text().contains("Signaleringsrapportage"), pdf.text());
    }

    @Test
    void emptyReportStillRenders() throws IOException {
        Read dutch = read(SignalReportPdf.render(SignalReportTest.empty(), DUTCH));
        assertEquals(1, dutch.pages());
        assertTrue(dutch.text().contains("Geen signalen ingediend in deze periode."), dutch.text());
        assertTrue(dutch.has("ingediend ?0\\b"), dutch.text());
        assertTrue(dutch.has("Indiening tot antwoord ?0 ?– ?– ?–"), dutch.text());
        assertFalse(dutch.text().contains("Grafiek"), "no chart without signals");

        Read english = read(SignalReportPdf.render(SignalReportTest.empty(), Locale.ENGLISH));
        assertTrue(english.text().contains("No signals submitted in this period."), english.text());
    }

    @Test
    void otherLanguagesGetDutchLabels() throws IOException {
        Read pdf = read(SignalReportPdf.render(SignalReportTest.empty(), Locale.GERMAN));
        assertTrue(pdf.text().contains("Geen signalen ingediend in deze periode."), pdf.text());
    }

    @Test
    void longReportRunsOverPagesWithNumbers() throws IOException {
        List<SignalReport.Line> lines = new ArrayList<>();
        List<SignalReport.KnelpuntLine> knelpunten = new ArrayList<>();
        LocalDate submitted = LocalDate.of(2026, 4, 1);
        SignalStatus[] statuses = {SignalStatus.INGEDIEND, SignalStatus.IN_BEHANDELING, SignalStatus.GESLOTEN, SignalStatus.GESLOTEN};
        for (int i = 1; i <= 90; i++) {
            String reference = "SIG-2026-%03d".formatted(i);
            lines.add(new SignalReport.Line(reference, "Signaal nummer " + i + " over de brede intake", statuses[i % 4],
                    Urgency.GEMIDDELD, Proposal.VERDUIDELIJKING, submitted, submitted.plusDays(3), null,
                    i % 3 == 0 ? Decision.DEELS_OVERGENOMEN : null, null, 2, List.of("Thema " + i % 7), i % 5 == 0));
            for (int k = 0; k < 2; k++) {
                knelpunten.add(new SignalReport.KnelpuntLine(reference, "KP-2026-%05d".formatted(i * 2 + k),
                        "Knelpunt " + k + " bij signaal " + i, "Thema " + i % 7, "Groningen", "schakelniveau", "opgeschaald",
                        submitted.minusDays(10)));
            }
        }
        SignalReport report = SignalReport.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), SignalReportTest.GENERATED,
                lines, knelpunten, WorkingDayCalendar.statutory());

        Read pdf = read(SignalReportPdf.render(report, DUTCH));
        assertTrue(pdf.pages() > 3, "pages: " + pdf.pages());
        for (int page = 1; page <= pdf.pages(); page++) {
            assertTrue(pdf.has("Pagina " + page + " van ?" + pdf.pages() + "\\b"), "footer of page " + page);
        }
        assertTrue(pdf.text().contains("SIG-2026-090"), pdf.text());
        assertTrue(pdf.text().contains("KP-2026-00181"), pdf.text());
        assertTrue(pdf.has("In deze periode zijn 90 signalen ingediend. Bij 18 signalen is een termijn overschreden."));
        // the column headers repeat on every page the list of knelpunten continues on
        assertTrue(Pattern.compile("Signaal Referentie Titel Thema Gemeente Niveau Status Gemeld").matcher(pdf.text())
                .results().count() > 1, pdf.text());
    }
}
