package nl.lerendstelsel.domain.model.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.attachment.AttachmentKind;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;

/**
 * A publication in the kennisbank: what, by whom, when, a summary and where to read it (a link, a file, or both). Its
 * life: saving gives a concept; an editor publishes; archiving takes it off the public pages and keeps it; an archived
 * item can be published again. Changing an item makes it a concept again, so nothing public changes without a deliberate
 * publication.
 */
@Entity
@Table(name = "knowledge_item")
public class KnowledgeItem {

    @Id
    @SequenceGenerator(name = "knowledge_item_seq", sequenceName = "knowledge_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_item_seq")
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "source_organisation", nullable = false, length = 200)
    private String source;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(nullable = false)
    private String summary;

    @Column(length = 1000)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private KnowledgeType type;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "knowledge_item_theme", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    private Set<Theme> themes = new LinkedHashSet<>();

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private KnowledgeStatus status = KnowledgeStatus.CONCEPT;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", length = 20)
    private AttachmentKind fileKind;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Version
    private long version;

    protected KnowledgeItem() {
    }

    public KnowledgeItem(Instant now) {
        this.changedAt = now;
    }

    public void describe(String newTitle, String newSource, LocalDate date, String newSummary, String newLink, KnowledgeType newType,
                         Set<Theme> newThemes, Instant now) {
        this.title = newTitle;
        this.source = newSource;
        this.publishedOn = date;
        this.summary = newSummary;
        this.link = newLink;
        this.type = newType;
        this.themes = new LinkedHashSet<>(newThemes);
        this.changedAt = now;
        toConcept(now);
    }

    /** Makes the item public. A concept or an archived item can be published; a published one not again. */
    public void publish(Instant now) {
        if (status == KnowledgeStatus.GEPUBLICEERD) {
            throw new KnowledgeRuleException(Message.of("refusal.knowledge.alreadyPublished"));
        }
        status = KnowledgeStatus.GEPUBLICEERD;
        statusChangedAt = now;
    }

    /** Takes the item off the public pages and keeps it. A concept can be archived too (put aside unpublished). */
    public void archive(Instant now) {
        if (status == KnowledgeStatus.GEARCHIVEERD) {
            throw new KnowledgeRuleException(Message.of("refusal.knowledge.alreadyArchived"));
        }
        status = KnowledgeStatus.GEARCHIVEERD;
        statusChangedAt = now;
    }

    /** Attaches (or replaces) the file, whose kind was recognised from its content; the item becomes a concept again. */
    public void attachFile(String name, AttachmentKind kind, long size, String sha256, Instant now) {
        this.fileName = name;
        this.fileKind = kind;
        this.fileSize = size;
        this.fileSha256 = sha256;
        this.changedAt = now;
        toConcept(now);
    }

    /** Removes the file; the item becomes a concept again. */
    public void removeFile(Instant now) {
        if (fileName == null) {
            throw new KnowledgeRuleException(Message.of("refusal.knowledge.noFile"));
        }
        this.fileName = null;
        this.fileKind = null;
        this.fileSize = null;
        this.fileSha256 = null;
        this.changedAt = now;
        toConcept(now);
    }

    private void toConcept(Instant now) {
        if (status != KnowledgeStatus.CONCEPT) {
            status = KnowledgeStatus.CONCEPT;
            statusChangedAt = now;
        }
    }

    public boolean isPublished() {
        return status == KnowledgeStatus.GEPUBLICEERD;
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public KnowledgeStatus getStatus() {
        return status;
    }

    /** When the status last changed (null for items published before the lifecycle existed). */
    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentKind getFileKind() {
        return fileKind;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getLink() {
        return link;
    }

    public KnowledgeType getType() {
        return type;
    }

    public List<Theme> getThemes() {
        return themes.stream().sorted(Comparator.comparingInt(Theme::getSortOrder)).toList();
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
