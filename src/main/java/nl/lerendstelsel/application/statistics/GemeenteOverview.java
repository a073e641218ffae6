package nl.lerendstelsel.application.statistics;

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
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.statistics.Benchmark;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.ParticipationFigures;
import nl.lerendstelsel.domain.model.statistics.StatisticsRepository;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * "Mijn gemeente": how the caller's own gemeente is doing, each figure beside what a gemeente in its labour-market region
 * and in the country has on average (see {@link Benchmark}). Its open knelpunten (per level, overdue), what it
 * supported, the answers that came back (its knelpunten resolved with feedback, signals with a decision of the ministry
 * that hold one of them), its CoP memberships, and the median lead time. Counts follow the caller's visibility of
 * restricted knelpunten, as the lists they link to. For anyone with an organisation; a partner organisation sees its
 * CoP memberships only (it is no gemeente, so there is nothing to set beside the region and the country).
 */
@ApplicationScoped
public class GemeenteOverview {

    /** The period of the lead times and the answers that came back: the twelve months up to today. */
    static final int MONTHS = 12;

    @Inject
    StatisticsRepository statistics;

    @Inject
    ParticipationFigures participation;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    BottleneckQueries queries;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** Per viewer (what they may see), as long as the dashboard's figures. */
    private final FiguresCache<Viewer, Country> cache = new FiguresCache<>(StatisticsService.CACHE_TIME, 500, Country::generatedAt);

    /** A median lead time in working days for the gemeente, its region and the country ({@code null}: none finished). */
    public record MedianLeadTime(Integer own, Integer region, Integer country) {
    }

    /**
     * The overview. {@code gemeente} {@code null} for a partner organisation (then only {@code cops} is filled in);
     * {@code regionGemeenten} and {@code countryGemeenten} the numbers the averages divide by.
     */
    public record Overview(Organisation organisation, Organisation gemeente, LabourMarketRegion region, Instant generatedAt,
                           LocalDate since, Benchmark open, Map<Level, Benchmark> openByLevel, Benchmark overdue,
                           Benchmark supported, Benchmark solved, Benchmark answeredSignals, Benchmark copMemberships,
                           MedianLeadTime leadTime, List<Count> cops, int regionGemeenten, int countryGemeenten) {
    }

    /** Every gemeente's figures in the caller's visibility, computed at most once a minute. */
    private record Country(Instant generatedAt, LocalDate since, Map<String, Long> open, Map<Level, Map<String, Long>> openByLevel,
                           Map<String, Long> overdue, Map<String, Long> supported, Map<String, Long> solved,
                           Map<String, Long> answeredSignals, Map<String, Long> cops, Map<String, Map<Integer, Long>> leadTimes) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(Caller caller) {
        Viewer viewer = queries.viewer(caller);
        Organisation organisation = viewer.organisationCode() == null ? null : organisations.find(viewer.organisationCode()).orElse(null);
        if (organisation == null) {
            throw new NotPossibleException(Message.of("refusal.gemeente.noOrganisation"));
        }
        List<Count> cops = participation.copsOf(organisation.getCode());
        if (!organisation.isGemeente()) {
            return new Overview(organisation, null, null, clock.instant(), null, null, Map.of(), null, null, null, null, null, null,
                    cops, 0, 0);
        }
        Country country = country(viewer);
        String code = organisation.getCode();
        LabourMarketRegion region = organisation.getRegion();
        List<String> all = referenceData.gemeenten(null).stream().map(Organisation::getCode).toList();
        List<String> inRegion = region == null ? List.of()
                : referenceData.gemeenten(region.getCode()).stream().map(Organisation::getCode).toList();
        Map<Level, Benchmark> byLevel = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            byLevel.put(level, Benchmark.of(code, country.openByLevel().getOrDefault(level, Map.of()), inRegion, all));
        }
        return new Overview(organisation, organisation, region, country.generatedAt(), country.since(),
                Benchmark.of(code, country.open(), inRegion, all), byLevel, Benchmark.of(code, country.overdue(), inRegion, all),
                Benchmark.of(code, country.supported(), inRegion, all), Benchmark.of(code, country.solved(), inRegion, all),
                Benchmark.of(code, country.answeredSignals(), inRegion, all), Benchmark.of(code, country.cops(), inRegion, all),
                new MedianLeadTime(median(country.leadTimes(), List.of(code)), median(country.leadTimes(), inRegion),
                        median(country.leadTimes(), all)),
                cops, inRegion.size(), all.size());
    }

    /** The median lead time of the knelpunten of these gemeenten together, from their histograms. */
    static Integer median(Map<String, Map<Integer, Long>> histograms, List<String> gemeenten) {
        Map<Integer, Long> together = new HashMap<>();
        for (String code : gemeenten) {
            histograms.getOrDefault(code, Map.of()).forEach((days, n) -> together.merge(days, n, Long::sum));
        }
        return LeadTimes.of(together).median();
    }

    private Country country(Viewer viewer) {
        Instant now = clock.instant();
        return cache.get(viewer, now, () -> countryNow(viewer, now));
    }

    private Country countryNow(Viewer viewer, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, DutchTime.ZONE);
        LocalDate since = today.minusMonths(MONTHS).plusDays(1);
        Map<String, Long> open = new HashMap<>();
        Map<Level, Map<String, Long>> openByLevel = new EnumMap<>(Level.class);
        Map<String, Long> overdue = new HashMap<>();
        for (StatisticsRepository.Open row : statistics.openPerGemeente(viewer, today)) {
            open.merge(row.gemeenteCode(), row.count(), Long::sum);
            openByLevel.computeIfAbsent(row.level(), l -> new HashMap<>()).merge(row.gemeenteCode(), row.count(), Long::sum);
            overdue.merge(row.gemeenteCode(), row.overdue(), Long::sum);
        }
        Map<String, Long> solved = new HashMap<>();
        Map<String, Map<Integer, Long>> leadTimes = new HashMap<>();
        for (StatisticsRepository.FinishedIn row : statistics.finishedPerGemeente(viewer, since, today)) {
            if (StatisticsService.solved(row.status(), row.resolution())) {
                solved.merge(row.gemeenteCode(), row.count(), Long::sum);
            }
            int days = Math.max(0, calendar.workingDaysBetween(row.reported(), row.finished()));
            leadTimes.computeIfAbsent(row.gemeenteCode(), g -> new HashMap<>()).merge(days, row.count(), Long::sum);
        }
        return new Country(now, since, open, openByLevel, overdue, participation.supportedPerGemeente(), solved,
                participation.answeredSignalsPerGemeente(), participation.copsPerOrganisation(), leadTimes);
    }
}
