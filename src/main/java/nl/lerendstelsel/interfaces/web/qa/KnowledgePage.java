package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** The public kennisbank with filters; signed-in people also see what the CoPs shared. */
@Named("knowledge")
@RequestScoped
public class KnowledgePage {

    static final int PAGE_SIZE = 20;

    @Inject
    KnowledgeService service;

    @Inject
    OutcomeService outcomes;

    @Inject
    CurrentUser currentUser;

    private String type;
    private String theme;
    private int page = 1;
    private KnowledgeService.Page result;

    public KnowledgeService.Page getResult() {
        if (result == null) {
            KnowledgeType chosen = null;
            try {
                chosen = type == null || type.isBlank() ? null : KnowledgeType.valueOf(type);
            } catch (IllegalArgumentException e) {
                chosen = null;
            }
            result = service.list(chosen, theme, page, PAGE_SIZE);
        }
        return result;
    }

    public long getPageCount() {
        return Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
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

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
