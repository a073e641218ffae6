package nl.lerendstelsel.application.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.statistics.AnnualFigures;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * The annual report (jaarrapportage, issue 29): the figures of one calendar year of the lerend stelsel, gathered from
 * the services that compute them — the dashboard ({@link StatisticsService}: knelpunten by theme, level, outcome and
 * region, time per level, signals and the ministry's answers, follow-up), the coverage ({@link CoverageService}), the
 * monitor rounds that opened in the year ({@link MonitorResults}) — and the CoP and Q&amp;A activity
 * ({@link AnnualFigures}). For coordinators, the ministry and admins. The renderings (PDF, CSV) are made elsewhere.
 */
@ApplicationScoped
public class AnnualReportService {

    /** The parts gathered, in order, for progress: each is reported before it starts. */
    public enum Part { KNELPUNTEN, DEKKING, COPS, VRAAG_EN_ANTWOORD, MONITOR }

    /** The report of {@code year} from {@code from} to {@code to} ({@code complete}: the whole year has passed). */
    public record AnnualReport(int year, LocalDate from, LocalDate to, boolean complete, Instant generatedAt,
                               StatisticsService.Dashboard dashboard, CoverageService.Report coverage,
                               List<AnnualFigures.CopActivity> cops, List<Count> sharedOutcomes, AnnualFigures.QaFigures qa,
                               List<MonitorResults.Results> monitor) {

        public AnnualReport {
            cops = List.copyOf(cops);
            sharedOutcomes = List.copyOf(sharedOutcomes);
            monitor = List.copyOf(monitor);
        }
    }

    @Inject
    StatisticsService statistics;

    @Inject
    CoverageService coverage;

    @Inject
    AnnualFigures figures;

    @Inject
    MonitorService monitorRounds;

    @Inject
    MonitorResults monitorResults;

    @Inject
    Clock clock;

    /** Whether the caller may generate the annual report. */
    public static boolean mayGenerate(Caller caller) {
        return caller != null && (caller.has(Role.COORDINATOR) || caller.has(Role.MINISTRY) || caller.has(Role.ADMIN));
    }

    /** The years one can choose, newest first: the current one (up to today) and the {@value StatisticsService#PERIOD_YEARS_MAX} before it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> years() {
        int current = statistics.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int year = current; year >= current - StatisticsService.PERIOD_YEARS_MAX; year--) {
            years.add(year);
        }
        return List.copyOf(years);
    }

    /** The year chosen when none is: the last complete one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int defaultYear() {
        return statistics.today().getYear() - 1;
    }

    /** Refuses a caller who may not generate the report, and a year that is not in {@link #years()}. */
    public void check(int year, Caller caller) {
        if (!mayGenerate(caller)) {
            throw new AccessDeniedException(Message.of("access.annualReport"));
        }
        if (!years().contains(year)) {
            throw InvalidInputException.of("jaar", Message.of("input.annualReport.year", String.valueOf(years().get(years().size() - 1)),
                    String.valueOf(years().get(0))));
        }
    }

    /**
     * The report of {@code year} (the current year: up to today); {@code progress} hears of each part as it starts. In
     * one (reading) transaction: the figures are read together, and a background thread gets a persistence context of
     * its own (outside a transaction the container's EntityManager belongs to the request that started the job and is
     * closed with it).
     */
    @Transactional
    public AnnualReport report(int year, Caller caller, Consumer<Part> progress) {
        check(year, caller);
        LocalDate today = statistics.today();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate to = last.isAfter(today) ? today : last;
        progress.accept(Part.KNELPUNTEN);
        StatisticsService.Dashboard dashboard = statistics.dashboard(from, to, null, null, caller);
        progress.accept(Part.DEKKING);
        CoverageService.Report covered = coverage.coverage(from, to, caller);
        progress.accept(Part.COPS);
        List<AnnualFigures.CopActivity> cops = figures.copActivity(from, to);
        List<Count> outcomes = figures.sharedOutcomes(from, to);
        progress.accept(Part.VRAAG_EN_ANTWOORD);
        AnnualFigures.QaFigures qa = figures.qa(from, to);
        progress.accept(Part.MONITOR);
        List<MonitorResults.Results> monitor = monitorRounds.rounds(caller).stream()
                .filter(r -> !r.isDraft() && r.getOpensOn() != null && r.getOpensOn().getYear() == year)
                .sorted(java.util.Comparator.comparing(MonitorRound::getOpensOn).thenComparing(MonitorRound::getId))
                .map(r -> monitorResults.results(r.getId(), null, null, caller)).toList();
        return new AnnualReport(year, from, to, !last.isAfter(today), clock.instant(), dashboard, covered, cops, outcomes, qa, monitor);
    }
}
