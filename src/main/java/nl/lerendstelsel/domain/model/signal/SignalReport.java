package nl.lerendstelsel.domain.model.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;

/**
 * The signalling report for the ministry of SZW over the signals submitted in a period: how many stand in each status,
 * touch each theme and received each decision, how many working days acknowledgement and answer took, and the signals
 * with the knelpunten behind them. Build one with {@link #of}; renderings live in the infrastructure layer.
 *
 * @param from         first day of the period, inclusive
 * @param to           last day of the period, inclusive
 * @param generatedAt  when the report was made
 * @param byStatus     signals per status, every status except {@link SignalStatus#CONCEPT} in enum order, zeros included
 * @param byTheme      signals per theme name (a signal counts once per theme), by count descending, then by name
 * @param byDecision   signals per decision, every decision in enum order, zeros included; the signals answered for now
 *                     with an interim answer only count apart ({@link #interimOnly()})
 * @param acknowledge  working days from submission to acknowledgement, over the signals with both dates
 * @param answer       working days from submission to answer, over the signals with both dates
 * @param lines        the signals, one line each
 * @param knelpunten   the knelpunten behind the signals, one line per signal and knelpunt
 */
public record SignalReport(LocalDate from, LocalDate to, Instant generatedAt,
        Map<SignalStatus, Long> byStatus,
        Map<String, Long> byTheme,
        Map<Decision, Long> byDecision,
        Throughput acknowledge,
        Throughput answer,
        List<Line> lines, List<KnelpuntLine> knelpunten) {

    public SignalReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Period starts after it ends: " + from + " > " + to);
        }
        byStatus = copy(byStatus, "byStatus");
        byTheme = copy(byTheme, "byTheme");
        byDecision = copy(byDecision, "byDecision");
        Objects.requireNonNull(acknowledge, "acknowledge");
        Objects.requireNonNull(answer, "answer");
        lines = List.copyOf(lines);
        knelpunten = List.copyOf(knelpunten);
    }

    /**
     * One signal in the report. Dates other than {@code submitted} are {@code null} until they happen; {@code decision}
     * and {@code forum} are {@code null} until the ministry answers.
     *
     * @param knelpunten the number of knelpunten behind the signal
     * @param themes     the distinct themes of those knelpunten
     * @param overdue    whether the ministry let a deadline pass
     * @param interimAnswers the number of interim answers of the ministry (each moved the answer deadline)
     * @param answerDue  the answer deadline as it stands (after any interim answer)
     * @param proposals  every kind of proposal: the main one ({@code proposal}) first, then the further ones; empty or
     *                   {@code null} gives the main one alone
     */
    public record Line(String reference, String title, SignalStatus status, Urgency urgency, Proposal proposal,
            LocalDate submitted, LocalDate acknowledged, LocalDate answered, Decision decision, String forum,
            int knelpunten, List<String> themes, boolean overdue, int interimAnswers, LocalDate answerDue,
            List<Proposal> proposals) {

        public Line {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(status, "status");
            themes = List.copyOf(themes);
            if (interimAnswers < 0) {
                throw new IllegalArgumentException("interimAnswers < 0: " + interimAnswers);
            }
            Set<Proposal> all = new LinkedHashSet<>();
            if (proposal != null) {
                all.add(proposal);
            }
            if (proposals != null) {
                proposals.stream().filter(Objects::nonNull).forEach(all::add);
            }
            proposals = List.copyOf(all);
        }

        /** A line with its main proposal only. */
        public Line(String reference, String title, SignalStatus status, Urgency urgency, Proposal proposal,
                LocalDate submitted, LocalDate acknowledged, LocalDate answered, Decision decision, String forum,
                int knelpunten, List<String> themes, boolean overdue, int interimAnswers, LocalDate answerDue) {
            this(reference, title, status, urgency, proposal, submitted, acknowledged, answered, decision, forum, knelpunten,
                    themes, overdue, interimAnswers, answerDue, null);
        }

        /** A line without interim answers and without its answer deadline. */
        public Line(String reference, String title, SignalStatus status, Urgency urgency, Proposal proposal,
                LocalDate submitted, LocalDate acknowledged, LocalDate answered, Decision decision, String forum,
                int knelpunten, List<String> themes, boolean overdue) {
            this(reference, title, status, urgency, proposal, submitted, acknowledged, answered, decision, forum, knelpunten,
                    themes, overdue, 0, null);
        }

        /** Answered for now with an interim answer only: no decision yet. */
        public boolean interimOnly() {
            return decision == null && interimAnswers > 0;
        }
    }

    /**
     * The signals that received an interim answer and no decision yet: they count apart from the final answers
     * ({@link #byDecision}).
     */
    public long interimOnly() {
        return lines.stream().filter(Line::interimOnly).count();
    }

    /**
     * One knelpunt behind a signal, in display form.
     *
     * @param signal    the reference of the signal
     * @param reference the reference of the knelpunt
     * @param gemeente  the municipality, {@code null} when none
     * @param level     the level (in text) at which the knelpunt is handled
     * @param status    the status (in text) of the knelpunt
     */
    public record KnelpuntLine(String signal, String reference, String title, String theme, String gemeente,
            String level, String status, LocalDate reported) {

        public KnelpuntLine {
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /**
     * How many working days a step took: over {@code count} signals, the median, the average and the maximum. The
     * figures are {@code null} when {@code count} is zero.
     */
    public record Throughput(int count, Double median, Double average, Integer max) {

        public Throughput {
            if (count < 0) {
                throw new IllegalArgumentException("count < 0: " + count);
            }
            if ((count == 0) != (median == null) || (count == 0) != (average == null) || (count == 0) != (max == null)) {
                throw new IllegalArgumentException("The figures are null exactly when the count is zero");
            }
        }
    }

    /** A reporting period, both days inclusive. */
    public record Period(LocalDate from, LocalDate to) {

        /** Validates: both days present and {@code from <= to}, else {@link IllegalArgumentException}. */
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("Period starts after it ends: " + from + " > " + to);
            }
        }

        /** The last full calendar quarter before the quarter containing today. */
        public static Period lastQuarter(LocalDate today) {
            int firstMonthOfQuarter = (today.getMonthValue() - 1) / 3 * 3 + 1;
            LocalDate quarterStart = LocalDate.of(today.getYear(), firstMonthOfQuarter, 1);
            return new Period(quarterStart.minusMonths(3), quarterStart.minusDays(1));
        }
    }

    /**
     * Computes the report's figures from its lines. Lines of concepts are left out, with their knelpunten: a concept
     * was never submitted. Working days are counted by {@link WorkingDayCalendar#workingDaysBetween}: the days after
     * submission up to and including the acknowledgement or answer.
     */
    public static SignalReport of(LocalDate from, LocalDate to, Instant generatedAt, List<Line> lines,
            List<KnelpuntLine> knelpunten, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        Set<String> concepts = lines.stream().filter(line -> line.status() == SignalStatus.CONCEPT)
                .map(Line::reference).collect(Collectors.toSet());
        List<Line> submitted = lines.stream().filter(line -> line.status() != SignalStatus.CONCEPT).toList();
        List<KnelpuntLine> behind = knelpunten.stream().filter(k -> !concepts.contains(k.signal())).toList();

        Map<SignalStatus, Long> byStatus = new EnumMap<>(SignalStatus.class);
        for (SignalStatus status : SignalStatus.values()) {
            if (status != SignalStatus.CONCEPT) {
                byStatus.put(status, 0L);
            }
        }
        submitted.forEach(line -> byStatus.merge(line.status(), 1L, Long::sum));

        Map<Decision, Long> byDecision = new EnumMap<>(Decision.class);
        for (Decision decision : Decision.values()) {
            byDecision.put(decision, 0L);
        }
        submitted.stream().map(Line::decision).filter(Objects::nonNull)
                .forEach(decision -> byDecision.merge(decision, 1L, Long::sum));

        Map<String, Long> themeCounts = submitted.stream().flatMap(line -> new LinkedHashSet<>(line.themes()).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> byTheme = new LinkedHashMap<>();
        themeCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> byTheme.put(entry.getKey(), entry.getValue()));

        return new SignalReport(from, to, generatedAt, byStatus, byTheme, byDecision,
                throughput(submitted, Line::acknowledged, calendar), throughput(submitted, Line::answered, calendar),
                submitted, behind);
    }

    private static Throughput throughput(List<Line> lines, Function<Line, LocalDate> until, WorkingDayCalendar calendar) {
        List<Integer> days = new ArrayList<>();
        for (Line line : lines) {
            LocalDate end = until.apply(line);
            if (line.submitted() != null && end != null) {
                days.add(calendar.workingDaysBetween(line.submitted(), end));
            }
        }
        if (days.isEmpty()) {
            return new Throughput(0, null, null, null);
        }
        Collections.sort(days);
        int n = days.size();
        double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
        double average = days.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return new Throughput(n, median, average, days.get(n - 1));
    }

    /** An unmodifiable copy that keeps the iteration order. */
    private static <K, V> Map<K, V> copy(Map<K, V> map, String name) {
        Objects.requireNonNull(map, name);
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
