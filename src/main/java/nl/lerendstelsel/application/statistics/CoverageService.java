package nl.lerendstelsel.application.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.statistics.Coverage;
import nl.lerendstelsel.domain.model.statistics.Participation;
import nl.lerendstelsel.domain.model.statistics.ParticipationFigures;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * Coverage of the stelsel: how many of the (active) gemeenten take part — reported a knelpunt, supported one, are a
 * member of a CoP, asked a question, answered the monitor (see {@link Participation}) — in a period, overall, per labour-market region and per
 * province, and per calendar year over the last {@value #YEARS} years. For those who see the dashboard. The figures name
 * gemeenten by number only; they are kept for a minute per period, as the dashboard's.
 */
@ApplicationScoped
public class CoverageService {

    static final int YEARS = 5;

    @Inject
    ParticipationFigures participation;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    StatisticsService dashboard;

    @Inject
    Clock clock;

    /** Per period, as long as the dashboard's figures. */
    private final FiguresCache<String, Report> cache = new FiguresCache<>(StatisticsService.CACHE_TIME, 100, Report::generatedAt);

    /** One calendar year's row (the current year up to today). */
    public record Year(int year, Coverage.Row row) {
    }

    /** The coverage of a period, with the years up to its end. */
    public record Report(LocalDate from, LocalDate to, Instant generatedAt, Coverage.Row overall, List<Coverage.Row> perRegion,
                         List<Coverage.Row> perProvince, List<Year> perYear) {
    }

    /**
     * The coverage in the period ({@code null}s: the twelve months up to today) and in each of the last {@value #YEARS}
     * calendar years up to its end.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report coverage(LocalDate from, LocalDate to, Caller caller) {
        if (!StatisticsService.mayRead(caller)) {
            throw new AccessDeniedException(Message.of("access.statistics.dashboard"));
        }
        StatisticsService.Period period = dashboard.period(from, to);
        LocalDate start = period.from();
        LocalDate end = period.to();
        Instant now = clock.instant();
        return cache.get(start + "/" + end, now, () -> compute(start, end, now));
    }

    private Report compute(LocalDate from, LocalDate to, Instant now) {
        List<Coverage.Gemeente> gemeenten = gemeenten();
        Map<Participation, Set<String>> inPeriod = participants(from, to);
        List<Year> years = new ArrayList<>();
        for (int year = to.getYear() - YEARS + 1; year <= to.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
            years.add(new Year(year, Coverage.overall(gemeenten, participants(first, last), String.valueOf(year))));
        }
        return new Report(from, to, now, Coverage.overall(gemeenten, inPeriod, "Nederland"), Coverage.perRegion(gemeenten, inPeriod),
                Coverage.perProvince(gemeenten, inPeriod), List.copyOf(years));
    }

    private Map<Participation, Set<String>> participants(LocalDate from, LocalDate to) {
        Map<Participation, Set<String>> participants = new EnumMap<>(Participation.class);
        for (Participation kind : Participation.values()) {
            participants.put(kind, participation.participants(kind, from, to));
        }
        return participants;
    }

    private List<Coverage.Gemeente> gemeenten() {
        return referenceData.gemeenten(null).stream().map(CoverageService::gemeente).toList();
    }

    static Coverage.Gemeente gemeente(Organisation g) {
        return new Coverage.Gemeente(g.getCode(), g.getRegion() == null ? null : g.getRegion().getCode(),
                g.getRegion() == null ? null : g.getRegion().getName(), g.getProvince());
    }
}
