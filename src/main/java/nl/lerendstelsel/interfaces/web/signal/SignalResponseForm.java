package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.domain.model.signal.Decision;

/**
 * The ministry's formal response (form {@code beantwoorden}): decision, forum of a referral and text, published after
 * the page asked to confirm ({@link SignalPage#askRespond()}); it gives every knelpunt in the signal its outcome.
 */
@Named("signalResponse")
@RequestScoped
public class SignalResponseForm extends SignalForm {

    @Inject
    SignalService service;

    private String response;
    private Decision decision;
    private String forum;

    public String respond() {
        return after(feedback.run(() -> service.respond(page.getRef(), decision, response, forum, null, page.caller()), "signal.responded",
                Map.of("antwoord", "beantwoorden:tekst", "besluit", "beantwoorden:besluit", "forum", "beantwoorden:forum"), null));
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getForum() {
        return forum;
    }

    public void setForum(String forum) {
        this.forum = forum;
    }
}
