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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * One version of an answer. Only a concept can change; submitting freezes it for review; it is published when every
 * partner the entry names has approved this exact version; a published version never changes again — a revision is a
 * new version.
 *
 * <p>Four eyes: nobody approves a version they wrote or changed (compared by profile id, never by display name), and one
 * person signs a version for one partner at most, whatever organisation they belong to later. An answer whose end date
 * ({@code validUntil}) has passed is expired: "mogelijk verouderd" to the public, out of the feed, on the editors' list.
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

    /** The profiles of everyone who wrote or changed this version (the author first). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qa_version_writer", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "profile_id", nullable = false)
    private Set<Long> writers = new LinkedHashSet<>();

    /** Why the version was last sent back from review to concept. */
    @Column(name = "return_reason", length = 500)
    private String returnReason;

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

    QaVersion(QaEntry entry, int number, Signer author, Instant now) {
        this.entry = entry;
        this.number = number;
        this.author = author.name();
        this.writers.add(author.profileId());
        this.createdAt = now;
    }

    /** Changes the text of a concept, {@code writer} (a profile id) becoming one of its writers; anything else is refused. */
    public void write(String newQuestion, String newAnswer, List<LawReference> newReferences, LocalDate from, LocalDate until,
                      String note, Long writer) {
        if (status != VersionStatus.CONCEPT) {
            throw new EditorialException(Message.of("refusal.qa.onlyConceptChanged"));
        }
        if (writer != null) {
            writers.add(writer);
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

    /**
     * Ter review → concept (to change it), with the reason the writers are told; the approvals given so far lapse. The
     * reason is required (its wording the service checks).
     */
    public void reopen(String reason) {
        if (status != VersionStatus.TER_REVIEW) {
            throw new EditorialException(Message.of("refusal.qa.onlyReviewReopened"));
        }
        if (reason == null || reason.isBlank()) {
            throw new EditorialException(Message.of("refusal.qa.reasonRequired"));
        }
        status = VersionStatus.CONCEPT;
        returnReason = reason.strip();
        approvals.clear();
    }

    /**
     * A partner's editor approves this version. Returns whether every partner in {@code required} has now approved it
     * (then the caller publishes it). Refused when the version is not in review, the partner is not asked or has approved
     * already, the signer wrote or changed this version, or the signer already signed it for another partner.
     */
    public boolean approve(Partner partner, Signer signer, Set<Partner> required, Instant now) {
        if (status != VersionStatus.TER_REVIEW) {
            throw new EditorialException(Message.of("refusal.qa.onlyReviewApproved"));
        }
        if (!required.contains(partner)) {
            throw new EditorialException(Message.of("refusal.qa.partnerNotAsked", partner.displayName()));
        }
        if (approvedBy().contains(partner)) {
            throw new EditorialException(Message.of("refusal.qa.alreadyApproved", partner.displayName()));
        }
        if (writers.contains(signer.profileId())) {
            throw new EditorialException(Message.of("refusal.qa.ownVersion"));
        }
        Optional<Approval> earlier = approvals.stream().filter(a -> signer.profileId().equals(a.getEditorId())).findFirst();
        if (earlier.isPresent()) {
            throw new EditorialException(Message.of("refusal.qa.signedForOtherPartner", earlier.get().getPartner().displayName()));
        }
        approvals.add(new Approval(partner, signer, now));
        return approvedBy().containsAll(required);
    }

    /** Whether the profile {@code profileId} wrote or changed this version. */
    public boolean writtenBy(Long profileId) {
        return profileId != null && writers.contains(profileId);
    }

    /** Whether {@code profileId} signed this version already (for any partner). */
    public boolean signedBy(Long profileId) {
        return profileId != null && approvals.stream().anyMatch(a -> profileId.equals(a.getEditorId()));
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

    /** Whether the answer's end date has passed on {@code day}: "mogelijk verouderd". */
    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
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

    /** The profile ids of everyone who wrote or changed this version, the author first. */
    public Set<Long> getWriters() {
        return new LinkedHashSet<>(writers);
    }

    public String getReturnReason() {
        return returnReason;
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
