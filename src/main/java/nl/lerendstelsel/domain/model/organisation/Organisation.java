package nl.lerendstelsel.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A gemeente (identified by its CBS code, e.g. {@code GM0344}) or a partner organisation (DUO, COA, a
 * taalschool, …). Every user belongs to one; a gemeente belongs to an arbeidsmarktregio.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends CodedName {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationKind kind;

    @Column(length = 40)
    private String province;

    /** Read when asked for (few pages need it), in one batch for the organisations of a query. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    private LabourMarketRegion region;

    @Column(nullable = false)
    private boolean active = true;

    /** For a gemeente that merged into another (gemeentelijke herindeling): the code of the new gemeente. */
    @Column(name = "successor_code", length = 20)
    private String successorCode;

    /** The day it merged or was retired; {@code null} while active. */
    @Column(name = "retired_on")
    private LocalDate retiredOn;

    protected Organisation() {
    }

    private Organisation(String code, String name, OrganisationKind kind) {
        super(code, name);
        this.kind = kind;
    }

    public static Organisation gemeente(String cbsCode, String name, String province, LabourMarketRegion region) {
        Organisation gemeente = new Organisation(cbsCode, name, OrganisationKind.GEMEENTE);
        gemeente.province = province;
        gemeente.region = region;
        return gemeente;
    }

    public static Organisation partner(String code, String name, OrganisationKind kind) {
        if (!kind.isPartner()) {
            throw new IllegalArgumentException("A partner organisation cannot be of kind " + kind);
        }
        return new Organisation(code, name, kind);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getProvince() {
        return province;
    }

    public LabourMarketRegion getRegion() {
        return region;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isGemeente() {
        return kind == OrganisationKind.GEMEENTE;
    }

    public String getSuccessorCode() {
        return successorCode;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    /** Moves a gemeente to another arbeidsmarktregio. */
    public void assignRegion(LabourMarketRegion newRegion) {
        if (!isGemeente()) {
            throw new IllegalArgumentException(getCode() + " is not a gemeente");
        }
        region = newRegion;
    }

    /** No longer offered for new records; old records keep it. */
    public void retire(LocalDate on) {
        active = false;
        retiredOn = on;
    }

    /** This gemeente went up in {@code successor} on {@code on} (a municipal merger); see {@link MunicipalMerger}. */
    void mergedInto(Organisation successor, LocalDate on) {
        retire(on);
        successorCode = successor.getCode();
    }
}
