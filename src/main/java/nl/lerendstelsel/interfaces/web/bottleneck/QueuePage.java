package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.port.WorkQueries.Slice;
import nl.lerendstelsel.application.work.WorkService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.PagedList;

/**
 * A handler's queue: the open knelpunten of their level, unassigned first, then by due day. Facilitators see the
 * execution level, coordinators the linking level; someone with both roles, and admins, choose.
 */
@Named("queue")
@RequestScoped
public class QueuePage {

    static final int PAGE_SIZE = 20;

    @Inject
    BottleneckSteps steps;

    @Inject
    BottleneckQueries queries;

    @Inject
    nl.lerendstelsel.application.community.CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @Inject
    WorkService work;

    @Inject
    nl.lerendstelsel.application.administration.UserProfileService userProfiles;

    @Inject
    nl.lerendstelsel.application.administration.ReferenceDataService referenceData;

    /** How many of one's assigned knelpunten the "aan mij toegewezen" tab lists; the count says how many in all. */
    static final int ASSIGNED_SHOWN = 100;

    private int page = 1;
    private String level;
    private BottleneckQueries.Page result;
    private LocalDate today;
    private String assigned;
    /** {@code alle}: every region, not only those the handler looks after. */
    private String regions;
    private java.util.SortedSet<String> myRegions;
    private Slice<WorkService.Item> mine;

    /** The levels this person handles, in order; an admin handles both. */
    public List<Level> getLevels() {
        SignedInUser user = currentUser.getUser();
        List<Level> levels = new ArrayList<>();
        if (user != null && (user.has(Role.FACILITATOR) || user.has(Role.ADMIN))) {
            levels.add(Level.EXECUTION);
        }
        if (user != null && (user.has(Role.COORDINATOR) || user.has(Role.ADMIN))) {
            levels.add(Level.LINKING);
        }
        return levels;
    }

    /** The level shown: the one asked for if this person handles it, else their first. */
    public Level getShownLevel() {
        List<Level> levels = getLevels();
        return levels.stream().filter(l -> l.name().equals(level)).findFirst()
                .orElse(levels.isEmpty() ? Level.EXECUTION : levels.get(0));
    }

    public BottleneckQueries.Page getResult() {
        if (result == null) {
            result = getLevels().isEmpty()
                    ? new BottleneckQueries.Page(List.of(), 0, 1, PAGE_SIZE)
                    : queries.list(BottleneckFilter.queue(getShownLevel(), currentUser.caller().map(queries::viewer).orElse(null),
                            handledCops(), isRegionScoped() ? getMyRegions() : null), BottleneckSort.QUEUE, page, PAGE_SIZE);
        }
        return result;
    }

    /** The arbeidsmarktregio's this handler looks after (set by an admin); empty: the whole country. */
    public java.util.SortedSet<String> getMyRegions() {
        if (myRegions == null) {
            myRegions = currentUser.caller().map(c -> userProfiles.regionsOf(c.subject())).orElse(new java.util.TreeSet<>());
        }
        return myRegions;
    }

    /** Whether the queue shows only the handler's regions: by default when they have any, until they ask for all. */
    public boolean isRegionScoped() {
        return !"alle".equals(regions) && !getMyRegions().isEmpty();
    }

    /** The names of the handler's regions, for the line above the queue. */
    public String getMyRegionNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        referenceData.regions().forEach(r -> names.put(r.getCode(), r.getName()));
        return String.join(", ", getMyRegions().stream().map(c -> names.getOrDefault(c, c)).toList());
    }

    public String getRegions() {
        return regions;
    }

    public void setRegions(String regions) {
        this.regions = regions;
    }

    /** At execution level a facilitator's queue holds knelpunten outside any CoP and those of the CoPs they facilitate. */
    private java.util.Set<Long> handledCops() {
        SignedInUser user = currentUser.getUser();
        if (getShownLevel() != Level.EXECUTION || user == null || user.has(Role.ADMIN)) {
            return null;
        }
        return communities.communitiesOf(currentUser.caller().orElseThrow(), true);
    }

    public boolean overdue(Bottleneck bottleneck) {
        if (today == null) {
            today = queries.today();
        }
        return bottleneck.isOverdueOn(today);
    }

    private static final Set<Status> TAKEABLE = EnumSet.of(Status.GEMELD, Status.TERUGGELEGD, Status.HEROPEND);

    /** Whether "take" applies: waiting in the queue, not yet taken up at this level. */
    public boolean canTake(Bottleneck bottleneck) {
        // one assigned to someone else is taken over on its page, which asks first and tells the earlier assignee
        SignedInUser user = currentUser.getUser();
        return TAKEABLE.contains(bottleneck.getStatus()) && (bottleneck.getAssignee() == null
                || user != null && bottleneck.getAssignee().getSubject().equals(user.subject()));
    }

    public void take(String reference) {
        if (feedback.run(() -> steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, currentUser.caller().orElseThrow()),
                null, Map.of(), null)) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(context, "queue.taken", reference), null));
        }
        result = null;
    }

    /** The tab "aan mij toegewezen" ({@code toegewezen=mij}): the open knelpunten assigned to this person, at any level. */
    public boolean isMineShown() {
        return "mij".equals(assigned);
    }

    public Slice<WorkService.Item> getMine() {
        if (mine == null) {
            mine = currentUser.caller().map(c -> work.assigned(c, ASSIGNED_SHOWN))
                    .orElse(Slice.empty());
        }
        return mine;
    }

    public String getAssigned() {
        return assigned;
    }

    public void setAssigned(String assigned) {
        this.assigned = assigned;
    }

    public long getPageCount() {
        return PagedList.pageCount(getResult().total(), PAGE_SIZE);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }
}
