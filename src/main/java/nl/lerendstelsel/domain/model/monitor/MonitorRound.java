package nl.lerendstelsel.domain.model.monitor;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * A monitor round: a title, an introduction, a period, whom it asks ({@link TargetKind} and the codes of the regions,
 * provinces or partner organisations) and its questions in order. Drafted ({@link RoundStatus#CONCEPT}: everything may
 * change), opened (the questions are fixed, organisations answer until the closing day), closed.
 */
@Entity
@Table(name = "monitor_round")
public class MonitorRound {

    public static final int TITLE_MAX = 200;
    public static final int INTRODUCTION_MAX = 4000;
    /** The most questions one round asks. */
    public static final int QUESTIONS_MAX = 60;

    @Id
    @SequenceGenerator(name = "monitor_round_seq", sequenceName = "monitor_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitor_round_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column
    private String introduction;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private TargetKind targetKind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitor_round_target", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "code", length = 40)
    private Set<String> targetCodes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.CONCEPT;

    /** The round whose questions this one copied, to compare with. */
    @Column(name = "previous_round_id")
    private Long previousRoundId;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<MonitorQuestion> questions = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    private UserProfile createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected MonitorRound() {
    }

    public MonitorRound(String title, String introduction, LocalDate opensOn, LocalDate closesOn, TargetKind targetKind,
                        Collection<String> targetCodes, UserProfile createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(title, introduction, opensOn, closesOn, targetKind, targetCodes);
    }

    /** Changes what the round is and whom it asks; only while it is a draft. */
    public void describe(String newTitle, String newIntroduction, LocalDate newOpensOn, LocalDate newClosesOn,
                         TargetKind newTargetKind, Collection<String> newTargetCodes) {
        requireDraft();
        if (newClosesOn.isBefore(newOpensOn)) {
            throw new MonitorException("refusal.monitor.closesBeforeOpens");
        }
        if (newTargetKind != TargetKind.ALLE_GEMEENTEN && (newTargetCodes == null || newTargetCodes.isEmpty())) {
            throw new MonitorException("refusal.monitor.noTarget");
        }
        title = newTitle;
        introduction = newIntroduction;
        opensOn = newOpensOn;
        closesOn = newClosesOn;
        targetKind = newTargetKind;
        targetCodes.clear();
        if (newTargetKind != TargetKind.ALLE_GEMEENTEN) {
            targetCodes.addAll(newTargetCodes);
        }
    }

    /** Sets the questions, in this order, compared with no earlier round; only while it is a draft. */
    public void replaceQuestions(List<QuestionDraft> drafts) {
        replaceQuestions(drafts, null);
    }

    /**
     * Sets the questions, in this order; only while it is a draft. Each must be valid ({@link MonitorQuestion#problemsOf}).
     * A question that names one of {@code previous}'s as the one it repeats is compared with it; with {@code previous}
     * null, none is.
     */
    public void replaceQuestions(List<QuestionDraft> drafts, MonitorRound previous) {
        requireDraft();
        if (drafts.size() > QUESTIONS_MAX) {
            throw new MonitorException("refusal.monitor.tooManyQuestions", QUESTIONS_MAX);
        }
        for (QuestionDraft draft : drafts) {
            if (!MonitorQuestion.problemsOf(draft).isEmpty()) {
                throw new IllegalArgumentException("Question not valid: " + draft);
            }
        }
        if (previous != null && (previous == this || previous.id != null && previous.id.equals(id))) {
            throw new MonitorException("refusal.monitor.copyItself");
        }
        Set<Long> repeatable = new TreeSet<>();
        if (previous != null) {
            previous.questions.stream().map(MonitorQuestion::getId).filter(java.util.Objects::nonNull).forEach(repeatable::add);
        }
        questions.clear();
        for (QuestionDraft draft : drafts) {
            questions.add(new MonitorQuestion(this, questions.size() + 1,
                    draft.copiedFrom() != null && repeatable.contains(draft.copiedFrom()) ? draft : draft.withoutCopy()));
        }
        previousRoundId = previous == null ? null : previous.id;
    }

    /** Takes the questions of an earlier round, in their order, to compare with it year on year; only while a draft. */
    public void copyQuestionsFrom(MonitorRound earlier) {
        requireDraft();
        if (earlier == this || earlier.id != null && earlier.id.equals(id)) {
            throw new MonitorException("refusal.monitor.copyItself");
        }
        replaceQuestions(earlier.questions.stream().map(MonitorQuestion::copy).toList(), earlier);
    }

    /** Opens the round for answers: a draft with at least one question that does not close before {@code today}. */
    public void open(LocalDate today, Instant now) {
        requireDraft();
        if (questions.isEmpty()) {
            throw new MonitorException("refusal.monitor.noQuestions");
        }
        if (closesOn.isBefore(today)) {
            throw new MonitorException("refusal.monitor.closesInPast");
        }
        if (opensOn.isAfter(today)) {
            opensOn = today;
        }
        status = RoundStatus.OPEN;
        openedAt = now;
    }

    /** Closes an open round: no more answers. */
    public void close(LocalDate today, Instant now) {
        if (status != RoundStatus.OPEN) {
            throw new MonitorException("refusal.monitor.notOpen");
        }
        status = RoundStatus.GESLOTEN;
        closedAt = now;
        if (closesOn.isAfter(today)) {
            closesOn = today;
        }
    }

    /** Whether organisations may answer on {@code today}: open and not past the closing day. */
    public boolean acceptsAnswers(LocalDate today) {
        return status == RoundStatus.OPEN && !today.isAfter(closesOn);
    }

    /** Whether the round asks this organisation. */
    public boolean asks(Organisation organisation) {
        if (organisation == null) {
            return false;
        }
        return switch (targetKind) {
            case ALLE_GEMEENTEN -> organisation.isGemeente();
            case REGIOS -> organisation.isGemeente() && organisation.getRegion() != null
                    && targetCodes.contains(organisation.getRegion().getCode());
            case PROVINCIES -> organisation.isGemeente() && organisation.getProvince() != null
                    && targetCodes.contains(organisation.getProvince());
            case PARTNERS -> !organisation.isGemeente() && targetCodes.contains(organisation.getCode());
        };
    }

    public boolean isDraft() {
        return status == RoundStatus.CONCEPT;
    }

    private void requireDraft() {
        if (status != RoundStatus.CONCEPT) {
            throw new MonitorException("refusal.monitor.notDraft");
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public Set<String> getTargetCodes() {
        return Set.copyOf(targetCodes);
    }

    public RoundStatus getStatus() {
        return status;
    }

    public Long getPreviousRoundId() {
        return previousRoundId;
    }

    public List<MonitorQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    public UserProfile getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
