package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/** Setting up a CoP (admins) or describing it (its facilitators); admins also appoint facilitators here. */
@Named("copForm")
@RequestScoped
public class CommunityFormPage {

    @Inject
    CommunityService service;

    @Inject
    MembershipService memberships;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private Long version;
    private String name;
    private String description;
    private MembershipMode mode = MembershipMode.OP_AANVRAAG;
    private List<String> themes = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private String facilitatorUsername;


    /**
     * The page's {@code id} also travels with every form as a plain field, read here before the page decides which
     * forms and buttons exist on a postback (view parameters reach the bean only after that).
     */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
    }

    public void load() {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            Community c = service.load(id);
            version = c.getVersion();
            name = c.getName();
            description = c.getDescription();
            mode = c.getMembershipMode();
            themes = new ArrayList<>(c.getThemes().stream().map(Theme::getCode).toList());
            regions = new ArrayList<>(c.getRegions().stream().map(LabourMarketRegion::getCode).toList());
        }
    }

    public String save() {
        CommunityService.CommunityInput input = new CommunityService.CommunityInput(name, description, mode, themes, regions);
        Community[] saved = new Community[1];
        if (feedback.run(() -> saved[0] = id == null ? service.create(input, currentUser.caller().orElseThrow())
                        : service.update(id, input, version, currentUser.caller().orElseThrow()), null,
                Map.of("naam", "cop-form:naam", "omschrijving", "cop-form:omschrijving", "lidmaatschap", "cop-form:modus",
                        "themas", "cop-form:themas", "regios", "cop-form:regios"), null)) {
            return "/app/cops/cop.xhtml?faces-redirect=true&id=" + saved[0].getId();
        }
        return null;
    }

    public String appoint() {
        if (feedback.run(() -> memberships.appoint(id, facilitatorUsername, true, currentUser.caller().orElseThrow()), "cop.appointed",
                Map.of("gebruikersnaam", "facilitator-form:gebruikersnaam"), "facilitator-form:gebruikersnaam")) {
            facilitatorUsername = null;
        }
        return null;
    }

    public MembershipMode[] getModes() {
        return MembershipMode.values();
    }

    public boolean isAdmin() {
        return currentUser.getUser() != null && currentUser.getUser().has(nl.lerendstelsel.domain.model.user.Role.ADMIN);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public MembershipMode getMode() {
        return mode;
    }

    public void setMode(MembershipMode mode) {
        this.mode = mode;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions;
    }

    public String getFacilitatorUsername() {
        return facilitatorUsername;
    }

    public void setFacilitatorUsername(String facilitatorUsername) {
        this.facilitatorUsername = facilitatorUsername;
    }
}
