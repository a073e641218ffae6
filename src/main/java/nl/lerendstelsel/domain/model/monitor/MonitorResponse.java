package nl.lerendstelsel.domain.model.monitor;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * An organisation's one response to a round (the database refuses a second): a draft any of its professionals may
 * change while the round takes answers, then submitted once — who and when are kept. A coordinator may reopen it.
 */
@Entity
@Table(name = "monitor_response")
public class MonitorResponse {

    @Id
    @SequenceGenerator(name = "monitor_response_seq", sequenceName = "monitor_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitor_response_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", updatable = false)
    private MonitorRound round;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_code", updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseStatus status = ResponseStatus.CONCEPT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by")
    private UserProfile updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by")
    private UserProfile submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<MonitorAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected MonitorResponse() {
    }

    /** A new draft response of {@code organisation}; the round must ask it and take answers on {@code today}. */
    public MonitorResponse(MonitorRound round, Organisation organisation, UserProfile person, LocalDate today, Instant now) {
        if (!round.asks(organisation)) {
            throw new MonitorException("refusal.monitor.notAsked");
        }
        if (!round.acceptsAnswers(today)) {
            throw new MonitorException("refusal.monitor.notTakingAnswers");
        }
        this.round = round;
        this.organisation = organisation;
        this.updatedBy = person;
        this.updatedAt = now;
    }

    /**
     * Keeps these answers (by question id; a question left out or answered empty is cleared) as the draft. Answers that do
     * not fit their question are refused together, by question id.
     */
    public void save(Map<Long, Answer> given, UserProfile person, LocalDate today, Instant now) {
        requireChangeable(today);
        Map<Long, Message> problems = new LinkedHashMap<>();
        for (MonitorQuestion question : round.getQuestions()) {
            Answer answer = given.getOrDefault(question.getId(), Answer.NONE);
            question.check(answer).ifPresent(problem -> problems.put(question.getId(), problem));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        for (MonitorQuestion question : round.getQuestions()) {
            Answer answer = given.getOrDefault(question.getId(), Answer.NONE);
            MonitorAnswer stored = stored(question);
            if (answer.isEmpty()) {
                if (stored != null) {
                    answers.remove(stored);
                }
            } else if (stored == null) {
                answers.add(new MonitorAnswer(this, question, answer));
            } else {
                stored.set(answer);
            }
        }
        updatedBy = person;
        updatedAt = now;
    }

    /** Submits the draft: every required question answered. Once; a coordinator may reopen it. */
    public void submit(UserProfile person, LocalDate today, Instant now) {
        requireChangeable(today);
        Map<Long, Message> missing = new LinkedHashMap<>();
        for (MonitorQuestion question : round.getQuestions()) {
            if (question.isRequired() && stored(question) == null) {
                missing.put(question.getId(), Message.of("input.required"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidAnswers(missing);
        }
        status = ResponseStatus.INGEDIEND;
        submittedBy = person;
        submittedAt = now;
        updatedBy = person;
        updatedAt = now;
    }

    /** Makes a submitted response a draft again (a coordinator's step), while the round takes answers. */
    public void reopen(LocalDate today) {
        if (status != ResponseStatus.INGEDIEND) {
            throw new MonitorException("refusal.monitor.notSubmitted");
        }
        if (!round.acceptsAnswers(today)) {
            throw new MonitorException("refusal.monitor.notTakingAnswers");
        }
        status = ResponseStatus.CONCEPT;
        submittedBy = null;
        submittedAt = null;
    }

    private void requireChangeable(LocalDate today) {
        if (status == ResponseStatus.INGEDIEND) {
            throw new MonitorException("refusal.monitor.alreadySubmitted");
        }
        if (!round.acceptsAnswers(today)) {
            throw new MonitorException("refusal.monitor.notTakingAnswers");
        }
    }

    private MonitorAnswer stored(MonitorQuestion question) {
        return answers.stream().filter(a -> a.getQuestion() == question
                || a.getQuestion().getId() != null && a.getQuestion().getId().equals(question.getId())).findFirst().orElse(null);
    }

    /** The answer to {@code question}; {@link Answer#NONE} when there is none. */
    public Answer answerTo(MonitorQuestion question) {
        MonitorAnswer stored = stored(question);
        return stored == null ? Answer.NONE : stored.answer();
    }

    /** Answers that do not fit their question (or required ones left open), by question id. */
    public static final class InvalidAnswers extends MonitorException {

        private static final long serialVersionUID = 1L;

        private final transient Map<Long, Message> problems;

        public InvalidAnswers(Map<Long, Message> problems) {
            super("refusal.monitor.invalidAnswers", problems.size());
            this.problems = Map.copyOf(problems);
        }

        public Map<Long, Message> problems() {
            return problems;
        }
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.INGEDIEND;
    }

    public Long getId() {
        return id;
    }

    public MonitorRound getRound() {
        return round;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public UserProfile getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UserProfile getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
