package nl.lerendstelsel.domain.model.community;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.FlagConverter;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.theme.Theme;

/** A Community of Practice: what it is about, where (national or some arbeidsmarktregio's), and how people join. */
@Entity
@Table(name = "cop")
public class Community {

    @Id
    @SequenceGenerator(name = "cop_seq", sequenceName = "cop_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_mode", nullable = false, length = 20)
    private MembershipMode membershipMode;

    @Column(name = "nationwide", nullable = false)
    @Convert(converter = FlagConverter.class)
    private boolean national = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    // Lazy (read in batches where a page lists them): a knelpunt's page names its CoP and needs no themes or regions.
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "cop_theme", joinColumns = @JoinColumn(name = "cop_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    private Set<Theme> themes = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "cop_region", joinColumns = @JoinColumn(name = "cop_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    private Set<LabourMarketRegion> regions = new LinkedHashSet<>();

    @Version
    private long version;

    protected Community() {
    }

    public Community(String name, String description, MembershipMode mode, Instant now) {
        this.createdAt = now;
        describe(name, description, mode);
    }

    /** Changes what the CoP is about and how people join; a new mode applies to requests from now on. */
    public final void describe(String newName, String newDescription, MembershipMode mode) {
        this.name = newName;
        this.description = newDescription;
        this.membershipMode = mode;
    }

    /** National, or limited to the given regions (at least one; an empty set means national). */
    public void scope(Set<Theme> newThemes, Set<LabourMarketRegion> newRegions) {
        this.themes = new LinkedHashSet<>(newThemes);
        this.regions = new LinkedHashSet<>(newRegions);
        this.national = newRegions.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public MembershipMode getMembershipMode() {
        return membershipMode;
    }

    public boolean isNational() {
        return national;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Themes in their display order. */
    public List<Theme> getThemes() {
        return themes.stream().sorted(Comparator.comparingInt(Theme::getSortOrder)).toList();
    }

    /** Regions by name; empty for a national CoP. */
    public List<LabourMarketRegion> getRegions() {
        return regions.stream().sorted(Comparator.comparing(LabourMarketRegion::getName)).toList();
    }

    public long getVersion() {
        return version;
    }

    /** The reference notifications and links use: {@code COP-<id>}. */
    public String getReference() {
        return "COP-" + id;
    }
}
