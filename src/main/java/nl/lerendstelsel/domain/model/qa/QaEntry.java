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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;

/**
 * A question in the Q&A base with its versions of the answer. The entry names the partners who must sign off every
 * version; {@code current} is the published version the public sees (none before the first publication or after
 * withdrawal).
 */
@Entity
@Table(name = "qa_entry")
public class QaEntry {

    @Id
    @SequenceGenerator(name = "qa_entry_seq", sequenceName = "qa_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "theme_code")
    private Theme theme;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qa_entry_partner", joinColumns = @JoinColumn(name = "entry_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "partner", length = 10)
    private Set<Partner> partners = EnumSet.noneOf(Partner.class);

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "current_version_id")
    private QaVersion current;

    @Column(name = "latest_number", nullable = false)
    private int latestNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected QaEntry() {
    }

    public QaEntry(Theme theme, Set<Partner> partners, Instant now) {
        this.theme = theme;
        this.partners = partners.isEmpty() ? EnumSet.noneOf(Partner.class) : EnumSet.copyOf(partners);
        this.createdAt = now;
        this.changedAt = now;
    }

    /** A new concept version by {@code author}: the first one empty, later ones starting from the published text. */
    public QaVersion draft(QaVersion from, Signer author, Instant now) {
        QaVersion draft = new QaVersion(this, ++latestNumber, author, now);
        if (from != null) {
            draft.write(from.getQuestion(), from.getAnswer(), from.getReferences(), from.getValidFrom(), from.getValidUntil(), null,
                    author.profileId());
        }
        return draft;
    }

    /** Publishes a fully approved version: it becomes current, the version it replaces is archived. */
    public void publish(QaVersion approved, Instant now) {
        if (current != null) {
            current.archive();
        }
        approved.publish(now);
        current = approved;
        changedAt = now;
    }

    /** Withdraws the answer: the current version is archived and nothing is public any more. */
    public void withdraw(Instant now) {
        if (current == null) {
            throw new EditorialException(Message.of("refusal.qa.nothingPublished"));
        }
        current.archive();
        current = null;
        changedAt = now;
    }


    public Long getId() {
        return id;
    }

    public Theme getTheme() {
        return theme;
    }

    public Set<Partner> getPartners() {
        return partners.isEmpty() ? EnumSet.noneOf(Partner.class) : EnumSet.copyOf(partners);
    }

    public QaVersion getCurrent() {
        return current;
    }

    public boolean isPublished() {
        return current != null;
    }

    /** Whether the published answer's end date has passed on {@code day}: shown as "mogelijk verouderd", out of the feed. */
    public boolean isExpiredOn(java.time.LocalDate day) {
        return current != null && current.isExpiredOn(day);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** "Laatst gewijzigd": when the current answer was published (or the entry was last withdrawn). */
    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
