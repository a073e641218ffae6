package nl.lerendstelsel.domain.model.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.FlagConverter;
import nl.lerendstelsel.domain.model.text.Message;

/** One question of a monitor round, in its place; what answers it accepts is {@link #check(Answer)}. */
@Entity
@Table(name = "monitor_question")
public class MonitorQuestion {

    public static final int TEXT_MAX = 500;
    public static final int OPTION_MAX = 200;
    public static final int OPTIONS_MAX = 12;
    public static final int UNIT_MAX = 40;
    /** The longest open answer. */
    public static final int ANSWER_MAX = 4000;
    /** The options of a yes/no question, as stored. */
    public static final List<String> YES_NO = List.of("JA", "NEE");
    private static final String SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "monitor_question_seq", sequenceName = "monitor_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitor_question_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", updatable = false)
    private MonitorRound round;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private QuestionKind kind;

    @Column(name = "question", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(length = 2000)
    private String options;

    @Column(length = UNIT_MAX)
    private String unit;

    @Column(name = "min_value")
    private Double min;

    @Column(name = "max_value")
    private Double max;

    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    private boolean required;

    @Column(name = "copied_from")
    private Long copiedFrom;

    protected MonitorQuestion() {
    }

    MonitorQuestion(MonitorRound round, int position, QuestionDraft draft) {
        this.round = round;
        this.position = position;
        this.kind = draft.kind();
        this.text = draft.text();
        this.options = draft.kind().hasOwnOptions() ? String.join(SEPARATOR, draft.options()) : null;
        this.unit = draft.kind() == QuestionKind.GETAL ? draft.unit() : null;
        this.min = draft.kind() == QuestionKind.GETAL ? draft.min() : null;
        this.max = draft.kind() == QuestionKind.GETAL ? draft.max() : null;
        this.required = draft.required();
        this.copiedFrom = draft.copiedFrom();
    }

    /**
     * What is wrong with a question as drafted, per part ({@code "tekst"}, {@code "opties"}, {@code "grenzen"}): empty
     * when it can be asked.
     */
    public static List<Problem> problemsOf(QuestionDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.kind() == null) {
            problems.add(new Problem("soort", Message.of("input.monitor.questionKind")));
            return problems;
        }
        if (draft.text().length() < 5) {
            problems.add(new Problem("tekst", Message.of("input.minLength", 5)));
        } else if (draft.text().length() > TEXT_MAX) {
            problems.add(new Problem("tekst", Message.of("input.maxLength", TEXT_MAX)));
        }
        if (draft.kind().hasOwnOptions()) {
            if (draft.options().size() < 2 || draft.options().size() > OPTIONS_MAX) {
                problems.add(new Problem("opties", Message.of("input.monitor.options", 2, OPTIONS_MAX)));
            } else if (draft.options().stream().anyMatch(o -> o.length() > OPTION_MAX)) {
                problems.add(new Problem("opties", Message.of("input.maxLength", OPTION_MAX)));
            }
        }
        if (draft.kind() == QuestionKind.GETAL) {
            if (draft.min() != null && draft.max() != null && draft.min() > draft.max()) {
                problems.add(new Problem("grenzen", Message.of("input.monitor.bounds")));
            }
            if (draft.unit() != null && draft.unit().length() > UNIT_MAX) {
                problems.add(new Problem("eenheid", Message.of("input.maxLength", UNIT_MAX)));
            }
        }
        return problems;
    }

    /** A part of a drafted question that is wrong, and why. */
    public record Problem(String part, Message message) {
    }

    /** Why this answer does not answer this question; empty when it does (an empty answer always does here). */
    public Optional<Message> check(Answer answer) {
        if (answer == null || answer.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case ENKELVOUDIGE_KEUZE, JA_NEE -> answer.choices().size() == 1 && getOptions().contains(answer.choices().get(0))
                    && answer.number() == null && answer.text() == null
                    ? Optional.empty() : Optional.of(Message.of("input.monitor.oneOption"));
            case MEERVOUDIGE_KEUZE -> !answer.choices().isEmpty() && getOptions().containsAll(answer.choices())
                    && answer.number() == null && answer.text() == null
                    ? Optional.empty() : Optional.of(Message.of("input.monitor.someOptions"));
            case SCHAAL -> answer.number() != null && answer.choices().isEmpty() && answer.text() == null
                    && answer.number() == Math.rint(answer.number()) && answer.number() >= 1 && answer.number() <= 5
                    ? Optional.empty() : Optional.of(Message.of("input.monitor.scale"));
            case GETAL -> checkNumber(answer);
            case OPEN -> answer.text() == null || !answer.choices().isEmpty() || answer.number() != null
                    ? Optional.of(Message.of("input.required"))
                    : answer.text().length() > ANSWER_MAX ? Optional.of(Message.of("input.maxLength", ANSWER_MAX)) : Optional.empty();
        };
    }

    private Optional<Message> checkNumber(Answer answer) {
        Double value = answer.number();
        if (value == null || value.isNaN() || value.isInfinite() || !answer.choices().isEmpty() || answer.text() != null) {
            return Optional.of(Message.of("input.monitor.number"));
        }
        if (min != null && value < min || max != null && value > max) {
            return Optional.of(Message.of("input.monitor.numberBounds", plain(min), plain(max)));
        }
        return Optional.empty();
    }

    /** A bound as people write it: no ".0" after a whole number, a dash when there is none. */
    public static String plain(Double value) {
        if (value == null) {
            return "–";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    /** This question as a draft, to copy into another round. */
    public QuestionDraft copy() {
        return new QuestionDraft(kind, text, getOptions(), unit, min, max, required, id);
    }

    public Long getId() {
        return id;
    }

    public MonitorRound getRound() {
        return round;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    /** The options to choose from: the author's, "JA" and "NEE" for yes/no, none for the others. */
    public List<String> getOptions() {
        if (kind == QuestionKind.JA_NEE) {
            return YES_NO;
        }
        return options == null || options.isEmpty() ? List.of() : List.of(options.split(SEPARATOR));
    }

    public String getUnit() {
        return unit;
    }

    public Double getMin() {
        return min;
    }

    public Double getMax() {
        return max;
    }

    public boolean isRequired() {
        return required;
    }

    public Long getCopiedFrom() {
        return copiedFrom;
    }
}
