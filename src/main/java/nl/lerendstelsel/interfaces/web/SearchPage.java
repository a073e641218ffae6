package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.search.SearchService;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** The search page (public; signed-in people also find the knelpunten and discussions they may see). */
@Named("searchPage")
@RequestScoped
public class SearchPage {

    @Inject
    SearchService search;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String kind;
    private String theme;
    private List<SearchService.Result> results;
    private List<String> suggestions;

    public List<SearchService.Result> getResults() {
        if (results == null) {
            Set<ContentChanged.Kind> kinds = EnumSet.noneOf(ContentChanged.Kind.class);
            if (kind != null && !kind.isBlank()) {
                try {
                    kinds.add(ContentChanged.Kind.valueOf(kind));
                } catch (IllegalArgumentException e) {
                    // an unknown kind filters nothing
                }
            }
            results = search.search(q, kinds, theme, currentUser.caller(), 30);
        }
        return results;
    }

    /** Ajax while typing. */
    public void suggest() {
        suggestions = search.suggest(q, currentUser.caller());
    }

    public List<String> getSuggestions() {
        return suggestions == null ? List.of() : suggestions;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public List<ContentChanged.Kind> getKinds() {
        return currentUser.caller().isPresent() ? List.of(ContentChanged.Kind.values())
                : List.of(ContentChanged.Kind.QA, ContentChanged.Kind.KENNIS, ContentChanged.Kind.PRAKTIJK);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
