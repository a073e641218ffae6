package nl.lerendstelsel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.MonthCount;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.statistics.StatisticsRepository;
import nl.lerendstelsel.domain.model.statistics.StatisticsRepository.Grouping;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.config.ClockProducer;

/**
 * The monitoring dashboard: how the lerend stelsel is doing. Coordinators, the ministry and admins see everything (the
 * ministry without restricted knelpunten below system level, as everywhere); a facilitator sees the knelpunten and
 * signals of the CoPs they facilitate; nobody else sees the dashboard.
 */
@ApplicationScoped
public class StatisticsService {

    static final int GEMEENTEN_MAX = 400;
    static final int LIST_MAX = 10;
    static final int PERIOD_YEARS_MAX = 10;

    @Inject
    StatisticsRepository statistics;

    @Inject
    BottleneckService bottlenecks;

    @Inject
    CommunityService communities;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** Finished knelpunten: resolved with feedback, or closed without. */
    public record Outcomes(long resolved, long closed) {
        /** The share resolved with feedback, 0–100, or {@code null} when none finished. */
        public Integer resolvedPercentage() {
            long total = resolved + closed;
            return total == 0 ? null : (int) Math.round(100.0 * resolved / total);
        }
    }

    /** Everything the dashboard shows for one filter. */
    public record Dashboard(StatisticsFilter filter, boolean scopedToCops, Instant generatedAt, long reported,
                            List<Count> byStatus, List<Count> byLevel, List<Count> byTheme, List<Count> byRegion,
                            List<Count> byGemeente, List<MonthCount> trend, Map<Level, LeadTimes> leadTimes, Outcomes outcomes,
                            List<Bottleneck> overdue, long overdueTotal, List<Map.Entry<Bottleneck, Long>> mostSupported,
                            List<Count> signalsByStatus, List<Count> signalsByDecision, List<Signal> overdueSignals) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE);
    }

    /** Whether the caller sees the dashboard at all. */
    public static boolean mayRead(Caller caller) {
        return caller.has(Role.COORDINATOR) || caller.has(Role.MINISTRY) || caller.has(Role.ADMIN) || caller.has(Role.FACILITATOR);
    }

    /**
     * The figures for a period ({@code null}s: the twelve months up to today), a theme and a region ({@code null}: all),
     * in the caller's scope.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dashboard dashboard(LocalDate from, LocalDate to, String themeCode, String regionCode, Caller caller) {
        StatisticsFilter filter = filter(from, to, themeCode, regionCode, caller);
        Viewer viewer = bottlenecks.viewer(caller);
        LocalDate today = today();
        List<Count> byStatus = statistics.knelpunten(filter, viewer, Grouping.STATUS, Status.values().length);
        Map<Level, Map<Integer, Long>> histograms = new EnumMap<>(Level.class);
        for (StatisticsRepository.Finished row : statistics.finished(filter, viewer)) {
            int days = calendar.workingDaysBetween(row.reported(), row.finished());
            histograms.computeIfAbsent(row.level(), l -> new HashMap<>()).merge(Math.max(0, days), row.count(), Long::sum);
        }
        Map<Level, LeadTimes> leadTimes = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            leadTimes.put(level, LeadTimes.of(histograms.getOrDefault(level, Map.of())));
        }
        Map<String, Long> finishedByStatus = new HashMap<>();
        statistics.finishedPerStatus(filter, viewer).forEach(c -> finishedByStatus.put(c.code(), c.count()));
        return new Dashboard(filter, filter.cops() != null, clock.instant(), byStatus.stream().mapToLong(Count::count).sum(),
                byStatus,
                statistics.knelpunten(filter, viewer, Grouping.LEVEL, Level.values().length),
                statistics.knelpunten(filter, viewer, Grouping.THEME, GEMEENTEN_MAX),
                statistics.knelpunten(filter, viewer, Grouping.REGION, GEMEENTEN_MAX),
                statistics.knelpunten(filter, viewer, Grouping.GEMEENTE, GEMEENTEN_MAX),
                MonthCount.months(filter.from(), filter.to(), statistics.reportedPerDay(filter, viewer),
                        statistics.finishedPerDay(filter, viewer)),
                leadTimes,
                new Outcomes(finishedByStatus.getOrDefault(Status.OPGELOST.name(), 0L), finishedByStatus.getOrDefault(Status.GESLOTEN.name(), 0L)),
                statistics.overdue(filter, viewer, today, LIST_MAX), statistics.overdueCount(filter, viewer, today),
                statistics.mostSupported(filter, viewer, LIST_MAX),
                statistics.signals(filter, false), statistics.signals(filter, true), statistics.overdueSignals(filter, today, LIST_MAX));
    }

    private StatisticsFilter filter(LocalDate from, LocalDate to, String themeCode, String regionCode, Caller caller) {
        if (!mayRead(caller)) {
            throw new AccessDeniedException("Het dashboard is voor coördinatoren, facilitatoren, het ministerie en beheerders"
                    + " / the dashboard is for coordinators, facilitators, the ministry and administrators");
        }
        LocalDate today = today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException(Map.of("van", "De begindatum ligt na de einddatum."));
        }
        if (start.plusYears(PERIOD_YEARS_MAX).isBefore(end)) {
            throw new InvalidInputException(Map.of("tot", "Kies een periode van hoogstens " + PERIOD_YEARS_MAX + " jaar."));
        }
        Set<Long> cops = caller.has(Role.COORDINATOR) || caller.has(Role.MINISTRY) || caller.has(Role.ADMIN)
                ? null : communities.communitiesOf(caller, true);
        return new StatisticsFilter(start, end, blankToNull(themeCode), blankToNull(regionCode), cops);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
