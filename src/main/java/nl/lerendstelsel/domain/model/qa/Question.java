package nl.lerendstelsel.domain.model.qa;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** A question a signed-in user asked for the Q&A base; editors answer it with an entry or decline it with a reason. */
@Entity
@Table(name = "qa_question")
public class Question {

    @Id
    @SequenceGenerator(name = "qa_question_seq", sequenceName = "qa_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_question_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "asked_by", updatable = false)
    private UserProfile askedBy;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "theme_code")
    private Theme theme;

    @Column(nullable = false, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionStatus status = QuestionStatus.NIEUW;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    private QaEntry entry;

    @Column(length = 1000)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Question() {
    }

    public Question(UserProfile askedBy, Theme theme, String text, Instant now) {
        this.askedBy = askedBy;
        this.theme = theme;
        this.text = text;
        this.createdAt = now;
    }

    public void answeredBy(QaEntry answer) {
        this.entry = answer;
        this.status = QuestionStatus.BEANTWOORD;
        this.reason = null;
    }

    public void decline(String why) {
        this.status = QuestionStatus.AFGEWEZEN;
        this.reason = why;
    }

    public Long getId() {
        return id;
    }

    public UserProfile getAskedBy() {
        return askedBy;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getText() {
        return text;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public QaEntry getEntry() {
        return entry;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
