package nl.lerendstelsel.domain.model.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/** An organisation's answer to one question, as stored (part of its {@link MonitorResponse}). */
@Entity
@Table(name = "monitor_answer")
public class MonitorAnswer {

    private static final String SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "monitor_answer_seq", sequenceName = "monitor_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitor_answer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", updatable = false)
    private MonitorResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", updatable = false)
    private MonitorQuestion question;

    @Column(length = 2000)
    private String choices;

    @Column(name = "number_value")
    private Double number;

    @Column(name = "text_value")
    private String text;

    protected MonitorAnswer() {
    }

    MonitorAnswer(MonitorResponse response, MonitorQuestion question, Answer answer) {
        this.response = response;
        this.question = question;
        set(answer);
    }

    void set(Answer answer) {
        choices = answer.choices().isEmpty() ? null : String.join(SEPARATOR, answer.choices());
        number = answer.number();
        text = answer.text();
    }

    public Answer answer() {
        return new Answer(choices == null ? List.of() : List.of(choices.split(SEPARATOR)), number, text);
    }

    public Long getId() {
        return id;
    }

    public MonitorQuestion getQuestion() {
        return question;
    }

    public MonitorResponse getResponse() {
        return response;
    }
}
