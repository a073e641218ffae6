package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeStatus;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.PagedList;

/**
 * The public kennisbank with filters (type, theme); signed-in people also see what the CoPs shared. Editors can also
 * list the concepts and the archived items, and see the concepts waiting to be published on the editorial page.
 */
@Named("knowledge")
@RequestScoped
public class KnowledgePage extends PagedList {

    static final int PAGE_SIZE = 20;

    @Inject
    KnowledgeService service;

    @Inject
    OutcomeService outcomes;

    @Inject
    CurrentUser currentUser;

    private String type;
    private String theme;
    private String status;
    private KnowledgeService.Page result;
    private KnowledgeService.Page concepts;

    public KnowledgeService.Page getResult() {
        if (result == null) {
            KnowledgeType chosen = choice(KnowledgeType.class, type);
            KnowledgeStatus shown = isEditor() ? choice(KnowledgeStatus.class, status) : null;
            result = service.list(shown, chosen, theme, getPage(), PAGE_SIZE, currentUser.caller());
        }
        return result;
    }

    private static <E extends Enum<E>> E choice(Class<E> kind, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(kind, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isEditor() {
        return currentUser.hasRole("editor") || currentUser.hasRole("admin");
    }

    /** The editors' worklist: concepts waiting to be published (the first {@value #PAGE_SIZE}). */
    public KnowledgeService.Page getConcepts() {
        if (concepts == null) {
            concepts = service.concepts(currentUser.caller().orElseThrow(), PAGE_SIZE);
        }
        return concepts;
    }

    /** Whether the list shows something other than the published items (an editor's choice). */
    public boolean isOtherStatus() {
        return isEditor() && choice(KnowledgeStatus.class, status) != null && choice(KnowledgeStatus.class, status) != KnowledgeStatus.GEPUBLICEERD;
    }

    public KnowledgeStatus[] getStatuses() {
        return KnowledgeStatus.values();
    }

    public long getPageCount() {
        return pageCount(getResult().total(), PAGE_SIZE);
    }

    public List<Outcome> getSharedOutcomes() {
        return currentUser.caller().isPresent() ? outcomes.sharedOutcomes(1, 10) : List.of();
    }

    public KnowledgeType[] getTypes() {
        return KnowledgeType.values();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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
}
