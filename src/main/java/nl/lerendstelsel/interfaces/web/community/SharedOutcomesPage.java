package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.text.Texts;
import nl.lerendstelsel.interfaces.web.PagedList;

/** What CoPs shared with everyone: outcomes marked "gedeeld", newest first, paged, filtered by theme and kind. */
@Named("sharedOutcomes")
@RequestScoped
public class SharedOutcomesPage extends PagedList {

    static final int PAGE_SIZE = 20;

    @Inject
    OutcomeService outcomes;

    private String theme;
    private String kind;
    private List<Outcome> items;

    public List<Outcome> getItems() {
        if (items == null) {
            items = outcomes.sharedOutcomes(theme, kindOrNull(), getPage(), PAGE_SIZE + 1);
        }
        return items.stream().limit(PAGE_SIZE).toList();
    }

    public boolean isHasNext() {
        getItems();
        return items.size() > PAGE_SIZE;
    }

    private OutcomeKind kindOrNull() {
        for (OutcomeKind k : OutcomeKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    public boolean isFiltered() {
        return theme != null || kindOrNull() != null;
    }

    public List<OutcomeKind> getKinds() {
        return List.of(OutcomeKind.values());
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = Texts.blankToNull(theme);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
