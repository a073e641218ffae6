package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.BottleneckService;
import nl.lerendstelsel.application.DuplicateService;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Tags;
import nl.lerendstelsel.infrastructure.security.CurrentUser;

/**
 * The form to report a knelpunt. On success: redirect to the new knelpunt (POST-redirect-GET). When the
 * personal-data guard finds something, nothing is stored and each finding is shown at its field, with its
 * position, so the author can remove it; what was typed stays in the form.
 */
@Named("reportBottleneck")
@RequestScoped
public class ReportBottleneckPage {

    /** Form field ids, by the service's field names, to put messages where they belong. */
    static final Map<String, String> FIELD_IDS = Map.of(
            "titel", "melden:titel", "omschrijving", "melden:omschrijving", "thema", "melden:thema",
            "gemeente", "melden:gemeente", "doelgroep", "melden:doelgroep", "oplossingsrichting", "melden:oplossing",
            "organisatie", "melden", "tags", "melden:tags");

    @Inject
    BottleneckService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext facesContext;

    @Inject
    Language language;

    private String title;
    private String description;
    private String themeCode;
    private String gemeenteCode;
    private String affectedGroup;
    private EstimatedScale estimatedScale;
    private String proposedSolution;
    private List<DuplicateService.Similar> similar;
    private boolean restricted;
    private String tagText;

    /** The tags as typed, separated by commas. */
    public String getTagText() {
        return tagText;
    }

    public void setTagText(String tagText) {
        this.tagText = tagText;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    @Inject
    DuplicateService duplicates;

    public String submit() {
        try {
            Bottleneck created = service.report(new BottleneckService.NewBottleneck(title, description, themeCode,
                    gemeenteCode, affectedGroup, estimatedScale, proposedSolution, restricted, Tags.fromText(tagText)), currentUser.caller().orElseThrow());
            facesContext.getExternalContext().getFlash().put("melding", created.getReference());
            return "/app/knelpunten/detail.xhtml?faces-redirect=true&ref=" + created.getReference();
        } catch (PersonalDataRejectedException e) {
            e.findings().forEach((field, findings) -> findings.forEach(finding -> error(field,
                    finding.message(language.getLocale()))));
            error(null, Messages.get(facesContext, "bottleneck.privacy.summary"));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::error);
        }
        return null;
    }

    private void error(String field, String text) {
        String clientId = field == null ? null : FIELD_IDS.getOrDefault(field, null);
        facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Similar knelpunten for what has been typed so far (ajax, while typing the title). */
    public List<DuplicateService.Similar> getSimilar() {
        if (similar == null) {
            similar = title == null || title.strip().length() < 4 ? List.of() : duplicates.similar(title, description, null, 5,
                    service.viewer(currentUser.caller().orElseThrow()));
        }
        return similar;
    }

    public void suggest() {
        similar = null;
    }

    public List<EstimatedScale> getScales() {
        return List.of(EstimatedScale.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
}
