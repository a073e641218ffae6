package nl.lerendstelsel.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.domain.model.signal.SignalReportTest;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import org.junit.jupiter.api.Test;

/** Renders the report as CSV and parses it back. */
class SignalReportCsvTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final String BOM = "\uFEFF";
    static final List<String> DUTCH_SECTIONS = List.of("Signaleringsrapportage lerend stelsel inburgering", "Signalen per status",
            "Signalen per thema", "Signalen per besluit", "Doorlooptijd in werkdagen", "Signalen", "Knelpunten");

    /**
     * Parses semicolon-separated text as RFC 4180 does (quoted fields may hold separators, doubled quotes and line
     * breaks); fails on a line end outside quotes that is not CRLF, and on text after the last CRLF.
     */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else if (c == '\r' || c == '\n' || c == '"') {
                fail("Unexpected " + (int) c + " outside quotes at " + i);
            } else {
                field.append(c);
            }
        }
        assertFalse(quoted, "unterminated quote");
        assertTrue(fields.isEmpty() && field.isEmpty(), "the last line ends with CRLF");
        return records;
    }

    /** The sections: groups of records separated by one empty line. */
    static List<List<List<String>>> sections(String csv) {
        assertTrue(csv.startsWith(BOM), "starts with the UTF-8 byte order mark");
        List<List<List<String>>> sections = new ArrayList<>();
        List<List<String>> section = new ArrayList<>();
        for (List<String> record : parse(csv.substring(BOM.length()))) {
            if (record.equals(List.of(""))) {
                assertFalse(section.isEmpty(), "one empty line between sections");
                sections.add(section);
                section = new ArrayList<>();
            } else {
                section.add(record);
            }
        }
        sections.add(section);
        return sections;
    }

    static List<List<String>> section(List<List<List<String>>> sections, String title) {
        return sections.stream().filter(s -> s.get(0).equals(List.of(title))).findFirst().orElseThrow();
    }

    /** The rows of a section: without its title and header. */
    static List<List<String>> rows(List<List<String>> section) {
        return section.subList(2, section.size());
    }

    @Test
    void dutchSectionsWithHeadersAndFigures() {
        List<List<List<String>>> sections = sections(SignalReportCsv.render(SignalReportTest.sample(), DUTCH));

        assertEquals(DUTCH_SECTIONS, sections.stream().map(s -> s.get(0).get(0)).toList());
        for (List<List<String>> section : sections) {
            assertEquals(1, section.get(0).size(), "title line");
            int columns = section.get(1).size();
            section.subList(2, section.size()).forEach(row -> assertEquals(columns, row.size(), row.toString()));
        }
        List<List<String>> period = section(sections, DUTCH_SECTIONS.get(0));
        assertEquals(List.of("Van", "Tot en met", "Gemaakt op"), period.get(1));
        assertEquals(List.of(List.of("2026-04-01", "2026-06-30", "2026-07-01 09:30")), rows(period));

        assertEquals(List.of(List.of("ingediend", "1"), List.of("ontvangen", "0"), List.of("in behandeling", "1"),
                List.of("vragen aan coördinator", "0"), List.of("beantwoord", "1"), List.of("gesloten", "1"), List.of("ingetrokken", "0")),
                rows(section(sections, "Signalen per status")));
        assertEquals(List.of(List.of("Taal", "3"), List.of("Werk", "2"), List.of("Financiën", "1"), List.of("Onderwijs", "1"),
                List.of("Zorg", "1")), rows(section(sections, "Signalen per thema")));
        assertEquals(List.of(List.of("overgenomen", "1"), List.of("deels overgenomen", "0"), List.of("niet overgenomen", "1"),
                List.of("doorverwezen", "0"), List.of("tussenbericht, nog geen besluit", "0")),
                rows(section(sections, "Signalen per besluit")));

        List<List<String>> throughput = section(sections, "Doorlooptijd in werkdagen");
        assertEquals(List.of("Meting", "Aantal", "Mediaan", "Gemiddelde", "Maximum"), throughput.get(1));
        assertEquals(List.of(List.of("Indiening tot ontvangstbevestiging", "3", "2,0", "4,0", "9"),
                List.of("Indiening tot antwoord", "2", "10,0", "10,0", "12")), rows(throughput));

        List<List<String>> signals = section(sections, "Signalen");
        assertEquals(List.of("Referentie", "Titel", "Status", "Urgentie", "Voorstel", "Ingediend", "Ontvangen", "Beantwoord",
                "Besluit", "Forum", "Knelpunten", "Thema's", "Te laat", "Tussenberichten", "Antwoord uiterlijk"), signals.get(1));
        assertEquals(List.of("SIG-2026-001", "Titel van SIG-2026-001", "gesloten", "hoog", "aanpassing uitvoering", "2026-04-24",
                "2026-04-28", "2026-05-08", "overgenomen", "", "2", "Taal, Werk", "nee", "0", ""), rows(signals).get(0));
        assertEquals(List.of("SIG-2026-003", "Titel van SIG-2026-003", "in behandeling", "hoog", "aanpassing uitvoering",
                "2026-06-03", "2026-06-16", "", "", "", "3", "Taal, Financiën, Taal", "ja", "0", ""), rows(signals).get(2));
        assertEquals(4, rows(signals).size(), "the concept is left out");

        List<List<String>> knelpunten = section(sections, "Knelpunten");
        assertEquals(List.of("Signaal", "Referentie", "Titel", "Thema", "Gemeente", "Niveau", "Status", "Gemeld"), knelpunten.get(1));
        assertEquals(List.of("SIG-2026-001", "KP-2026-0012", "Coördinatie taalcursus mist één loket", "Taal", "Súdwest-Fryslân",
                "schakelniveau", "gesignaleerd", "2026-03-02"), rows(knelpunten).get(0));
        assertEquals("", rows(knelpunten).get(1).get(4), "no gemeente");
    }

    @Test
    void englishLabelsAndDecimalPoint() {
        List<List<List<String>>> sections = sections(SignalReportCsv.render(SignalReportTest.sample(), Locale.ENGLISH));
        assertEquals(List.of("Signalling report learning system civic integration", "Signals by status", "Signals by theme",
                "Signals by decision", "Throughput in working days", "Signals", "Knelpunten"),
                sections.stream().map(s -> s.get(0).get(0)).toList());
        assertEquals(List.of("in progress", "1"), rows(section(sections, "Signals by status")).get(2));
        assertEquals(List.of("Submission to acknowledgement", "3", "2.0", "4.0", "9"),
                rows(section(sections, "Throughput in working days")).get(0));
        assertEquals("no", rows(section(sections, "Signals")).get(0).get(12));
        assertEquals("adopted", rows(section(sections, "Signals")).get(0).get(8));
    }

    @Test
    void separatorsQuotesAndLineBreaksRoundTrip() {
        String title = "Taal; \"inburgering\" en werk";
        String multiline = "Eerste regel\r\nTweede regel\nDerde;regel";
        SignalReport report = report(List.of(line("SIG-2026-001", title, "forum; \"BO\"")),
                List.of(knelpunt("SIG-2026-001", multiline, "'s-Hertogenbosch")));
        String csv = SignalReportCsv.render(report, DUTCH);

        assertTrue(csv.contains("\"Taal; \"\"inburgering\"\" en werk\""), csv);
        List<List<List<String>>> sections = sections(csv);
        List<String> signal = rows(section(sections, "Signalen")).get(0);
        assertEquals(title, signal.get(1));
        assertEquals("forum; \"BO\"", signal.get(9));
        List<String> knelpunt = rows(section(sections, "Knelpunten")).get(0);
        assertEquals(multiline, knelpunt.get(2));
        assertEquals("'s-Hertogenbosch", knelpunt.get(4));
    }

    @Test
    void formulasAreDefused() {
        String hyperlink = "=HYPERLINK(\"https://example.org/phish\";\"Klik hier\")";
        SignalReport report = report(List.of(line("SIG-2026-001", hyperlink, "@SUM(A1:A9)")),
                List.of(knelpunt("SIG-2026-001", "+31 6 12345678 bellen", "-Gemeente"),
                        knelpunt("SIG-2026-001", "\tTab vooraan", "\rCarriage return")));
        List<List<List<String>>> sections = sections(SignalReportCsv.render(report, DUTCH));

        List<String> signal = rows(section(sections, "Signalen")).get(0);
        assertEquals("'" + hyperlink, signal.get(1));
        assertEquals("'@SUM(A1:A9)", signal.get(9));
        List<List<String>> knelpunten = rows(section(sections, "Knelpunten"));
        assertEquals("'+31 6 12345678 bellen", knelpunten.get(0).get(2));
        assertEquals("'-Gemeente", knelpunten.get(0).get(4));
        assertEquals("'\tTab vooraan", knelpunten.get(1).get(2));
        assertEquals("'\rCarriage return", knelpunten.get(1).get(4));
        // our own figures are left alone
        assertEquals(List.of("in behandeling", "1"), rows(section(sections, "Signalen per status")).get(2));
        assertEquals("2026-04-01", signal.get(5));
    }

    @Test
    void byteOrderMarkAndCrlf() {
        String csv = SignalReportCsv.render(SignalReportTest.sample(), DUTCH);
        assertEquals('\uFEFF', csv.charAt(0));
        assertTrue(csv.endsWith("2026-05-20\r\n"), csv);
        assertFalse(csv.replace("\r\n", "").contains("\n"), "only CRLF line ends");
        assertFalse(csv.contains("\r\n\r\n\r\n"), "one empty line between sections");
        assertEquals(DUTCH_SECTIONS.size() - 1, csv.split("\r\n\r\n", -1).length - 1);
    }

    @Test
    void emptyReportHasEverySection() {
        List<List<List<String>>> sections = sections(SignalReportCsv.render(SignalReportTest.empty(), DUTCH));
        assertEquals(DUTCH_SECTIONS, sections.stream().map(s -> s.get(0).get(0)).toList());
        assertEquals(7, rows(section(sections, "Signalen per status")).size());
        assertEquals(List.of(), rows(section(sections, "Signalen per thema")));
        assertEquals(List.of(List.of("Indiening tot ontvangstbevestiging", "0", "", "", ""),
                List.of("Indiening tot antwoord", "0", "", "", "")), rows(section(sections, "Doorlooptijd in werkdagen")));
        assertEquals(List.of(), rows(section(sections, "Signalen")));
        assertEquals(List.of(), rows(section(sections, "Knelpunten")));
    }

    @Test
    void interimAnswersCountApartFromTheDecisionsAndShowTheMovedDeadline() {
        LocalDate day = LocalDate.of(2026, 4, 1);
        SignalReport.Line interim = new SignalReport.Line("SIG-2026-010", "Verder overleg volgt", SignalStatus.IN_BEHANDELING,
                Urgency.HOOG, Proposal.FINANCIERING, day, day.plusDays(1), null, null, null, 1, List.of("Taal"), false, 2,
                LocalDate.of(2026, 9, 1));
        List<List<List<String>>> sections = sections(SignalReportCsv.render(report(List.of(interim, line("SIG-2026-011", "Later", null)),
                List.of()), Locale.forLanguageTag("nl")));
        assertEquals(List.of("tussenbericht, nog geen besluit", "1"), rows(section(sections, "Signalen per besluit")).get(4));
        assertEquals(List.of("doorverwezen", "1"), rows(section(sections, "Signalen per besluit")).get(3));
        List<String> row = rows(section(sections, "Signalen")).get(0);
        assertEquals(List.of("2", "2026-09-01"), row.subList(row.size() - 2, row.size()));
    }

    @Test
    void aLineListsEveryKindOfProposalMainFirst() {
        LocalDate day = LocalDate.of(2026, 4, 1);
        SignalReport.Line several = new SignalReport.Line("SIG-2026-012", "Beslistermijn na de Z-route", SignalStatus.INGEDIEND,
                Urgency.HOOG, Proposal.AANPASSING_WET_REGELGEVING, day, null, null, null, null, 1, List.of("Taal"), false, 0, null,
                List.of(Proposal.VERDUIDELIJKING, Proposal.AANPASSING_WET_REGELGEVING, Proposal.FINANCIERING));
        assertEquals(List.of(Proposal.AANPASSING_WET_REGELGEVING, Proposal.VERDUIDELIJKING, Proposal.FINANCIERING), several.proposals(),
                "the main one first, once");
        List<List<List<String>>> dutch = sections(SignalReportCsv.render(report(List.of(several, line("SIG-2026-013", "Eén", null)),
                List.of()), Locale.forLanguageTag("nl")));
        assertEquals("aanpassing wet- of regelgeving, verduidelijking, financiering", rows(section(dutch, "Signalen")).get(0).get(4));
        assertEquals("financiering", rows(section(dutch, "Signalen")).get(1).get(4), "a line with the main proposal only");
        List<List<List<String>>> english = sections(SignalReportCsv.render(report(List.of(several), List.of()), Locale.ENGLISH));
        assertEquals("change of law or regulation, clarification, funding", rows(section(english, "Signals")).get(0).get(4));
    }

    private static SignalReport.Line line(String reference, String title, String forum) {
        LocalDate day = LocalDate.of(2026, 4, 1);
        return new SignalReport.Line(reference, title, SignalStatus.IN_BEHANDELING, Urgency.LAAG, Proposal.FINANCIERING, day,
                day.plusDays(1), null, Decision.DOORVERWEZEN, forum, 1, List.of("Taal"), false);
    }

    private static SignalReport.KnelpuntLine knelpunt(String signal, String title, String gemeente) {
        return new SignalReport.KnelpuntLine(signal, "KP-2026-00001", title, "Taal", gemeente, "stelselniveau", "opgeschaald",
                LocalDate.of(2026, 3, 1));
    }

    private static SignalReport report(List<SignalReport.Line> lines, List<SignalReport.KnelpuntLine> knelpunten) {
        return SignalReport.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), SignalReportTest.GENERATED, lines, knelpunten,
                WorkingDayCalendar.statutory());
    }
}
