package nl.lerendstelsel.application.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Viewers;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.port.WorkQueries;
import nl.lerendstelsel.application.port.WorkQueries.Cop;
import nl.lerendstelsel.application.port.WorkQueries.Knelpunt;
import nl.lerendstelsel.application.port.WorkQueries.KnelpuntList;
import nl.lerendstelsel.application.port.WorkQueries.Meeting;
import nl.lerendstelsel.application.port.WorkQueries.Question;
import nl.lerendstelsel.application.port.WorkQueries.Signal;
import nl.lerendstelsel.application.port.WorkQueries.Slice;
import nl.lerendstelsel.application.port.WorkQueries.Step;
import nl.lerendstelsel.application.port.WorkQueries.Version;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.signal.SignalDeadlines;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * "Mijn werk": what waits for a person today, per role, as plain records (nothing of it is an entity, so a page may keep
 * it). Every section is one bounded query (a second one counts it when it is longer than shown); the queues follow the
 * handler rules of the queue page: a facilitator handles at execution level the knelpunten outside any CoP and those of
 * the CoPs they facilitate ({@link BottleneckQueries#actorsFor}), a coordinator the linking level.
 */
@ApplicationScoped
public class WorkService {

    /** How many lines a section shows; its count says how many there are in all. */
    public static final int SHOWN = 5;
    /** How many CoPs the start page lists. */
    static final int COPS = 20;
    /** Answers whose validity ends within this many days are the editors' to renew. */
    public static final int EXPIRY_DAYS = 30;

    @Inject
    WorkQueries queries;

    @Inject
    Viewers viewers;

    @Inject
    CommunityService communities;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    /**
     * A knelpunt line: {@code overdue} when open and past its due day today; {@code reopenUntil} the last day a resolved
     * one may be reopened; {@code latest} its latest step, where the section shows it.
     */
    public record Item(Knelpunt knelpunt, boolean overdue, LocalDate reopenUntil, Step latest) {
    }

    /** A handler's queue at one level: the open knelpunten nobody has taken, earliest due day first. */
    public record Queue(Level level, Slice<Item> items) {
    }

    /** A CoP of the person, its next meeting (or none) and its discussions with posts they have not read. */
    public record CopLine(Cop cop, Meeting nextMeeting, long unreadDiscussions) {
    }

    /** A signal line: {@code overdue} when the ministry is past a deadline today. */
    public record SignalLine(Signal signal, boolean overdue) {
    }

    /** For everyone signed in. */
    public record Everyone(Slice<Item> waitingForMe, Slice<Item> reopenable, Slice<Item> mine, Slice<Question> questions,
                           List<CopLine> cops) {
    }

    /** For facilitators and coordinators: assigned to them, their queues, proposed for escalation. */
    public record Handler(Slice<Item> assigned, List<Queue> queues, Slice<Item> proposed) {
    }

    /** For coordinators. */
    public record Coordinator(Slice<Item> newAtLinking, Slice<SignalLine> concepts, Slice<SignalLine> awaitingAnswer) {
    }

    /** For the ministry. */
    public record Ministry(Slice<SignalLine> toAcknowledge, Slice<SignalLine> toAnswer, Slice<SignalLine> overdue) {
    }

    /** For editors; {@code partner} is whom they sign for (none: they sign nothing, and see no sign-off list). */
    public record Editor(Slice<Question> openQuestions, Partner partner, Slice<Version> toSignOff, Slice<Version> expiring) {
    }

    /** The whole worklist; a role's part is null for someone without that role. */
    public record Worklist(LocalDate today, Everyone everyone, Handler handler, Coordinator coordinator, Ministry ministry,
                           Editor editor) {
    }

    @Inject
    UserProfileService userProfiles;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Worklist worklist(Caller caller) {
        Viewer viewer = viewers.of(caller);
        LocalDate today = LocalDate.ofInstant(clock.instant(), DutchTime.ZONE);
        if (viewer.profileId() == null) {
            return new Worklist(today, null, null, null, null, null);
        }
        long me = viewer.profileId();
        boolean facilitator = caller.has(Role.FACILITATOR);
        boolean coordinator = caller.has(Role.COORDINATOR);
        // a handler's queues and new knelpunten: the regions they look after (none: the whole country)
        Set<String> regions = facilitator || coordinator ? userProfiles.regionsOf(caller.subject()) : Set.of();
        return new Worklist(today, everyone(me, today),
                facilitator || coordinator ? handler(caller, me, facilitator, coordinator, regions, today) : null,
                coordinator ? coordinator(regions, today) : null,
                caller.has(Role.MINISTRY) ? ministry(today) : null,
                caller.has(Role.EDITOR) ? editor(viewer, today) : null);
    }

    /** The open knelpunten assigned to the caller, at any level, earliest due day first (the queue's "aan mij toegewezen"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Item> assigned(Caller caller, int limit) {
        Long me = viewers.of(caller).profileId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), DutchTime.ZONE);
        return me == null ? Slice.empty()
                : items(queries.knelpunten(KnelpuntList.ASSIGNED, me, null, null, null, Math.max(1, Math.min(limit, 200))), today, 0,
                        Map.of());
    }

    private Everyone everyone(long me, LocalDate today) {
        int reopenDays = settings.current().days(Setting.REOPEN_DAYS);
        Slice<Knelpunt> mine = queries.knelpunten(KnelpuntList.REPORTED, me, null, null, null, SHOWN);
        Map<Long, Step> steps = queries.latestSteps(mine.items().stream().map(Knelpunt::id).toList());
        List<Cop> cops = queries.copsOf(me, COPS);
        List<Long> copIds = cops.stream().map(Cop::id).toList();
        Map<Long, Meeting> meetings = queries.nextMeetings(copIds, clock.instant());
        Map<Long, Long> unread = queries.unreadDiscussions(copIds, me);
        return new Everyone(
                items(queries.knelpunten(KnelpuntList.WAITING_FOR_ME, me, null, null, null, SHOWN), today, 0, Map.of()),
                items(queries.knelpunten(KnelpuntList.RESOLVED_SINCE, me, null, null, today.minusDays(reopenDays), SHOWN), today,
                        reopenDays, Map.of()),
                items(mine, today, 0, steps),
                queries.questionsOf(me, SHOWN),
                cops.stream().map(c -> new CopLine(c, meetings.get(c.id()), unread.getOrDefault(c.id(), 0L))).toList());
    }

    private Handler handler(Caller caller, long me, boolean facilitator, boolean coordinator, Set<String> regions,
                            LocalDate today) {
        List<Queue> queues = new ArrayList<>();
        Set<Long> handledCops = facilitator ? communities.communitiesOf(caller, true) : null;
        if (facilitator) {
            queues.add(new Queue(Level.EXECUTION, items(queries.knelpunten(KnelpuntList.QUEUE, me, Level.EXECUTION, handledCops,
                    regions, null, SHOWN), today, 0, Map.of())));
        }
        if (coordinator) {
            queues.add(new Queue(Level.LINKING, items(queries.knelpunten(KnelpuntList.QUEUE, me, Level.LINKING, null, regions, null,
                    SHOWN), today, 0, Map.of())));
        }
        // proposed for escalation at the level this person handles (someone with both roles: at any level)
        Slice<Knelpunt> proposed = facilitator && coordinator
                ? queries.knelpunten(KnelpuntList.PROPOSED, me, null, null, null, SHOWN)
                : facilitator ? queries.knelpunten(KnelpuntList.PROPOSED, me, Level.EXECUTION, handledCops, null, SHOWN)
                : queries.knelpunten(KnelpuntList.PROPOSED, me, Level.LINKING, null, null, SHOWN);
        return new Handler(items(queries.knelpunten(KnelpuntList.ASSIGNED, me, null, null, null, SHOWN), today, 0, Map.of()),
                queues, items(proposed, today, 0, Map.of()));
    }

    private Coordinator coordinator(Set<String> regions, LocalDate today) {
        return new Coordinator(
                items(queries.knelpunten(KnelpuntList.NEW_AT_LEVEL, 0, Level.LINKING, null, regions, null, SHOWN), today, 0, Map.of()),
                signals(queries.signals(EnumSet.of(SignalStatus.CONCEPT), SHOWN), today),
                signals(queries.signals(EnumSet.of(SignalStatus.VRAGEN), SHOWN), today));
    }

    private Ministry ministry(LocalDate today) {
        return new Ministry(
                signals(queries.signals(EnumSet.of(SignalStatus.INGEDIEND), SHOWN), today),
                signals(queries.signals(EnumSet.of(SignalStatus.ONTVANGEN, SignalStatus.IN_BEHANDELING), SHOWN), today),
                signals(queries.overdueSignals(today, SHOWN), today));
    }

    private Editor editor(Viewer viewer, LocalDate today) {
        Optional<Partner> partner = Partner.ofOrganisation(viewer.organisationCode());
        return new Editor(queries.openQuestions(SHOWN), partner.orElse(null),
                partner.map(p -> queries.toSignOff(p, SHOWN)).orElse(Slice.empty()),
                queries.validityEnding(today, today.plusDays(EXPIRY_DAYS), SHOWN));
    }

    private static Slice<Item> items(Slice<Knelpunt> slice, LocalDate today, int reopenDays, Map<Long, Step> steps) {
        return new Slice<>(slice.items().stream().map(k -> new Item(k,
                k.status().isOpen() && k.due() != null && k.due().isBefore(today),
                k.finishedOn() == null || reopenDays == 0 ? null : k.finishedOn().plusDays(reopenDays),
                steps.get(k.id()))).toList(), slice.total());
    }

    private static Slice<SignalLine> signals(Slice<Signal> slice, LocalDate today) {
        return new Slice<>(slice.items().stream().map(s -> new SignalLine(s,
                SignalDeadlines.isOverdue(s.status(), s.acknowledgeDue(), s.answerDue(), today)))
                .toList(), slice.total());
    }

    /** The monitor rounds that wait for the answers of the caller's organisation (professionals only; issue 29). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkQueries.MonitorRound> monitorRounds(Caller caller) {
        if (!caller.has(Role.PROFESSIONAL)) {
            return List.of();
        }
        String organisation = userProfiles.find(caller.subject())
                .map(p -> p.getOrganisation() == null ? null : p.getOrganisation().getCode()).orElse(null);
        return queries.monitorRoundsWaiting(organisation, LocalDate.ofInstant(clock.instant(), DutchTime.ZONE), SHOWN);
    }
}
