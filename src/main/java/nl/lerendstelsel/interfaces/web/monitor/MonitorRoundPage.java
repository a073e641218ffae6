package nl.lerendstelsel.interfaces.web.monitor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.monitor.MonitorAnswering;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.monitor.Answer;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.MonitorResponse;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import nl.lerendstelsel.interfaces.web.Shown;

/**
 * A monitor round: for who runs it its state and the steps (edit the draft, open, close, the results); for a
 * professional of an organisation it asks, the questions to fill in — saved as a draft, submitted once — and, once
 * submitted, the organisation's answers beside its region's and the country's figures.
 */
@Named("monitorRound")
@RequestScoped
public class MonitorRoundPage {

    @Inject
    MonitorService service;

    @Inject
    MonitorAnswering answering;

    @Inject
    MonitorResults results;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private final Shown<MonitorRound> round = new Shown<>("monitor.missing", "monitor.missing");
    private MonitorResponse response;
    private List<AnswerRow> rows;
    private MonitorResults.OwnView ownView;

    /** One question in the form, with what the organisation answered so far. */
    public static final class AnswerRow {

        private final MonitorQuestion question;
        private String single;
        private List<String> multiple = new ArrayList<>();
        private String number;
        private String text;

        AnswerRow(MonitorQuestion question, Answer answer) {
            this.question = question;
            if (question.getKind() == QuestionKind.MEERVOUDIGE_KEUZE) {
                multiple = new ArrayList<>(answer.choices());
            } else if (!answer.choices().isEmpty()) {
                single = answer.choices().get(0);
            }
            if (answer.number() != null) {
                if (question.getKind() == QuestionKind.SCHAAL) {
                    single = MonitorQuestion.plain(answer.number());
                } else {
                    number = MonitorQuestion.plain(answer.number()).replace('.', ',');
                }
            }
            text = answer.text();
        }

        /** The answer as given, or {@code null} when the number cannot be read. */
        Answer answer() {
            return switch (question.getKind()) {
                case ENKELVOUDIGE_KEUZE, JA_NEE -> new Answer(single == null ? List.of() : List.of(single), null, null);
                case MEERVOUDIGE_KEUZE -> new Answer(multiple, null, null);
                case SCHAAL -> single == null || single.isBlank() ? Answer.NONE : Answer.number(Double.parseDouble(single));
                case GETAL -> parse(number);
                case OPEN -> Answer.text(text);
            };
        }

        private static Answer parse(String typed) {
            if (typed == null || typed.isBlank()) {
                return Answer.NONE;
            }
            try {
                return Answer.number(Double.parseDouble(typed.strip().replace(".", "").replace(',', '.')));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public MonitorQuestion getQuestion() {
            return question;
        }

        public String getSingle() {
            return single;
        }

        public void setSingle(String single) {
            this.single = single;
        }

        public List<String> getMultiple() {
            return multiple;
        }

        public void setMultiple(List<String> multiple) {
            this.multiple = multiple;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** The round's id travels with every form as a plain field, read before the page builds its form on a postback. */
    @PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    /** The round with its questions, and the caller's response to it. */
    private MonitorRound read() {
        MonitorRound read = service.roundWithQuestions(id, caller());
        response = answering.responseOf(id, caller()).orElse(null);
        return read;
    }

    public MonitorRound getRound() {
        return round.get(id, this::read);
    }

    /** Why the round is not shown (a message key), or null. */
    public String getProblem() {
        return round.problem(id, this::read);
    }

    public MonitorResponse getResponse() {
        getRound();
        return response;
    }

    public boolean isManager() {
        return currentUser.caller().map(MonitorService::manages).orElse(false);
    }

    public boolean isResultsReader() {
        return currentUser.caller().map(MonitorService::readsResults).orElse(false);
    }

    /** Whether the caller may fill in (and this is a draft or nothing yet). */
    public boolean isAnswering() {
        return getRound() != null && answering.mayAnswer(getRound(), caller()) && (response == null || !response.isSubmitted());
    }

    public List<AnswerRow> getRows() {
        if (rows == null) {
            rows = getRound() == null ? List.of() : getRound().getQuestions().stream()
                    .map(q -> new AnswerRow(q, response == null ? Answer.NONE : response.answerTo(q))).toList();
        }
        return rows;
    }

    /** The organisation's answers beside its region's and the country's figures, once it submitted. */
    public MonitorResults.OwnView getOwnView() {
        if (ownView == null && getRound() != null && response != null && response.isSubmitted()) {
            ownView = results.own(id, caller());
        }
        return ownView;
    }

    public String save() {
        return act(false);
    }

    public String submit() {
        return act(true);
    }

    private String act(boolean submit) {
        Optional<Map<Long, Answer>> answers = answers();
        if (answers.isEmpty()) {
            return null;
        }
        boolean ok = feedback.run(() -> {
            if (submit) {
                answering.submit(id, answers.get(), caller());
            } else {
                answering.save(id, answers.get(), caller());
            }
        }, submit ? "monitor.submitted" : "monitor.saved", fieldIds(), null);
        if (!ok) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/monitor/ronde.xhtml?faces-redirect=true&id=" + id;
    }

    /** The answers in the form by question id; empty (with a message at each number that cannot be read) when one cannot. */
    private Optional<Map<Long, Answer>> answers() {
        Map<Long, Answer> answers = new HashMap<>();
        boolean readable = true;
        List<AnswerRow> all = getRows();
        for (int i = 0; i < all.size(); i++) {
            Answer answer = all.get(i).answer();
            if (answer == null) {
                readable = false;
                FacesContext context = FacesContext.getCurrentInstance();
                context.addMessage(clientId(i, all.get(i).getQuestion()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(context, "input.monitor.number"), null));
            } else {
                answers.put(all.get(i).getQuestion().getId(), answer);
            }
        }
        if (!readable) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return readable ? Optional.of(answers) : Optional.empty();
    }

    private Map<String, String> fieldIds() {
        Map<String, String> ids = new HashMap<>();
        List<AnswerRow> all = getRows();
        for (int i = 0; i < all.size(); i++) {
            ids.put(MonitorAnswering.field(all.get(i).getQuestion()), clientId(i, all.get(i).getQuestion()));
        }
        return ids;
    }

    /** The client id of a question's input: {@code antwoorden:vragen:<index>:<kind's input>}. */
    static String clientId(int index, MonitorQuestion question) {
        return "antwoorden:vragen:" + index + ":" + inputId(question.getKind());
    }

    static String inputId(QuestionKind kind) {
        return switch (kind) {
            case ENKELVOUDIGE_KEUZE, JA_NEE -> "keuze";
            case MEERVOUDIGE_KEUZE -> "keuzes";
            case SCHAAL -> "schaal";
            case GETAL -> "getal";
            case OPEN -> "tekst";
        };
    }

    public String open() {
        return step(() -> service.open(id, caller()), "monitor.opened");
    }

    public String close() {
        return step(() -> service.close(id, caller()), "monitor.closed");
    }

    private String step(Feedback.Action action, String doneKey) {
        if (!feedback.run(action, doneKey, Map.of(), null)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/monitor/ronde.xhtml?faces-redirect=true&id=" + id;
    }

    public List<String> getScale() {
        return List.of("1", "2", "3", "4", "5");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
