package nl.lerendstelsel.domain.model.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A theme of the Wet inburgering 2021 (brede intake, PIP, B1-route, …) that knelpunten, CoPs and Q&A are filed under. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 100)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "description_nl", length = 500)
    private String descriptionNl;

    @Column(name = "description_en", length = 500)
    private String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    /** This theme's own target at execution level, in working days; {@code null}: the platform default. */
    @Column(name = "execution_days")
    private Integer executionDays;

    /** This theme's own target at linking level, in working days; {@code null}: the platform default. */
    @Column(name = "linking_days")
    private Integer linkingDays;

    @Version
    private long version;

    protected Theme() {
    }

    public Theme(String code, String nameNl, String nameEn, String descriptionNl, String descriptionEn, int sortOrder) {
        this.code = code;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionNl;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getExecutionDays() {
        return executionDays;
    }

    public Integer getLinkingDays() {
        return linkingDays;
    }

    /** Renames the theme in both languages; knelpunten filed under it show the new name. */
    public void rename(String newNameNl, String newNameEn) {
        if (newNameNl == null || newNameNl.isBlank() || newNameEn == null || newNameEn.isBlank()) {
            throw new IllegalArgumentException("Both names are required");
        }
        nameNl = newNameNl.strip();
        nameEn = newNameEn.strip();
    }

    /** Not offered for new knelpunten, CoPs or questions any more; what was filed under it keeps it. */
    public void retire() {
        active = false;
    }

    /** Sets this theme's own targets in working days; {@code null} falls back to the platform default. */
    public void setTargets(Integer executionDays, Integer linkingDays) {
        if (executionDays != null && executionDays < 1 || linkingDays != null && linkingDays < 1) {
            throw new IllegalArgumentException("A target is at least one working day");
        }
        this.executionDays = executionDays;
        this.linkingDays = linkingDays;
    }
}
