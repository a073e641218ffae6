package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.Viewers;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * Reading knelpunten: one as a caller may see it, lists and pages, the day deadlines are measured against, and what
 * a caller may do with one ({@link #rights}), which the pages, the API and the other knelpunt services share.
 */
@ApplicationScoped
public class BottleneckQueries {

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    @Inject
    CommunityService communityService;

    @Inject
    Viewers viewers;

    /**
     * A page of knelpunten for a signed-in reader. {@code more}: there are more than {@code total} matches (a bounded
     * list, {@link #browse}); the reader narrows the selection with the filters.
     */
    public record Page(List<Bottleneck> items, long total, int page, int pageSize, boolean more) {
        public Page(List<Bottleneck> items, long total, int page, int pageSize) {
            this(items, total, page, pageSize, false);
        }

        public long pageCount() {
            return Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    /** How many knelpunten the list pages count and page through; beyond it the reader uses the filters. */
    public static final int BROWSE_LIMIT = 1000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(BottleneckFilter filter, int page, int pageSize) {
        return list(filter, BottleneckSort.CHANGED_DESC, page, pageSize);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(BottleneckFilter filter, BottleneckSort sort, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        return new Page(bottlenecks.page(filter, sort, (number - 1) * size, size), bottlenecks.count(filter), number, size);
    }

    /**
     * The list as the pages show it: at most {@link #BROWSE_LIMIT} knelpunten, counted and paged with one bounded query
     * of ids (read in index order, bottleneck_list), so its cost does not grow with the number of knelpunten (bar P6).
     * An exact count of a large selection would read every visible knelpunt on every page view; the API keeps it
     * ({@link #list}), for integrations that need the total.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page browse(BottleneckFilter filter, BottleneckSort sort, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        List<Long> ids = bottlenecks.ids(filter, sort, BROWSE_LIMIT + 1);
        Window window = Window.of(ids.size(), BROWSE_LIMIT, page, size);
        return new Page(bottlenecks.rows(ids.subList(window.from(), window.to())), window.total(), window.page(), size,
                window.more());
    }

    /**
     * Which part of a bounded list of {@code found} ids (at most {@code limit} + 1 read) a page shows: the page number is
     * kept within the pages there are, so a bookmarked page 80 of a list that shrank shows its last page.
     */
    record Window(int from, int to, int total, int page, boolean more) {
        static Window of(int found, int limit, int page, int size) {
            boolean more = found > limit;
            int total = Math.min(found, limit);
            int pages = Math.max(1, (total + size - 1) / size);
            int number = Math.max(1, Math.min(page, pages));
            int from = Math.min((number - 1) * size, total);
            return new Window(from, Math.min(from + size, total), total, number, more);
        }
    }

    /** Today in Europe/Amsterdam: the day deadlines and "overdue" are measured against. */
    public LocalDate today() {
        return today(clock.instant());
    }

    static LocalDate today(Instant instant) {
        return LocalDate.ofInstant(instant, DutchTime.ZONE);
    }

    /** The reopen window in days, as the settings say now. */
    int reopenDays() {
        return settings.current().days(Setting.REOPEN_DAYS);
    }

    /**
     * The last day the reporter and supporters may reopen a knelpunt that ended (resolved, or closed by the ministry's
     * answer) at some time; empty if it never did.
     */
    Optional<LocalDate> reopenWindowEnd(Bottleneck bottleneck) {
        return bottleneck.endedAt().map(at -> today(at).plusDays(reopenDays()));
    }

    /**
     * The last day the reporter and supporters may reopen it: a resolved knelpunt, or one the ministry's answer closed at
     * system level (the workflow table lets them reopen only those); empty otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate> reopenUntil(Bottleneck bottleneck) {
        boolean reopenable = bottleneck.getStatus() == Status.OPGELOST
                || bottleneck.getStatus() == Status.GESLOTEN && bottleneck.getLevel() == Level.SYSTEM;
        return reopenable ? reopenWindowEnd(bottleneck) : Optional.empty();
    }

    /** For the system itself (jobs, demo data, tests): every knelpunt, restricted or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Bottleneck> findById(Long id) {
        return bottlenecks.findById(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Bottleneck> find(String reference) {
        return bottlenecks.findByReference(reference);
    }

    /** As {@code caller} may see it: a restricted knelpunt they may not see does not exist for them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Bottleneck> find(String reference, Caller caller) {
        Viewer viewer = viewer(caller);
        return bottlenecks.findByReference(reference).filter(viewer::maySee);
    }

    /** Loads for an operation by {@code caller}: not found when it does not exist or is hidden from them. */
    public Bottleneck load(String reference, Caller caller) {
        return find(reference, caller).orElseThrow(() -> notFound(reference));
    }

    /** Loads for the system (jobs): every knelpunt. */
    Bottleneck load(String reference) {
        return bottlenecks.findByReference(reference).orElseThrow(() -> notFound(reference));
    }

    private static NotFoundException notFound(String reference) {
        return new NotFoundException(Message.of("notFound.bottleneck", reference));
    }

    /** Of these references, those {@code caller} may see — one read for all of them (search results). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> visibleAmong(Collection<String> references, Caller caller) {
        return bottlenecks.visibleReferences(references, viewer(caller));
    }

    /** Who {@code caller} is for the visibility rule of restricted knelpunten. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Viewer viewer(Caller caller) {
        return viewers.of(caller);
    }

    /**
     * The capacities in which {@code caller} acts on this knelpunt: their roles, and reporter or supporter when they
     * reported it or their organisation supports it. A facilitator handles at execution level only the knelpunten
     * outside any CoP and those of the CoPs they facilitate; admins every one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Actor> actorsFor(Bottleneck bottleneck, Caller caller) {
        Set<Actor> actors = Actor.fromRoles(caller.roles());
        Viewer viewer = viewer(caller);
        if (viewer.profileId() != null) {
            if (bottleneck.isReportedBy(viewer.profileId())) {
                actors.add(Actor.REPORTER);
            }
            if (viewer.organisationCode() != null && bottlenecks.isSupportedBy(bottleneck, viewer.organisationCode())) {
                actors.add(Actor.SUPPORTER);
            }
        }
        if (actors.contains(Actor.HANDLER_EXECUTION) && bottleneck.getCommunityId() != null
                && !communityService.facilitates(bottleneck.getCommunityId(), caller)) {
            actors.remove(Actor.HANDLER_EXECUTION);
        }
        return actors;
    }

    /**
     * What {@code caller} may do with this knelpunt, which they may see: the one record the detail page, the API and the
     * services' own checks use.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BottleneckRights rights(Bottleneck bottleneck, Caller caller) {
        boolean reopenWindowOpen = reopenWindowEnd(bottleneck).map(last -> !today().isAfter(last)).orElse(true);
        return BottleneckRights.of(bottleneck, caller, viewer(caller), actorsFor(bottleneck, caller), reopenWindowOpen);
    }
}
