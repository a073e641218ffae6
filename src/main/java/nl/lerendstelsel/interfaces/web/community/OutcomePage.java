package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeRevision;
import nl.lerendstelsel.domain.model.community.OutcomeRights;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import nl.lerendstelsel.interfaces.web.Shown;
import nl.lerendstelsel.interfaces.web.TitleFields;

/**
 * One CoP outcome: title, kind, text, where it came from (meeting, discussion, CoP), themes and place, whether it is
 * shared, and for members its earlier versions. Its author or a facilitator edits it here ({@code ?bewerken=1}); a
 * facilitator shares it or takes sharing back, after confirming ({@code bevestig=delen} or {@code intrekken}).
 */
@Named("outcomePage")
@RequestScoped
public class OutcomePage extends TitleFields {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private final Shown<OutcomeService.OutcomeView> view = new Shown<>("outcome.missing", "outcome.missing");
    /** Which question shows: "delen" or "intrekken" (it travels with the form as a plain field "bevestig"). */
    private String confirm;
    private boolean editing;
    private Long version;
    private List<String> themes = new ArrayList<>();
    private String gemeente;
    private String region;

    /**
     * The page's {@code id} also travels with every form as a plain field, read here before the page decides which
     * forms and buttons exist on a postback (view parameters reach the bean only after that).
     */
    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
        String asked = RequestParameters.text("bevestig");
        confirm = "delen".equals(asked) || "intrekken".equals(asked) ? asked : null;
        editing = "1".equals(RequestParameters.text("bewerken"));
    }

    /** Fills the edit form from the outcome as it is (not on a postback, which carries what was typed). */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && getOutcome() != null) {
            Outcome o = getOutcome();
            version = o.getVersion();
            setTitle(o.getTitle());
            setDescription(o.getDescription());
            themes = new ArrayList<>(o.getThemes().stream().map(Theme::getCode).toList());
            gemeente = o.getGemeente() == null ? null : o.getGemeente().getCode();
            region = o.getRegion() == null ? null : o.getRegion().getCode();
        }
    }

    private OutcomeService.OutcomeView read() {
        return service.view(id, caller());
    }

    public Outcome getOutcome() {
        OutcomeService.OutcomeView v = view.get(id, this::read);
        return v == null ? null : v.outcome();
    }

    public OutcomeRights getRights() {
        OutcomeService.OutcomeView v = view.get(id, this::read);
        return v == null ? new OutcomeRights(false, false, false, false) : v.rights();
    }

    /** Earlier versions, newest first. */
    public List<OutcomeRevision> getRevisions() {
        OutcomeService.OutcomeView v = view.get(id, this::read);
        if (v == null) {
            return List.of();
        }
        List<OutcomeRevision> newestFirst = new ArrayList<>(v.revisions());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Why the outcome is not shown (message key), or null. */
    public String getProblem() {
        return view.problem(id, this::read);
    }

    public String save() {
        OutcomeService.OutcomeChange change = new OutcomeService.OutcomeChange(getTitle(), getDescription(), themes, gemeente, region);
        if (!feedback.run(() -> service.edit(id, change, version, caller()), "outcome.saved",
                Map.of("titel", "bewerken:titel", "omschrijving", "bewerken:omschrijving", "themas", "bewerken:themas",
                        "gemeente", "bewerken:gemeente", "regio", "bewerken:regio"), null)) {
            editing = true;
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/cops/opbrengst.xhtml?faces-redirect=true&id=" + id;
    }

    /** Sharing (or taking it back) is confirmed first: this shows the question, {@link #confirmShare()} does it. */
    public String askShare() {
        confirm = getOutcome() != null && getOutcome().isShared() ? "intrekken" : "delen";
        return null;
    }

    public String confirmShare() {
        boolean share = "delen".equals(confirm);
        if (!feedback.run(() -> service.share(id, share, caller()), share ? "outcome.shareDone" : "outcome.unshareDone",
                Map.of(), null)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/cops/opbrengst.xhtml?faces-redirect=true&id=" + id;
    }

    public String cancelShare() {
        confirm = null;
        return null;
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getConfirm() {
        return confirm;
    }

    public boolean isEditing() {
        return editing && getRights().edit();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
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
}
