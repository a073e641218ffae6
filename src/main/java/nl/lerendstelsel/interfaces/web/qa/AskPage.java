package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.qa.QuestionService;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;

/** Asking a question for the Q&A base, and the questions one asked with what became of them. */
@Named("ask")
@RequestScoped
public class AskPage {

    @Inject
    QuestionService questions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private String text;
    private String theme;

    public String submit() {
        if (feedback.run(() -> questions.ask(text, theme, currentUser.caller().orElseThrow()), "ask.done",
                Map.of("vraag", "vragen:vraag", "thema", "vragen:thema"), "vragen:vraag")) {
            text = null;
            theme = null;
        }
        return null;
    }

    public List<Question> getMine() {
        return questions.myQuestions(currentUser.caller().orElseThrow());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
