package nl.lerendstelsel.interfaces.web.practice;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.application.practice.PracticeFromOutcome;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * "Maak er een praktijkvoorbeeld van" on a CoP outcome's page (form {@code praktijk-maken}, {@code ?id=} of the outcome):
 * offered to whoever may edit a good practice not made into one yet; afterwards the page links the practice.
 */
@Named("outcomePractice")
@RequestScoped
public class OutcomePracticeForm {

    @Inject
    PracticeFromOutcome fromOutcome;

    @Inject
    OutcomeService outcomes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long outcomeId;
    private PracticeExample made;
    private boolean madeRead;

    @PostConstruct
    void readParameter() {
        outcomeId = RequestParameters.number("id");
    }

    public boolean isOffered() {
        if (outcomeId == null || currentUser.caller().isEmpty()) {
            return false;
        }
        try {
            Outcome outcome = outcomes.outcome(outcomeId, currentUser.caller().get());
            return fromOutcome.offered(outcome, currentUser.caller().get());
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The practice made of the outcome, when the reader may see it (null otherwise). */
    public PracticeExample getPractice() {
        if (!madeRead && outcomeId != null) {
            madeRead = true;
            made = currentUser.caller().flatMap(c -> fromOutcome.madeOf(outcomeId, c)).orElse(null);
        }
        return made;
    }

    /** Makes the draft and opens it in the practice form. */
    public String draft() {
        Long[] id = new Long[1];
        if (!feedback.run(() -> id[0] = fromOutcome.draft(outcomeId, currentUser.caller().orElseThrow()).getId(),
                "practice.done.fromOutcome", Map.of(), null)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/praktijkvoorbeelden/bewerken.xhtml?faces-redirect=true&id=" + id[0];
    }
}
