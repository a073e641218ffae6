package nl.lerendstelsel.application.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.infrastructure.persistence.JpaLevelHistory;
import nl.lerendstelsel.infrastructure.persistence.JpaMonitorRepository;
import nl.lerendstelsel.infrastructure.persistence.JpaOrganisationRepository;
import nl.lerendstelsel.infrastructure.persistence.JpaParticipationFigures;
import nl.lerendstelsel.infrastructure.persistence.JpaStatisticsRepository;
import nl.lerendstelsel.infrastructure.persistence.JpaUserProfileRepository;
import nl.lerendstelsel.infrastructure.persistence.JpaWorkQueries;

/**
 * The services behind the dashboard, a monitor round's results and "Mijn gemeente", wired by hand on one
 * EntityManagerFactory for the benchmarks (Java SE, no CDI): the application's JPA repositories, and around them the
 * services as CDI wires them. Only what the server reads from the request or keeps in a shared cache is stood in for: the
 * caller's viewer (from the profiles' organisations and ids), the CoPs the demo facilitator facilitates, and the reference lists
 * (themes, gemeenten), read once as {@link ReferenceDataService}'s cache holds them. Every service comes new from its
 * method, so the figures they keep for a minute are computed, not served from memory; {@link #call} gives the call a
 * fresh persistence context, as a request gets one.
 */
final class PageServices {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.statutory();

    private final EntityManagerFactory emf;
    private final Clock clock = Clock.system(ZoneId.of("Europe/Amsterdam"));
    final JpaStatisticsRepository statistics = new JpaStatisticsRepository();
    final JpaLevelHistory history = new JpaLevelHistory();
    final JpaParticipationFigures participation = new JpaParticipationFigures();
    private final JpaMonitorRepository monitor = new JpaMonitorRepository();
    private final JpaOrganisationRepository organisations = new JpaOrganisationRepository();
    private final JpaWorkQueries work = new JpaWorkQueries();
    private final JpaUserProfileRepository users = new JpaUserProfileRepository();
    private final List<Object> repositories = List.of(statistics, history, participation, monitor, organisations, work, users);
    private final Map<String, String> organisationOf;
    private final Map<String, Long> profileIdOf = new java.util.HashMap<>();
    private final Set<Long> facilitated;
    private final List<Theme> themes;
    private final List<Organisation> gemeenten;

    /** {@code organisationOf}: subject to organisation code; {@code facilitated}: the CoPs of every facilitator. */
    PageServices(EntityManagerFactory emf, Map<String, String> organisationOf, Set<Long> facilitated) {
        this.emf = emf;
        this.organisationOf = organisationOf;
        this.facilitated = facilitated;
        EntityManager reader = emf.createEntityManager();
        try {
            themes = reader.createQuery("SELECT t FROM Theme t WHERE t.active = true", Theme.class).getResultList();
            gemeenten = reader.createQuery("SELECT o FROM Organisation o WHERE o.region IS NOT NULL AND o.active = true",
                    Organisation.class).getResultList();
            gemeenten.forEach(g -> g.getRegion().getName()); // loaded before the reader closes
            reader.createQuery("SELECT u.subject, u.id FROM UserProfile u", Object[].class).getResultList()
                    .forEach(row -> profileIdOf.put((String) row[0], (Long) row[1]));
        } finally {
            reader.close();
        }
    }

    /** The call in a fresh persistence context, set on every repository and closed afterwards. */
    <T> T call(Supplier<T> call) {
        EntityManager entityManager = emf.createEntityManager();
        try {
            repositories.forEach(repository -> set(repository, "em", entityManager));
            return call.get();
        } finally {
            entityManager.close();
        }
    }

    StatisticsService statisticsService() {
        StatisticsService service = new StatisticsService();
        service.statistics = statistics;
        service.referenceData = referenceData();
        service.queries = queries();
        service.communities = new CommunityService() {
            @Override
            public Set<Long> communitiesOf(Caller caller, boolean facilitatorOnly) {
                return facilitated;
            }
        };
        service.calendar = CALENDAR;
        service.levelTimes = levelTimes();
        service.clock = clock;
        service.work = work;
        UserProfileService userProfiles = new UserProfileService();
        set(userProfiles, "profiles", users);
        service.userProfiles = userProfiles;
        return service;
    }

    LevelTimes levelTimes() {
        LevelTimes levelTimes = new LevelTimes();
        levelTimes.history = history;
        levelTimes.calendar = CALENDAR;
        return levelTimes;
    }

    CoverageService coverageService() {
        CoverageService service = new CoverageService();
        service.participation = participation;
        service.referenceData = referenceData();
        service.dashboard = statisticsService();
        service.clock = clock;
        return service;
    }

    GemeenteOverview gemeenteOverview() {
        GemeenteOverview overview = new GemeenteOverview();
        overview.statistics = statistics;
        overview.participation = participation;
        overview.organisations = organisations;
        overview.referenceData = referenceData();
        overview.queries = queries();
        overview.calendar = CALENDAR;
        overview.clock = clock;
        return overview;
    }

    MonitorResults monitorResults() {
        MonitorService rounds = new MonitorService();
        set(rounds, "monitor", monitor);
        set(rounds, "organisations", organisations);
        set(rounds, "clock", clock);
        MonitorResults results = new MonitorResults();
        set(results, "monitor", monitor);
        set(results, "service", rounds);
        return results;
    }

    private BottleneckQueries queries() {
        return new BottleneckQueries() {
            @Override
            public Viewer viewer(Caller caller) {
                // as Viewers.of: with the profile's id, so "reported by me" is read from the knelpunt's own column
                return Viewer.of(caller.subject(), organisationOf.get(caller.subject()), caller.roles())
                        .withProfileId(profileIdOf.get(caller.subject()));
            }
        };
    }

    private ReferenceDataService referenceData() {
        return new ReferenceDataService() {
            @Override
            public List<Theme> themes() {
                return themes;
            }

            @Override
            public List<Organisation> gemeenten(String regionCode) {
                return regionCode == null ? gemeenten : gemeenten.stream().filter(g -> regionCode.equals(g.getRegion().getCode())).toList();
            }
        };
    }

    /** Sets a field the container would inject (declared in the class or one of its superclasses). */
    static void set(Object target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("No field " + name + " in " + target.getClass());
    }
}
