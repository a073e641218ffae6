package nl.lerendstelsel.domain.model.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class SignalReportTest {

    public static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    public static final LocalDate TO = LocalDate.of(2026, 6, 30);
    public static final Instant GENERATED = Instant.parse("2026-07-01T07:30:00Z");

    static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static SignalReport.Line line(String reference, SignalStatus status, String submitted, String acknowledged,
            String answered, Decision decision, List<String> themes, boolean overdue) {
        return new SignalReport.Line(reference, "Titel van " + reference, status, Urgency.HOOG, Proposal.AANPASSING_UITVOERING,
                day(submitted), day(acknowledged), day(answered), decision, decision == Decision.DOORVERWEZEN ? "BO" : null,
                themes.size(), themes, overdue);
    }

    /**
     * Four submitted signals in the second quarter of 2026 and a concept. Working days to acknowledgement: 1 (Friday 24
     * April to Tuesday 28 April, over Koningsdag), 2 and 9; to answer: 8 (over Koningsdag and Bevrijdingsdag) and 12 (over
     * Hemelvaartsdag and Tweede Pinksterdag).
     */
    public static List<SignalReport.Line> sampleLines() {
        return List.of(
                line("SIG-2026-001", SignalStatus.GESLOTEN, "2026-04-24", "2026-04-28", "2026-05-08", Decision.OVERGENOMEN,
                        List.of("Taal", "Werk"), false),
                line("SIG-2026-002", SignalStatus.BEANTWOORD, "2026-05-11", "2026-05-13", "2026-05-29",
                        Decision.NIET_OVERGENOMEN, List.of("Taal", "Onderwijs"), false),
                line("SIG-2026-003", SignalStatus.IN_BEHANDELING, "2026-06-03", "2026-06-16", null, null,
                        List.of("Taal", "Financiën", "Taal"), true),
                line("SIG-2026-004", SignalStatus.INGEDIEND, "2026-06-29", null, null, null, List.of("Zorg", "Werk"), false),
                line("SIG-2026-099", SignalStatus.CONCEPT, null, null, null, null, List.of("Taal"), false));
    }

    public static List<SignalReport.KnelpuntLine> sampleKnelpunten() {
        return List.of(
                new SignalReport.KnelpuntLine("SIG-2026-001", "KP-2026-0012", "Coördinatie taalcursus mist één loket", "Taal",
                        "Súdwest-Fryslân", "schakelniveau", "gesignaleerd", day("2026-03-02")),
                new SignalReport.KnelpuntLine("SIG-2026-001", "KP-2026-0013", "Werkstage botst met lesrooster", "Werk",
                        null, "schakelniveau", "gesignaleerd", day("2026-03-09")),
                new SignalReport.KnelpuntLine("SIG-2026-003", "KP-2026-0020", "Eigen bijdrage te hoog", "Financiën",
                        "Den Haag", "schakelniveau", "in behandeling", day("2026-05-20")),
                new SignalReport.KnelpuntLine("SIG-2026-099", "KP-2026-0099", "Hoort bij een concept", "Taal",
                        "Utrecht", "schakelniveau", "nieuw", day("2026-06-01")));
    }

    /** The report over {@link #sampleLines()} and {@link #sampleKnelpunten()}. */
    public static SignalReport sample() {
        return SignalReport.of(FROM, TO, GENERATED, sampleLines(), sampleKnelpunten(), WorkingDayCalendar.statutory());
    }

    /** A report without signals. */
    public static SignalReport empty() {
        return SignalReport.of(FROM, TO, GENERATED, List.of(), List.of(), WorkingDayCalendar.statutory());
    }

    @Test
    void countsEveryStatusButConceptInEnumOrderWithZeros() {
        Map<SignalStatus, Long> expected = new LinkedHashMap<>();
        expected.put(SignalStatus.INGEDIEND, 1L);
        expected.put(SignalStatus.ONTVANGEN, 0L);
        expected.put(SignalStatus.IN_BEHANDELING, 1L);
        expected.put(SignalStatus.VRAGEN, 0L);
        expected.put(SignalStatus.BEANTWOORD, 1L);
        expected.put(SignalStatus.GESLOTEN, 1L);
        expected.put(SignalStatus.INGETROKKEN, 0L);
        SignalReport report = sample();
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(report.byStatus().entrySet()));
    }

    @Test
    void countsThemesOncePerSignalByCountThenName() {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("Taal", 3L);
        expected.put("Werk", 2L);
        expected.put("Financiën", 1L);
        expected.put("Onderwijs", 1L);
        expected.put("Zorg", 1L);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(sample().byTheme().entrySet()));
    }

    @Test
    void countsEveryDecisionInEnumOrderWithZeros() {
        Map<Decision, Long> expected = new LinkedHashMap<>();
        expected.put(Decision.OVERGENOMEN, 1L);
        expected.put(Decision.DEELS_OVERGENOMEN, 0L);
        expected.put(Decision.NIET_OVERGENOMEN, 1L);
        expected.put(Decision.DOORVERWEZEN, 0L);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(sample().byDecision().entrySet()));
    }

    @Test
    void leavesConceptsAndTheirKnelpuntenOut() {
        SignalReport report = sample();
        assertEquals(List.of("SIG-2026-001", "SIG-2026-002", "SIG-2026-003", "SIG-2026-004"),
                report.lines().stream().map(SignalReport.Line::reference).toList());
        assertEquals(List.of("KP-2026-0012", "KP-2026-0013", "KP-2026-0020"),
                report.knelpunten().stream().map(SignalReport.KnelpuntLine::reference).toList());
    }

    @Test
    void throughputInWorkingDaysOverKoningsdagAndOtherHolidays() {
        SignalReport report = sample();
        assertEquals(new SignalReport.Throughput(3, 2.0, 4.0, 9), report.acknowledge());
        assertEquals(new SignalReport.Throughput(2, 10.0, 10.0, 12), report.answer());
    }

    @Test
    void throughputOverChristmasAndNewYearWithAnEvenCount() {
        List<SignalReport.Line> lines = List.of(
                line("SIG-1", SignalStatus.BEANTWOORD, "2025-12-24", null, "2025-12-29", Decision.OVERGENOMEN, List.of(), false),
                line("SIG-2", SignalStatus.BEANTWOORD, "2025-12-22", null, "2026-01-05", Decision.OVERGENOMEN, List.of(), false),
                line("SIG-3", SignalStatus.BEANTWOORD, "2025-12-19", null, "2025-12-23", Decision.OVERGENOMEN, List.of(), false),
                line("SIG-4", SignalStatus.BEANTWOORD, "2025-12-31", null, "2026-01-02", Decision.OVERGENOMEN, List.of(), false));
        SignalReport report = SignalReport.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), GENERATED, lines, List.of(),
                WorkingDayCalendar.statutory());
        // 1 (Kerstdagen), 7 (Kerstdagen and Nieuwjaarsdag), 2, 1 (Nieuwjaarsdag): sorted 1, 1, 2, 7
        assertEquals(new SignalReport.Throughput(4, 1.5, 2.75, 7), report.answer());
        assertEquals(new SignalReport.Throughput(0, null, null, null), report.acknowledge());
    }

    @Test
    void emptyReportHasZerosAndNoFigures() {
        SignalReport report = empty();
        assertEquals(7, report.byStatus().size());
        assertFalse(report.byStatus().containsKey(SignalStatus.CONCEPT));
        assertEquals(0L, report.byStatus().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(4, report.byDecision().size());
        assertEquals(Map.of(), report.byTheme());
        assertEquals(0, report.acknowledge().count());
        assertNull(report.acknowledge().median());
        assertNull(report.answer().average());
        assertNull(report.answer().max());
    }

    @Test
    void copiesDefensively() {
        List<SignalReport.Line> lines = new ArrayList<>(sampleLines());
        List<String> themes = new ArrayList<>(List.of("Taal"));
        lines.add(new SignalReport.Line("SIG-2026-005", "Nog een", SignalStatus.ONTVANGEN, Urgency.LAAG, Proposal.FINANCIERING,
                FROM, FROM, null, null, null, 1, themes, false));
        SignalReport report = SignalReport.of(FROM, TO, GENERATED, lines, sampleKnelpunten(), WorkingDayCalendar.statutory());
        lines.clear();
        themes.add("Werk");
        assertEquals(5, report.lines().size());
        assertEquals(List.of("Taal"), report.lines().get(4).themes());
        assertThrows(UnsupportedOperationException.class, () -> report.lines().clear());
        assertThrows(UnsupportedOperationException.class, () -> report.knelpunten().clear());
        assertThrows(UnsupportedOperationException.class, () -> report.byStatus().put(SignalStatus.VRAGEN, 9L));
        assertThrows(UnsupportedOperationException.class, () -> report.byTheme().clear());
        assertThrows(UnsupportedOperationException.class, () -> report.byDecision().clear());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-01, 2025-10-01, 2025-12-31",
            "2026-01-15, 2025-10-01, 2025-12-31",
            "2026-03-31, 2025-10-01, 2025-12-31",
            "2026-04-01, 2026-01-01, 2026-03-31",
            "2026-05-20, 2026-01-01, 2026-03-31",
            "2026-08-31, 2026-04-01, 2026-06-30",
            "2026-10-01, 2026-07-01, 2026-09-30",
            "2026-12-31, 2026-07-01, 2026-09-30",
            "2024-05-15, 2024-01-01, 2024-03-31"})
    void lastQuarterIsTheFullQuarterBeforeTodaysQuarter(LocalDate today, LocalDate from, LocalDate to) {
        assertEquals(new SignalReport.Period(from, to), SignalReport.Period.lastQuarter(today));
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new SignalReport.Period(TO, FROM));
        assertThrows(IllegalArgumentException.class,
                () -> SignalReport.of(TO, FROM, GENERATED, List.of(), List.of(), WorkingDayCalendar.statutory()));
        assertEquals(FROM, new SignalReport.Period(FROM, FROM).to());
    }

    @Test
    void throughputFiguresAreNullExactlyWithoutData() {
        assertThrows(IllegalArgumentException.class, () -> new SignalReport.Throughput(0, 1.0, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SignalReport.Throughput(2, null, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SignalReport.Throughput(-1, null, null, null));
    }

    @Test
    void signalsWithOnlyAnInterimAnswerCountApartFromTheDecisions() {
        SignalReport.Line interimOnly = new SignalReport.Line("SIG-2026-010", "Verder overleg volgt", SignalStatus.IN_BEHANDELING,
                Urgency.HOOG, Proposal.FINANCIERING, day("2026-04-02"), day("2026-04-03"), null, null, null, 1, List.of("Taal"), false,
                1, day("2026-07-01"));
        SignalReport.Line answeredLater = new SignalReport.Line("SIG-2026-011", "Eerst tussenbericht, toen antwoord",
                SignalStatus.BEANTWOORD, Urgency.HOOG, Proposal.FINANCIERING, day("2026-04-02"), day("2026-04-03"), day("2026-06-01"),
                Decision.NIET_OVERGENOMEN, null, 1, List.of("Taal"), false, 2, day("2026-06-15"));
        SignalReport report = SignalReport.of(FROM, TO, GENERATED, List.of(interimOnly, answeredLater), List.of(),
                WorkingDayCalendar.statutory());
        assertTrue(interimOnly.interimOnly());
        assertFalse(answeredLater.interimOnly(), "a final answer counts by its decision");
        assertEquals(1, report.interimOnly());
        assertEquals(1L, report.byDecision().get(Decision.NIET_OVERGENOMEN));
        assertEquals(1L, report.byDecision().values().stream().mapToLong(Long::longValue).sum(), "not among the decisions");
        assertEquals(0, sample().interimOnly());
        assertThrows(IllegalArgumentException.class, () -> new SignalReport.Line("SIG-2026-012", "t", SignalStatus.INGEDIEND, null,
                null, null, null, null, null, null, 0, List.of(), false, -1, null));
    }
}
