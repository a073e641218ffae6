package nl.lerendstelsel.interfaces.web.practice;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.practice.PracticeInput;
import nl.lerendstelsel.application.practice.PracticeQueries;
import nl.lerendstelsel.application.practice.PracticeService;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeStatus;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.NotFound;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * Writing a practice example ({@code /app/praktijkvoorbeelden/bewerken.xhtml}, {@code ?id=} to change one): its author
 * saves a concept, or saves and submits it for review at once. A change makes a published one a concept again (the page
 * says so). Errors and personal-data findings show at their fields.
 */
@Named("practiceEditor")
@RequestScoped
public class PracticeEditorPage {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("titel", "praktijk:titel"),
            Map.entry("gemeenten", "praktijk:gemeenten"), Map.entry("regio", "praktijk:regio"), Map.entry("themas", "praktijk:themas"),
            Map.entry("aanpak", "praktijk:aanpak"), Map.entry("partners", "praktijk:partners"),
            Map.entry("resultaten", "praktijk:resultaten"), Map.entry("aandachtspunten", "praktijk:aandachtspunten"),
            Map.entry("status", "praktijk:status"), Map.entry("van", "praktijk:van"), Map.entry("tot", "praktijk:tot"),
            Map.entry("contactrol", "praktijk:contactrol"));

    @Inject
    PracticeService service;

    @Inject
    PracticeQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private Long version;
    private PracticeExample shown;
    private String title;
    private List<String> gemeenten = new ArrayList<>();
    private String region;
    private List<String> themes = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    private String approach;
    private String partners;
    private String results;
    private String pointsOfAttention;
    private PracticeStatus status = PracticeStatus.LOPEND;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String contactRole;

    @PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
        version = RequestParameters.number("versie");
    }

    /** {@code <f:viewAction>}: fills the form with the practice (404 when the writer may not change it). */
    public void load() throws IOException {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            PracticeQueries.View view = queries.view(id, currentUser.caller());
            if (!view.rights().edit()) {
                throw new NotFoundException(Message.of("notFound.practice", String.valueOf(id)));
            }
            fill(view.practice());
        } catch (NotFoundException e) {
            NotFound.answer("Onbekend praktijkvoorbeeld");
        }
    }

    private void fill(PracticeExample p) {
        shown = p;
        version = p.getVersion();
        title = p.getTitle();
        gemeenten = new ArrayList<>(p.getGemeenten().stream().map(Organisation::getCode).toList());
        region = p.getRegion() == null ? null : p.getRegion().getCode();
        themes = new ArrayList<>(p.getThemes().stream().map(Theme::getCode).toList());
        targetGroups = new ArrayList<>(p.getTargetGroups().stream().map(TargetGroup::name).toList());
        approach = p.getApproach();
        partners = p.getPartners();
        results = p.getResults();
        pointsOfAttention = p.getPointsOfAttention();
        status = p.getStatus();
        periodFrom = p.getPeriodFrom();
        periodTo = p.getPeriodTo();
        contactRole = p.getContactRole();
    }

    /** Saves a concept. */
    public String save() {
        return save(false);
    }

    /** Saves and submits it for review. */
    public String saveAndSubmit() {
        return save(true);
    }

    private String save(boolean submit) {
        var caller = currentUser.caller().orElseThrow();
        List<TargetGroup> groups = targetGroups.stream().map(g -> TargetGroup.ofCode(g).orElse(null)).toList();
        PracticeInput input = new PracticeInput(title, gemeenten, region, themes, groups, approach, partners, results,
                pointsOfAttention, status, periodFrom, periodTo, contactRole);
        if (!feedback.run(() -> {
            id = id == null ? service.create(input, caller).getId() : service.update(id, input, version, caller).getId();
            if (submit) {
                service.submit(id, caller);
            }
        }, submit ? "practice.done.submitted" : "practice.done.saved", FIELDS, null)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/praktijkvoorbeelden/praktijk.xhtml?faces-redirect=true&id=" + id;
    }

    /** The practice as it was loaded (null for a new one, and on a postback). */
    public Optional<PracticeExample> getShown() {
        return Optional.ofNullable(shown);
    }

    public TargetGroup[] getTargetGroupValues() {
        return TargetGroup.values();
    }

    public PracticeStatus[] getStatuses() {
        return PracticeStatus.values();
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getGemeenten() {
        return gemeenten;
    }

    public void setGemeenten(List<String> gemeenten) {
        this.gemeenten = gemeenten;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    /** The chosen target groups by name ({@code STATUSHOUDERS}). */
    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getPointsOfAttention() {
        return pointsOfAttention;
    }

    public void setPointsOfAttention(String pointsOfAttention) {
        this.pointsOfAttention = pointsOfAttention;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public void setStatus(PracticeStatus status) {
        this.status = status;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getContactRole() {
        return contactRole;
    }

    public void setContactRole(String contactRole) {
        this.contactRole = contactRole;
    }
}
