package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.Outcome;

/** What CoPs shared with everyone: outcomes marked "gedeeld", newest first, paged. */
@Named("sharedOutcomes")
@RequestScoped
public class SharedOutcomesPage {

    static final int PAGE_SIZE = 20;

    @Inject
    OutcomeService outcomes;

    private int page = 1;
    private List<Outcome> items;

    public List<Outcome> getItems() {
        if (items == null) {
            items = outcomes.sharedOutcomes(page, PAGE_SIZE + 1);
        }
        return items.stream().limit(PAGE_SIZE).toList();
    }

    public boolean isHasNext() {
        getItems();
        return items.size() > PAGE_SIZE;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
