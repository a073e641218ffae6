package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalService;

/**
 * The steps without texts of their own, and closing (forms {@code indienen}, {@code ministerie} and {@code sluiten}):
 * the coordinator submits (after confirming), the ministry acknowledges and takes it in hand, either closes it.
 */
@Named("signalStep")
@RequestScoped
public class SignalStepForm extends SignalForm {

    @Inject
    SignalService service;

    private String closeNote;

    public String submit() {
        return after(feedback.run(() -> service.submit(page.getRef(), null, page.caller()), "signal.submitted.done", Map.of(), null));
    }

    public String acknowledge() {
        return after(feedback.run(() -> service.acknowledge(page.getRef(), page.caller()), "signal.acknowledged", Map.of(), null));
    }

    public String takeInHand() {
        return after(feedback.run(() -> service.takeInHand(page.getRef(), page.caller()), "signal.takenInHand", Map.of(), null));
    }

    public String close() {
        return after(feedback.run(() -> service.close(page.getRef(), closeNote, page.caller()), "signal.closed", Map.of(),
                "sluiten:toelichting"));
    }


    public String getCloseNote() {
        return closeNote;
    }

    public void setCloseNote(String closeNote) {
        this.closeNote = closeNote;
    }
}
