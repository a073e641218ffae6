package nl.lerendstelsel.domain.model.qa;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * One version of an answer. Only a concept can change; submitting freezes it for review; it is published when every
 * partner the entry names has approved this exact version; a published version never changes again — a revision is a
 * new version.
 */
@Entity
@Table(name = "qa_version")
public class QaVersion {

    @Id
    @SequenceGenerator(name = "qa_version_seq", sequenceName = "qa_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", updatable = false)
    private QaEntry entry;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String question;

    @Column(nullable = false)
    private String answer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qa_version_law", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<LawReference> references = new ArrayList<>();

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionStatus status = VersionStatus.CONCEPT;

    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(nullable = false, length = 200, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qa_approval", joinColumns = @JoinColumn(name = "version_id"))
    private List<Approval> approvals = new ArrayList<>();

    @Version
    private long version;

    protected QaVersion() {
    }

    QaVersion(QaEntry entry, int number, String author, Instant now) {
        this.entry = entry;
        this.number = number;
        this.author = author;
        this.createdAt = now;
    }

    /** Changes the text of a concept; anything else is refused. */
    public void write(String newQuestion, String newAnswer, List<LawReference> newReferences, LocalDate from, LocalDate until,
                      String note) {
        if (status != VersionStatus.CONCEPT) {
            throw new EditorialException(Message.of("refusal.qa.onlyConceptChanged"));
        }
        this.question = newQuestion;
        this.answer = newAnswer;
        this.references = new ArrayList<>(newReferences);
        this.validFrom = from;
        this.validUntil = until;
        this.changeNote = note;
    }

    /** Concept → ter review; approvals start afresh. */
    public void submit() {
        if (status != VersionStatus.CONCEPT) {
            throw new EditorialException(Message.of("refusal.qa.onlyConceptSubmitted"));
        }
        status = VersionStatus.TER_REVIEW;
        approvals.clear();
    }

    /** Ter review → concept (to change it); the approvals given so far lapse. */
    public void reopen() {
        if (status != VersionStatus.TER_REVIEW) {
            throw new EditorialException(Message.of("refusal.qa.onlyReviewReopened"));
        }
        status = VersionStatus.CONCEPT;
        approvals.clear();
    }

    /**
     * A partner's editor approves this version. Returns whether every partner in {@code required} has now approved it
     * (then the caller publishes it).
     */
    public boolean approve(Partner partner, String editor, Set<Partner> required, Instant now) {
        if (status != VersionStatus.TER_REVIEW) {
            throw new EditorialException(Message.of("refusal.qa.onlyReviewApproved"));
        }
        if (!required.contains(partner)) {
            throw new EditorialException(Message.of("refusal.qa.partnerNotAsked", partner.displayName()));
        }
        if (approvedBy().contains(partner)) {
            throw new EditorialException(Message.of("refusal.qa.alreadyApproved", partner.displayName()));
        }
        approvals.add(new Approval(partner, editor, now));
        return approvedBy().containsAll(required);
    }

    void publish(Instant now) {
        status = VersionStatus.GEPUBLICEERD;
        publishedAt = now;
    }

    void archive() {
        status = VersionStatus.GEARCHIVEERD;
    }

    public Set<Partner> approvedBy() {
        Set<Partner> partners = EnumSet.noneOf(Partner.class);
        approvals.forEach(a -> partners.add(a.getPartner()));
        return partners;
    }

    /** Whether the answer applies on {@code day} (no period: always). */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean isOpen() {
        return status == VersionStatus.CONCEPT || status == VersionStatus.TER_REVIEW;
    }

    public Long getId() {
        return id;
    }

    public QaEntry getEntry() {
        return entry;
    }

    public int getNumber() {
        return number;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public List<LawReference> getReferences() {
        return List.copyOf(references);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<Approval> getApprovals() {
        return List.copyOf(approvals);
    }

    public long getVersion() {
        return version;
    }
}
