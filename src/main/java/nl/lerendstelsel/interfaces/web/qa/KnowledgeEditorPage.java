package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/** Adding, changing or removing (with confirmation) a kennisbank item. */
@Named("knowledgeEditor")
@RequestScoped
public class KnowledgeEditorPage {

    @Inject
    KnowledgeService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private String title;
    private String source;
    private LocalDate publishedOn;
    private String summary;
    private String link;
    private KnowledgeType type = KnowledgeType.HANDREIKING;
    private List<String> themes = new ArrayList<>();
    private boolean confirmRemove;

    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
    }

    /** {@code <f:viewAction>}: fills the form, or answers 404 for an unknown item. */
    public void load() throws java.io.IOException {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            KnowledgeItem k;
            try {
                k = service.get(id);
            } catch (nl.lerendstelsel.application.NotFoundException e) {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Onbekend kennisitem");
                FacesContext.getCurrentInstance().responseComplete();
                return;
            }
            title = k.getTitle();
            source = k.getSource();
            publishedOn = k.getPublishedOn();
            summary = k.getSummary();
            link = k.getLink();
            type = k.getType();
            themes = new ArrayList<>(k.getThemes().stream().map(Theme::getCode).toList());
        }
    }

    public String save() {
        if (feedback.run(() -> service.save(id, new KnowledgeService.ItemInput(title, source, publishedOn, summary, link, type, themes),
                        currentUser.caller().orElseThrow()), "knowledge.saved",
                Map.of("titel", "kennis:titel", "bron", "kennis:bron", "datum", "kennis:datum", "samenvatting", "kennis:samenvatting",
                        "link", "kennis:link", "soort", "kennis:soort", "themas", "kennis:themas"), null)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/kennisbank/index.xhtml?faces-redirect=true";
        }
        return null;
    }

    public String askRemove() {
        confirmRemove = true;
        return null;
    }

    public String remove() {
        if (feedback.run(() -> service.remove(id, currentUser.caller().orElseThrow()), "knowledge.removed", Map.of(), null)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/kennisbank/index.xhtml?faces-redirect=true";
        }
        return null;
    }

    public KnowledgeType[] getTypes() {
        return KnowledgeType.values();
    }

    public boolean isConfirmRemove() {
        return confirmRemove;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public KnowledgeType getType() {
        return type;
    }

    public void setType(KnowledgeType type) {
        this.type = type;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }
}
