package nl.lerendstelsel.interfaces.web.signal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * Finding the knelpunten to put in a signal, on the new-signal form and on a signal's page (the include
 * {@code candidate-search.xhtml}): words, theme, region, gemeente and a least number of supporting organisations, read as
 * plain fields ("zoek", "thema", "regio", "gemeente", "steun") when the request starts, so the list the checkboxes are
 * checked against is the list that was shown.
 */
@Named("candidateSearch")
@RequestScoped
public class CandidateSearchForm {

    /** The least numbers of supporting organisations one can choose. */
    private static final List<Integer> SUPPORT_STEPS = List.of(1, 2, 3, 5);

    private SignalQueries.CandidateSearch search = SignalQueries.CandidateSearch.NONE;

    @PostConstruct
    void read() {
        Long support = RequestParameters.number("steun");
        search = new SignalQueries.CandidateSearch(RequestParameters.text("zoek"), RequestParameters.text("thema"),
                RequestParameters.text("regio"), RequestParameters.text("gemeente"),
                support == null || support > Integer.MAX_VALUE ? null : support.intValue());
    }

    /** The references ticked in the request's checkbox list {@code name} (before the model has them). */
    static List<String> chosen(String name) {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get(name);
        return values == null ? List.of() : List.of(values);
    }

    public SignalQueries.CandidateSearch getSearch() {
        return search;
    }

    /** Shows the page again with the candidates narrowed by what was filled in; what was typed and chosen stays. */
    public String find() {
        return null;
    }

    public boolean isSearching() {
        return !search.equals(SignalQueries.CandidateSearch.NONE);
    }

    public String getWords() {
        return search.words();
    }

    public String getTheme() {
        return search.themeCode();
    }

    public String getRegion() {
        return search.regionCode();
    }

    public String getGemeente() {
        return search.gemeenteCode();
    }

    public Integer getMinSupport() {
        return search.minSupport();
    }

    public List<Integer> getSupportSteps() {
        return SUPPORT_STEPS;
    }
}
