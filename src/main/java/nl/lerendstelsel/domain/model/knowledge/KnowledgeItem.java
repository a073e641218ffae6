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
import nl.lerendstelsel.domain.model.theme.Theme;

/** A publication in the kennisbank: what, by whom, when, a summary and where to read it. */
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
