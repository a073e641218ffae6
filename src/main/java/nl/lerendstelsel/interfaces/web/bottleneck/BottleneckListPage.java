package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/**
 * The list of knelpunten, one page per request, most recently changed first. The filters are plain GET
 * parameters ({@code ?niveau=LINKING&thema=pip&mijn=true&pagina=2}), so a filtered list can be bookmarked
 * and shared; unknown values are ignored rather than failing the page.
 */
@Named("bottleneckList")
@RequestScoped
public class BottleneckListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    BottleneckQueries queries;

    @Inject
    CurrentUser currentUser;

    private int page = 1;
    private String level;
    private String status;
    private String theme;
    private String gemeente;
    private String region;
    private boolean mine;
    private boolean supported;
    private boolean overdue;
    private boolean proposed;
    private String sort;
    private String tag;
    private String resolution;
    private String targetGroup;

    /** The code of the target group filtered on ({@code statushouders}, …), as in the URL. */
    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    /** The target groups to filter on (doelgroep). */
    public List<TargetGroup> getTargetGroups() {
        return List.of(TargetGroup.values());
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    /** The resolution categories to filter on (afhandelcategorie). */
    public List<Resolution> getResolutions() {
        return List.of(Resolution.values());
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }
    private BottleneckQueries.Page result;

    public BottleneckQueries.Page getResult() {
        if (result == null) {
            SignedInUser user = currentUser.getUser();
            BottleneckFilter filter = new BottleneckFilter(parse(Level.class, level), parse(Status.class, status),
                    blankToNull(theme), blankToNull(gemeente), blankToNull(region),
                    mine && user != null ? user.subject() : null,
                    supported && user != null ? user.organisationCode() : null,
                    overdue ? queries.today() : null, proposed, false,
                    currentUser.caller().map(queries::viewer).orElse(null), blankToNull(tag))
                    .withResolution(parse(Resolution.class, resolution))
                    .withTargetGroup(TargetGroup.ofCode(targetGroup).orElse(null));
            result = queries.browse(filter, getSortOrder(), page, PAGE_SIZE);
        }
        return result;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public BottleneckSort getSortOrder() {
        return sort == null ? BottleneckSort.CHANGED_DESC : BottleneckSort.ofCode(sort).orElse(BottleneckSort.CHANGED_DESC);
    }

    /** The orders a reader can choose (the queue order belongs to the queue page). */
    public List<BottleneckSort> getSortOrders() {
        return List.of(BottleneckSort.CHANGED_DESC, BottleneckSort.CHANGED_ASC, BottleneckSort.REPORTED_DESC,
                BottleneckSort.REPORTED_ASC, BottleneckSort.DUE_ASC, BottleneckSort.DUE_DESC);
    }

    /** Whether a knelpunt on the list is past its due day today (Europe/Amsterdam). */
    public boolean overdue(Bottleneck bottleneck) {
        return bottleneck.isOverdueOn(today());
    }

    private LocalDate today;

    private LocalDate today() {
        if (today == null) {
            today = queries.today();
        }
        return today;
    }

    public List<Level> getLevels() {
        return List.of(Level.values());
    }

    public List<Status> getStatuses() {
        return List.of(Status.values());
    }

    public long getPageCount() {
        return getResult().pageCount();
    }

    public boolean isHasPrevious() {
        return getResult().page() > 1;
    }

    public boolean isHasNext() {
        return getResult().page() < getPageCount();
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = gemeente;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isSupported() {
        return supported;
    }

    public void setSupported(boolean supported) {
        this.supported = supported;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isProposed() {
        return proposed;
    }

    public void setProposed(boolean proposed) {
        this.proposed = proposed;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
