package nl.lerendstelsel.interfaces.web.bottleneck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Tags;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.interfaces.web.TitleFields;

/** The fields of the knelpunt form, shared by the report page and the edit page. */
public abstract class BottleneckFormFields extends TitleFields {

    private static final long serialVersionUID = 1L;

    private String themeCode;
    private String gemeenteCode;
    private String affectedGroup;
    private EstimatedScale estimatedScale;
    private String proposedSolution;
    private boolean restricted;
    private String tagText;
    private List<String> targetGroups = new ArrayList<>();

    /** What the form holds, for the service. */
    protected BottleneckReporting.NewBottleneck toInput() {
        return new BottleneckReporting.NewBottleneck(getTitle(), getDescription(), themeCode, gemeenteCode, affectedGroup, estimatedScale,
                proposedSolution, restricted, Tags.fromText(tagText))
                .withTargetGroups(targetGroups.stream().map(TargetGroup::ofCode).flatMap(Optional::stream).collect(Collectors.toSet()));
    }

    /** Fills the form with a knelpunt's current values. */
    protected void fill(Bottleneck b) {
        setTitle(b.getTitle());
        setDescription(b.getDescription());
        themeCode = b.getTheme().getCode();
        gemeenteCode = b.getGemeente().getCode();
        affectedGroup = b.getAffectedGroup();
        estimatedScale = b.getEstimatedScale();
        proposedSolution = b.getProposedSolution();
        restricted = b.isRestricted();
        tagText = String.join(", ", b.getTags());
        targetGroups = new ArrayList<>(b.getTargetGroups().stream().map(TargetGroup::name).toList());
    }

    /** The target groups to choose from. */
    public List<TargetGroup> getTargetGroupChoices() {
        return List.of(TargetGroup.values());
    }

    /** The names of the chosen target groups ({@code STATUSHOUDERS}, …). */
    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }

    public List<EstimatedScale> getScales() {
        return List.of(EstimatedScale.values());
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public String getGemeenteCode() {
        return gemeenteCode;
    }

    public void setGemeenteCode(String gemeenteCode) {
        this.gemeenteCode = gemeenteCode;
    }

    public String getAffectedGroup() {
        return affectedGroup;
    }

    public void setAffectedGroup(String affectedGroup) {
        this.affectedGroup = affectedGroup;
    }

    public EstimatedScale getEstimatedScale() {
        return estimatedScale;
    }

    public void setEstimatedScale(EstimatedScale estimatedScale) {
        this.estimatedScale = estimatedScale;
    }

    public String getProposedSolution() {
        return proposedSolution;
    }

    public void setProposedSolution(String proposedSolution) {
        this.proposedSolution = proposedSolution;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    /** The tags as typed, separated by commas. */
    public String getTagText() {
        return tagText;
    }

    public void setTagText(String tagText) {
        this.tagText = tagText;
    }
}
