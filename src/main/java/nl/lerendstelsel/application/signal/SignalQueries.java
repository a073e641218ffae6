package nl.lerendstelsel.application.signal;

import static nl.lerendstelsel.application.signal.SignalChecks.notFound;
import static nl.lerendstelsel.application.signal.SignalChecks.requireCoordinator;
import static nl.lerendstelsel.application.signal.SignalChecks.seesConcepts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.signal.Evidence;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.domain.model.signal.SignalRepository;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.SignalWorkflow;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.text.Texts;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * Reading signals to SZW: one signal with what the caller may do with it, the list, the signals a knelpunt is in, the
 * knelpunten a coordinator can add, and the signalling report. Everyone signed in reads submitted signals and responses;
 * concepts only coordinators and admins. The changes are {@link SignalService}'s.
 */
@ApplicationScoped
public class SignalQueries {

    static final int CANDIDATES_MAX = 200;
    static final int REPORT_YEARS_MAX = 5;
    static final String HIDDEN_TITLE = "(afgeschermd knelpunt)";

    @Inject
    SignalRepository signals;

    @Inject
    BottleneckQueries queries;

    @Inject
    Profiles profiles;

    @Inject
    UserProfileRepository userProfiles;

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    /** A page of signals with the number of knelpunten of each. */
    public record Page(List<Signal> items, Map<Long, Long> knelpunten, long total, int page, int pageSize) {
    }

    /**
     * What a reader sees of a signal beyond its fields: the evidence, the knelpunten they may see, overdue or not, its
     * follow-up overdue or not, and what they may do. {@code mayReadThread}: see {@link #readsThread(Caller)}.
     */
    public record View(Signal signal, Evidence evidence, List<Bottleneck> knelpunten, int hiddenKnelpunten, boolean overdue,
                       Set<SignalAction> actions, boolean mayEdit, boolean mayWrite, boolean mayFollowUp, boolean followUpOverdue,
                       boolean mayRealise, boolean mayTake, boolean mayAssign, boolean mayReadThread) {

        /** A history entry's text as this reader may see it (a thread step's text only for thread readers). */
        public String textOf(SignalEvent event) {
            return SignalQueries.textOf(event, mayReadThread);
        }
    }

    /**
     * Who reads the clarification thread between the coordinators and SZW (its messages, and the texts of the steps
     * "vragen stellen" and "vragen beantwoorden"): coordinators, the ministry and admins. It is where the two sides work
     * out a signal before the formal answer; everyone else who may read the signal sees that questions were asked and
     * answered, and the answer itself (issue 27).
     */
    public static boolean readsThread(Caller caller) {
        return caller.has(Role.COORDINATOR) || caller.has(Role.MINISTRY) || caller.has(Role.ADMIN);
    }

    /** A history entry's text for a reader who does or does not read the thread. */
    public static String textOf(SignalEvent event, boolean threadReader) {
        return threadReader || !SignalAction.inThread(event.getAction()) ? event.getText() : null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DutchTime.ZONE);
    }

    /** The signal if the caller may read it: a concept only for coordinators and admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Signal get(String reference, Caller caller) {
        Signal signal = signals.findByReference(reference == null ? null : reference.strip())
                .orElseThrow(() -> notFound(reference));
        if (signal.getStatus() == SignalStatus.CONCEPT && !seesConcepts(caller)) {
            throw notFound(reference);
        }
        return signal;
    }

    /** Everything the signal page and the API show. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View view(String reference, Caller caller) {
        Signal signal = get(reference, caller);
        Viewer viewer = queries.viewer(caller);
        List<Bottleneck> visible = signal.getBottlenecks().stream().filter(viewer::maySee).toList();
        Set<SignalAction> actions = EnumSet.noneOf(SignalAction.class);
        for (SignalRole side : SignalChecks.sides(caller)) {
            actions.addAll(SignalWorkflow.allowed(signal.getStatus(), side));
        }
        boolean coordinator = caller.has(Role.COORDINATOR);
        boolean ministry = caller.has(Role.MINISTRY);
        boolean open = signal.getStatus() != SignalStatus.CONCEPT && signal.getStatus() != SignalStatus.GESLOTEN
                && signal.getStatus() != SignalStatus.INGETROKKEN;
        boolean ownable = ministry && open;
        Long me = ownable ? profiles.find(caller).map(UserProfile::getId).orElse(null) : null;
        // The evidence counts every knelpunt, but names the organisations and gemeenten only of those the reader may see.
        Set<Long> seen = visible.stream().map(Bottleneck::getId).collect(Collectors.toSet());
        List<Evidence.Item> items = signals.evidenceItems(signal).entrySet().stream()
                .map(item -> seen.contains(item.getKey()) ? item.getValue() : item.getValue().withoutWho()).toList();
        return new View(signal, Evidence.of(items), visible, signal.getBottlenecks().size() - visible.size(),
                signal.isOverdue(today()), actions, coordinator && signal.isEditable(),
                (coordinator || ministry) && open,
                ministry && signal.getDecision() != null && signal.getDecision().isAdopted() && !signal.isFollowUpRealised(),
                signal.isFollowUpOverdue(today()),
                ministry && signal.getFollowUpChange() != null && !signal.isFollowUpRealised(),
                ownable && (signal.getOwner() == null || !signal.getOwner().getId().equals(me)), ownable, readsThread(caller));
    }

    /**
     * Signals newest-changed first. {@code status} narrows to one status, {@code overdue} to those past a ministry
     * deadline today, {@code mine} to the caller's own: at the ministry those they handle (own), elsewhere those they
     * wrote.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(SignalStatus status, boolean overdue, boolean mine, int page, int pageSize, Caller caller) {
        if (status == SignalStatus.CONCEPT && !seesConcepts(caller)) {
            throw new AccessDeniedException(Message.of("access.signal.drafts"));
        }
        Long me = mine ? profiles.find(caller).map(UserProfile::getId).orElse(-1L) : null;
        boolean ministry = caller.has(Role.MINISTRY);
        SignalRepository.Filter filter = new SignalRepository.Filter(status, seesConcepts(caller), overdue ? today() : null,
                ministry ? null : me, ministry ? me : null);
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        List<Signal> items = signals.list(filter, (number - 1) * size, size);
        return new Page(items, signals.knelpuntCounts(items.stream().map(Signal::getId).toList()), signals.count(filter), number, size);
    }

    /** The people at the ministry a signal can be assigned to (active, with the role), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserProfile> ministryPeople(Caller caller) {
        SignalChecks.requireMinistry(caller);
        return userProfiles.withRole(Role.MINISTRY).stream().filter(UserProfile::isActive).toList();
    }

    /** The signals a knelpunt is in that the caller may read (concepts only for coordinators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Signal> signalsOf(Bottleneck bottleneck, Caller caller) {
        boolean concepts = seesConcepts(caller);
        return signals.signalsOf(bottleneck).stream().filter(s -> concepts || s.getStatus() != SignalStatus.CONCEPT).toList();
    }

    /**
     * The knelpunten a coordinator can put in a signal now (the most recently changed {@value #CANDIDATES_MAX}): at
     * linking level, in behandeling, in no signal that is not answered yet (this one included).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bottleneck> candidates(Signal signal, Caller caller) {
        return candidates(signal, CandidateSearch.NONE, caller);
    }

    /**
     * What a coordinator looks for among the candidates: words that must all occur in the reference, title or gemeente
     * (any case), a theme, an arbeidsmarktregio and a gemeente (codes), and a least number of supporting organisations
     * ("ook bij ons"); {@code null} or blank (a number below 1): any.
     */
    public record CandidateSearch(String words, String themeCode, String regionCode, String gemeenteCode, Integer minSupport) {

        public static final CandidateSearch NONE = new CandidateSearch(null, null, null, null, null);

        public CandidateSearch {
            words = Texts.blankToNull(words);
            themeCode = themeCode == null || themeCode.isBlank() ? null : themeCode;
            regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode;
            gemeenteCode = gemeenteCode == null || gemeenteCode.isBlank() ? null : gemeenteCode;
            minSupport = minSupport == null || minSupport < 1 ? null : minSupport;
        }

        /** Words, theme and region only. */
        public CandidateSearch(String words, String themeCode, String regionCode) {
            this(words, themeCode, regionCode, null, null);
        }

        boolean matches(Bottleneck b) {
            if (words == null) {
                return true;
            }
            String text = (b.getReference() + " " + b.getTitle() + " " + (b.getGemeente() == null ? "" : b.getGemeente().getName()))
                    .toLowerCase(java.util.Locale.ROOT);
            return java.util.Arrays.stream(words.toLowerCase(java.util.Locale.ROOT).split("\\s+")).allMatch(text::contains);
        }
    }

    /**
     * The candidates narrowed by theme, region and gemeente in the query and by words and support among those (the most
     * recently changed {@value #CANDIDATES_MAX} of the theme, region and gemeente), so a coordinator finds the knelpunten of one subject among many.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bottleneck> candidates(Signal signal, CandidateSearch search, Caller caller) {
        return candidates(signal, search, List.of(), caller);
    }

    /**
     * As {@link #candidates(Signal, CandidateSearch, Caller)}, with the candidates already chosen ({@code chosen},
     * references) first even when the search leaves them out: narrowing the list never drops a choice.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bottleneck> candidates(Signal signal, CandidateSearch search, java.util.Collection<String> chosen, Caller caller) {
        List<Bottleneck> found = matching(search, caller);
        if (chosen.isEmpty() || search.equals(CandidateSearch.NONE)) {
            return found;
        }
        Set<String> shown = found.stream().map(Bottleneck::getReference).collect(java.util.stream.Collectors.toSet());
        List<Bottleneck> kept = new java.util.ArrayList<>(matching(CandidateSearch.NONE, caller).stream()
                .filter(b -> chosen.contains(b.getReference()) && !shown.contains(b.getReference())).toList());
        kept.addAll(found);
        return kept;
    }

    private List<Bottleneck> matching(CandidateSearch search, Caller caller) {
        requireCoordinator(caller);
        List<Bottleneck> atLinking = queries.list(new BottleneckFilter(Level.LINKING, Status.IN_BEHANDELING, search.themeCode(),
                search.gemeenteCode(), search.regionCode(), null, null, null, false, true, null, null), 1, CANDIDATES_MAX).items();
        List<Long> ids = atLinking.stream().map(Bottleneck::getId).toList();
        Set<Long> taken = signals.inOpenSignals(ids);
        Map<Long, Long> support = search.minSupport() == null ? Map.of() : signals.supportCounts(ids);
        return atLinking.stream().filter(b -> !taken.contains(b.getId()) && search.matches(b)
                && (search.minSupport() == null || support.getOrDefault(b.getId(), 0L) >= search.minSupport())).toList();
    }

    /**
     * The signalling report over the signals submitted in a period (default: the last full quarter), for coordinators,
     * the ministry and admins. Knelpunten the caller may not see appear without their title.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignalReport report(LocalDate from, LocalDate to, Caller caller) {
        if (!seesConcepts(caller) && !caller.has(Role.MINISTRY)) {
            throw new AccessDeniedException(Message.of("access.signal.report"));
        }
        SignalReport.Period period = period(from, to);
        List<Signal> submitted = signals.submittedBetween(period.from(), period.to());
        List<Long> ids = submitted.stream().map(Signal::getId).toList();
        Map<Long, Long> counts = signals.knelpuntCounts(ids);
        Map<Long, List<String>> themes = signals.themes(ids);
        Map<Long, Long> interims = signals.interimCounts(ids);
        LocalDate today = today();
        List<SignalReport.Line> lines = submitted.stream().map(s -> new SignalReport.Line(s.getReference(), s.getTitle(), s.getStatus(),
                s.getUrgency(), s.getProposal(), s.getSubmittedOn(), day(s.getAcknowledgedAt()), day(s.getAnsweredAt()), s.getDecision(),
                s.getForum(), counts.getOrDefault(s.getId(), 0L).intValue(), themes.getOrDefault(s.getId(), List.of()),
                s.isOverdue(today), interims.getOrDefault(s.getId(), 0L).intValue(), s.getAnswerDue(), s.getProposals())).toList();
        Viewer viewer = queries.viewer(caller);
        List<SignalReport.KnelpuntLine> knelpunten = signals.knelpuntenOf(ids).stream().map(pair -> {
            Bottleneck b = pair.getValue();
            return new SignalReport.KnelpuntLine(pair.getKey(), b.getReference(), viewer.maySee(b) ? b.getTitle() : HIDDEN_TITLE,
                    b.getTheme().getNameNl(), b.getGemeente() == null ? null : b.getGemeente().getName(), b.getLevel().dutch(),
                    b.getStatus().dutch(), day(b.getReportedAt()));
        }).toList();
        return SignalReport.of(period.from(), period.to(), clock.instant(), lines, knelpunten, calendar);
    }

    /** The report's period: the last full quarter when neither end is given; at most {@value #REPORT_YEARS_MAX} years. */
    private SignalReport.Period period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return SignalReport.Period.lastQuarter(today());
        }
        LocalDate start = from == null ? to.withDayOfYear(1) : from;
        LocalDate end = to == null ? today() : to;
        if (start.isAfter(end)) {
            throw InvalidInputException.of("van", Message.of("input.period.startAfterEnd"));
        }
        if (start.plusYears(REPORT_YEARS_MAX).isBefore(end)) {
            throw InvalidInputException.of("tot", Message.of("input.period.tooLong", String.valueOf(REPORT_YEARS_MAX)));
        }
        return new SignalReport.Period(start, end);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, DutchTime.ZONE);
    }
}
