package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.signal.SignalAction;

/**
 * The knelpunten in the signal (forms {@code toevoegen} and {@code knelpunten-form}): the candidates the coordinator can
 * still add, found with {@link CandidateSearchForm}, adding the ticked ones, and taking one out of a concept.
 */
@Named("signalKnelpunten")
@RequestScoped
public class SignalKnelpuntenForm extends SignalForm {

    @Inject
    SignalQueries queries;

    @Inject
    SignalDrafts drafts;

    @Inject
    CandidateSearchForm candidateSearch;

    private List<Bottleneck> candidates;
    private List<String> selected = new ArrayList<>();

    /** Knelpunten the coordinator can still add (while the table allows adding). */
    public List<Bottleneck> getCandidates() {
        if (candidates == null) {
            candidates = page.may(SignalAction.KNELPUNT_TOEVOEGEN) ? queries.candidates(page.getView().signal(),
                    candidateSearch.getSearch(), CandidateSearchForm.chosen("toevoegen:kandidaten"), page.caller()) : List.of();
        }
        return candidates;
    }

    public String attach() {
        candidates = null;
        return after(feedback.run(() -> drafts.attach(page.getRef(), selected, null, page.caller()), "signal.attached",
                Map.of("knelpunten", "toevoegen:kandidaten"), null));
    }

    public String detach(String knelpunt) {
        candidates = null;
        return after(feedback.run(() -> drafts.detach(page.getRef(), knelpunt, page.caller()), "signal.detached", Map.of(), null));
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
