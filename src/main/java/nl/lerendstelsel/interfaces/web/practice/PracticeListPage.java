package nl.lerendstelsel.interfaces.web.practice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import nl.lerendstelsel.application.practice.PracticeQueries;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeFilter;
import nl.lerendstelsel.domain.model.practice.PracticeStatus;
import nl.lerendstelsel.domain.model.text.Texts;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.PagedList;
import nl.lerendstelsel.interfaces.web.ReferenceData;

/**
 * The lists of practice examples: the public catalogue, filtered by theme, region, province, gemeente, target group and
 * status ({@code ?thema=&regio=&provincie=&gemeente=&doelgroep=&status=&pagina=}); the writer's own; and the editors'
 * queue of submitted ones.
 */
@Named("practices")
@RequestScoped
public class PracticeListPage extends PagedList {

    static final int PAGE_SIZE = 20;

    @Inject
    PracticeQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceData referenceData;

    private String theme;
    private String region;
    private String province;
    private String gemeente;
    private String targetGroup;
    private String status;
    private PracticeQueries.Page result;
    private PracticeQueries.Page inReview;

    public PracticeQueries.Page getResult() {
        if (result == null) {
            PracticeFilter filter = new PracticeFilter(Texts.blankToNull(theme), Texts.blankToNull(region), Texts.blankToNull(province),
                    Texts.blankToNull(gemeente), TargetGroup.ofCode(targetGroup).orElse(null), statusChosen());
            result = queries.catalogue(filter, getPage(), PAGE_SIZE);
        }
        return result;
    }

    private PracticeStatus statusChosen() {
        return java.util.Arrays.stream(PracticeStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    public long getPageCount() {
        return pageCount(getResult().total(), PAGE_SIZE);
    }

    /** The writer's own practices, in every stage. */
    public List<PracticeExample> getMine() {
        return currentUser.caller().map(c -> queries.mine(c, 100)).orElse(List.of());
    }

    /** The editors' queue: submitted practices, a page at a time. */
    public PracticeQueries.Page getInReview() {
        if (inReview == null) {
            inReview = queries.inReview(currentUser.caller().orElseThrow(), getPage(), PAGE_SIZE);
        }
        return inReview;
    }

    public long getReviewPageCount() {
        return pageCount(getInReview().total(), PAGE_SIZE);
    }

    /** Whether the signed-in person writes practice examples (professionals and facilitators). */
    public boolean isWriter() {
        return currentUser.hasRole("professional") || currentUser.hasRole("facilitator");
    }

    /** The provinces of the gemeenten, by name. */
    public List<String> getProvinces() {
        return referenceData.getGemeenten().stream().map(Organisation::getProvince).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }

    public PracticeStatus[] getStatuses() {
        return PracticeStatus.values();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = gemeente;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
