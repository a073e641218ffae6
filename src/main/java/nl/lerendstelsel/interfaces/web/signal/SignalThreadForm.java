package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalService;

/**
 * The clarification thread (forms {@code vragen}, {@code vragen-beantwoorden} and {@code overleg}): the ministry's
 * questions, the coordinator's answer, and messages from either side. A refused text stays in its form.
 */
@Named("signalThread")
@RequestScoped
public class SignalThreadForm extends SignalForm {

    @Inject
    SignalService service;

    private String questions;
    private String answer;
    private String message;

    public String ask() {
        return after(feedback.run(() -> service.askQuestions(page.getRef(), questions, page.caller()), "signal.asked", Map.of(),
                "vragen:tekst"));
    }

    public String answerQuestions() {
        return after(feedback.run(() -> service.answerQuestions(page.getRef(), answer, page.caller()), "signal.questionsAnswered",
                Map.of(), "vragen-beantwoorden:tekst"));
    }

    public String write() {
        return after(feedback.run(() -> service.write(page.getRef(), message, page.caller()), "signal.messageSent", Map.of(),
                "overleg:tekst"));
    }


    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
