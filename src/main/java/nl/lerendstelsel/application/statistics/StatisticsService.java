package nl.lerendstelsel.application.statistics;

import static nl.lerendstelsel.domain.model.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.job.StatisticsRefreshJob;
import nl.lerendstelsel.application.port.WorkQueries;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.MonthCount;
import nl.lerendstelsel.domain.model.statistics.PhaseFigures;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.statistics.StatisticsRepository;
import nl.lerendstelsel.domain.model.statistics.Trends;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * The monitoring dashboard: how the lerend stelsel is doing. Coordinators, the ministry and admins see everything (the
 * ministry without restricted knelpunten below system level, as everywhere); a facilitator sees the scope of their
 * queue (the knelpunten outside any CoP, in the regions they look after when they have any, and those of the CoPs they
 * facilitate) and the signals that hold one of those; nobody else sees the dashboard.
 */
@ApplicationScoped
public class StatisticsService {

    static final int LIST_MAX = 10;
    static final int PERIOD_YEARS_MAX = 10;

    static final Duration CACHE_TIME = Duration.ofMinutes(1);
    static final int KEEP_FRESH_MINUTES = 10;
    static final Duration KEEP_FRESH = Duration.ofMinutes(KEEP_FRESH_MINUTES);
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(35);
    static final int CACHE_ENTRIES_MAX = 500;

    @Inject
    StatisticsRepository statistics;

    @Inject
    ReferenceDataService referenceData;

    private final Map<CacheKey, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    BottleneckQueries queries;

    @Inject
    CommunityService communities;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    LevelTimes levelTimes;

    @Inject
    TrendFigures trendFigures;

    @Inject
    Clock clock;

    @Inject
    WorkQueries work;

    @Inject
    UserProfileService userProfiles;

    /**
     * Finished knelpunten: {@code resolved} counts only what was solved ("opgelost met terugkoppeling": a solved
     * {@link Resolution}, or {@code opgelost} without a recorded category, from before categories existed);
     * {@code closed} every other ending (referred, not adopted, withdrawn, merged, closed without category);
     * {@code byResolution} the finished ones per category, code {@link #UNKNOWN} for those without one, largest first.
     */
    public record Outcomes(long resolved, long closed, List<Count> byResolution) {

        /** Without counts per category. */
        public Outcomes(long resolved, long closed) {
            this(resolved, closed, List.of());
        }

        public Outcomes {
            byResolution = List.copyOf(byResolution);
        }

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
                            List<Count> signalsByStatus, List<Count> signalsByDecision, List<Signal> overdueSignals,
                            List<Count> signalFollowUp, long expiredAnswers, List<Count> byTargetGroup, PhaseFigures phases,
                            Trends trends) {

        /** Without counts per target group, time per level and trends per theme, level and region. */
        public Dashboard(StatisticsFilter filter, boolean scopedToCops, Instant generatedAt, long reported,
                         List<Count> byStatus, List<Count> byLevel, List<Count> byTheme, List<Count> byRegion,
                         List<Count> byGemeente, List<MonthCount> trend, Map<Level, LeadTimes> leadTimes, Outcomes outcomes,
                         List<Bottleneck> overdue, long overdueTotal, List<Map.Entry<Bottleneck, Long>> mostSupported,
                         List<Count> signalsByStatus, List<Count> signalsByDecision, List<Signal> overdueSignals,
                         List<Count> signalFollowUp, long expiredAnswers) {
            this(filter, scopedToCops, generatedAt, reported, byStatus, byLevel, byTheme, byRegion, byGemeente, trend, leadTimes,
                    outcomes, overdue, overdueTotal, mostSupported, signalsByStatus, signalsByDecision, overdueSignals, signalFollowUp,
                    expiredAnswers, List.of(), PhaseFigures.NONE, Trends.NONE);
        }
    }

    /** The code of the count of knelpunten that name no target group. */
    public static final String NO_TARGET_GROUP = "GEEN";

    /**
     * The counts per target group as the dashboard shows them: every {@link TargetGroup} in its order, zeros included,
     * then those that name none ({@link #NO_TARGET_GROUP}). A knelpunt that names several counts under each, so the rows
     * may add up to more than the knelpunten reported.
     */
    public static List<Count> targetGroupCounts(List<Count> counted) {
        Map<String, Long> byCode = new HashMap<>();
        counted.forEach(c -> byCode.merge(c.code(), c.count(), Long::sum));
        List<Count> rows = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            rows.add(new Count(group.name(), group.dutch(), byCode.getOrDefault(group.name(), 0L)));
        }
        rows.add(new Count(NO_TARGET_GROUP, "geen doelgroep genoemd", byCode.getOrDefault(NO_TARGET_GROUP, 0L)));
        return List.copyOf(rows);
    }

    /** The code of the count of finished knelpunten without a resolution category ("onbekend"). */
    public static final String UNKNOWN = Resolution.UNKNOWN;

    /**
     * Whether a finished knelpunt counts as "opgelost met terugkoppeling": its category says something was solved or
     * explained; without a category (finished before categories existed) only when its status is {@code opgelost}.
     */
    public static boolean solved(Status status, Resolution resolution) {
        return resolution == null ? status == Status.OPGELOST : resolution.isSolved();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DutchTime.ZONE);
    }

    /** Whether the caller sees the dashboard at all. */
    public static boolean mayRead(Caller caller) {
        return caller.has(Role.COORDINATOR) || caller.has(Role.MINISTRY) || caller.has(Role.ADMIN) || caller.has(Role.FACILITATOR);
    }

    /**
     * The figures for a period ({@code null}s: the twelve months up to today), a theme and a region ({@code null}: all),
     * in the caller's scope. Figures are computed at most once a minute per filter and scope: monitoring does not need
     * them to the second, and at the reference volume a full computation takes the database a while. Figures someone
     * looked at recently are computed again ahead of time ({@link #refreshRecent}), so readers rarely wait.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dashboard dashboard(LocalDate from, LocalDate to, String themeCode, String regionCode, Caller caller) {
        StatisticsFilter filter = filter(from, to, themeCode, regionCode, caller);
        Viewer viewer = queries.viewer(caller);
        // handlers see every knelpunt, so their figures do not depend on who they are
        CacheKey key = new CacheKey(filter, viewer.handler() ? null : viewer);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && cached.dashboard().generatedAt().plus(CACHE_TIME).isAfter(now)) {
            cache.put(key, new Cached(cached.dashboard(), viewer, now));
            return cached.dashboard();
        }
        Dashboard dashboard = compute(filter, viewer);
        if (cache.size() >= CACHE_ENTRIES_MAX) {
            cache.entrySet().removeIf(e -> e.getValue().readAt().plus(KEEP_FRESH).isBefore(now));
            if (cache.size() >= CACHE_ENTRIES_MAX) {
                cache.clear();
            }
        }
        cache.put(key, new Cached(dashboard, viewer, now));
        return dashboard;
    }

    /**
     * Computes again, ahead of time, the figures someone read in the last {@value #KEEP_FRESH_MINUTES} minutes that are
     * about to expire, and forgets the others. Run every half minute by {@link StatisticsRefreshJob}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int refreshRecent() {
        Instant now = clock.instant();
        int refreshed = 0;
        for (Map.Entry<CacheKey, Cached> entry : List.copyOf(cache.entrySet())) {
            Cached cached = entry.getValue();
            if (cached.readAt().plus(KEEP_FRESH).isBefore(now)) {
                cache.remove(entry.getKey(), cached);
            } else if (!cached.dashboard().generatedAt().plus(CACHE_TIME).minus(REFRESH_MARGIN).isAfter(now)) {
                cache.put(entry.getKey(), new Cached(compute(entry.getKey().filter(), cached.viewer()), cached.viewer(), cached.readAt()));
                refreshed++;
            }
        }
        return refreshed;
    }

    /**
     * Published Q&amp;A answers whose validity has ended before today (shown as "mogelijk verouderd"): a figure of the whole
     * base, whatever the period, theme or region of the filter.
     */
    private long expiredAnswers(LocalDate today) {
        return work.validityEnding(LocalDate.of(1900, 1, 1), today.minusDays(1), 0).total();
    }

    private record CacheKey(StatisticsFilter filter, Viewer viewer) {
    }

    /** Figures with the viewer they were computed for and when someone last read them. */
    private record Cached(Dashboard dashboard, Viewer viewer, Instant readAt) {
    }

    private Dashboard compute(StatisticsFilter filter, Viewer viewer) {
        LocalDate today = today();
        List<StatisticsRepository.Cell> cells = statistics.reported(filter, viewer);
        Map<String, String> themeNames = new HashMap<>();
        referenceData.themes().forEach(t -> themeNames.put(t.getCode(), t.getNameNl()));
        Map<String, Organisation> gemeenten = new HashMap<>();
        referenceData.gemeenten(null).forEach(g -> gemeenten.put(g.getCode(), g));

        Map<Level, Map<Integer, Long>> histograms = new EnumMap<>(Level.class);
        long solved = 0;
        long notSolved = 0;
        Map<String, Long> byResolution = new LinkedHashMap<>();
        Map<LocalDate, Long> finishedPerDay = new TreeMap<>();
        for (StatisticsRepository.Finished row : statistics.finished(filter, viewer)) {
            int days = calendar.workingDaysBetween(row.reported(), row.finished());
            histograms.computeIfAbsent(row.level(), l -> new HashMap<>()).merge(Math.max(0, days), row.count(), Long::sum);
            if (solved(row.status(), row.resolution())) {
                solved += row.count();
            } else {
                notSolved += row.count();
            }
            byResolution.merge(row.resolution() == null ? UNKNOWN : row.resolution().name(), row.count(), Long::sum);
            finishedPerDay.merge(row.finished(), row.count(), Long::sum);
        }
        Map<Level, LeadTimes> leadTimes = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            leadTimes.put(level, LeadTimes.of(histograms.getOrDefault(level, Map.of())));
        }
        return new Dashboard(filter, filter.cops() != null, clock.instant(), cells.stream().mapToLong(StatisticsRepository.Cell::count).sum(),
                counts(cells, c -> c.status().name(), c -> c.status().dutch()),
                counts(cells, c -> c.level().name(), c -> c.level().dutch()),
                counts(cells, StatisticsRepository.Cell::themeCode, c -> themeNames.getOrDefault(c.themeCode(), c.themeCode())),
                counts(cells, c -> region(gemeenten, c).map(LabourMarketRegion::getCode).orElse("?"),
                        c -> region(gemeenten, c).map(LabourMarketRegion::getName).orElse("?")),
                counts(cells, StatisticsRepository.Cell::gemeenteCode,
                        c -> Optional.ofNullable(gemeenten.get(c.gemeenteCode())).map(Organisation::getName).orElse(c.gemeenteCode())),
                MonthCount.months(filter.from(), filter.to(), statistics.reportedPerDay(filter, viewer), finishedPerDay),
                leadTimes,
                new Outcomes(solved, notSolved, byResolution.entrySet().stream()
                        .map(e -> new Count(e.getKey(), Resolution.ofCode(e.getKey()).map(Resolution::dutch).orElse("onbekend"),
                                e.getValue()))
                        .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label)).toList()),
                statistics.overdue(filter, viewer, today, LIST_MAX), statistics.overdueCount(filter, viewer, today),
                statistics.mostSupported(filter, viewer, LIST_MAX),
                statistics.signals(filter, false), statistics.signals(filter, true), statistics.overdueSignals(filter, today, LIST_MAX),
                statistics.followUp(filter, today), expiredAnswers(today),
                targetGroupCounts(statistics.byTargetGroup(filter, viewer)),
                levelTimes.figures(filter, viewer, code -> themeNames.getOrDefault(code, code)),
                trendFigures.figures(filter, viewer, code -> themeNames.getOrDefault(code, code)));
    }

    private static Optional<LabourMarketRegion> region(Map<String, Organisation> gemeenten, StatisticsRepository.Cell cell) {
        return Optional.ofNullable(gemeenten.get(cell.gemeenteCode())).map(Organisation::getRegion);
    }

    /** One count table from the cells: summed per key, largest first, then by name. */
    private static List<Count> counts(List<StatisticsRepository.Cell> cells, Function<StatisticsRepository.Cell, String> code,
                                      Function<StatisticsRepository.Cell, String> label) {
        Map<String, Count> sums = new LinkedHashMap<>();
        for (StatisticsRepository.Cell cell : cells) {
            sums.merge(code.apply(cell), new Count(code.apply(cell), label.apply(cell), cell.count()),
                    (a, b) -> new Count(a.code(), a.label(), a.count() + b.count()));
        }
        return sums.values().stream().sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label)).toList();
    }

    /** A period of the monitoring figures: both days included. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /**
     * The period as the dashboard reads it ({@code null}s: the twelve months up to today; only {@code from}: up to today;
     * only {@code to}: the year before it); refused when it starts after it ends or spans more than
     * {@value #PERIOD_YEARS_MAX} years.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Period period(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw InvalidInputException.of("van", Message.of("input.period.startAfterEnd"));
        }
        if (start.plusYears(PERIOD_YEARS_MAX).isBefore(end)) {
            throw InvalidInputException.of("tot", Message.of("input.period.tooLong", String.valueOf(PERIOD_YEARS_MAX)));
        }
        return new Period(start, end);
    }

    private StatisticsFilter filter(LocalDate from, LocalDate to, String themeCode, String regionCode, Caller caller) {
        if (!mayRead(caller)) {
            throw new AccessDeniedException(Message.of("access.statistics.dashboard"));
        }
        Period period = period(from, to);
        LocalDate start = period.from();
        LocalDate end = period.to();
        boolean everything = caller.has(Role.COORDINATOR) || caller.has(Role.MINISTRY) || caller.has(Role.ADMIN);
        Set<Long> cops = everything ? null : communities.communitiesOf(caller, true);
        Set<String> regions = everything ? Set.of() : userProfiles.regionsOf(caller.subject());
        return new StatisticsFilter(start, end, blankToNull(themeCode), blankToNull(regionCode), cops, regions);
    }
}
