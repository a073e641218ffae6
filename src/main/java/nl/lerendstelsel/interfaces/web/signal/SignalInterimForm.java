package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalService;

/**
 * The ministry's interim answer (form {@code tussenbericht}): what happens next and by when; the answer deadline moves
 * to that date. The texts stay in the form when it is refused.
 */
@Named("signalInterim")
@RequestScoped
public class SignalInterimForm extends SignalForm {

    @Inject
    SignalService service;

    private String text;
    private LocalDate due;

    public String send() {
        return after(feedback.run(() -> service.interimAnswer(page.getRef(), text, due, null, page.caller()), "signal.interim.sent",
                Map.of("tekst", "tussenbericht:tekst", "nieuweDatum", "tussenbericht:datum"), null));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
