package nl.lerendstelsel.domain.model.community;

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
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * One person's relation to one CoP, kept after they leave (one row per person and CoP): role, status, the reason a
 * facilitator gave for declining or removing, and who changed it last.
 */
@Entity
@Table(name = "cop_membership")
public class Membership {

    @Id
    @SequenceGenerator(name = "cop_membership_seq", sequenceName = "cop_membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_membership_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cop_id", updatable = false)
    private Community community;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", updatable = false)
    private UserProfile person;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipStatus status;

    @Column(length = 1000)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by")
    private UserProfile changedBy;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(Community community, UserProfile person) {
        this.community = community;
        this.person = person;
        this.role = MemberRole.LID;
    }

    /**
     * Applies {@code act} by {@code actor} following {@link MembershipRules}; the reason is kept for declines and
     * removals and cleared otherwise. Nothing changes when the rules refuse.
     */
    public MembershipStatus apply(MembershipAct act, MembershipMode mode, int otherFacilitators, UserProfile actor,
                                  String why, Instant now) {
        MembershipStatus next = MembershipRules.next(mode, status, status == null ? null : role, act, otherFacilitators);
        if (act == MembershipAct.AANMELDEN || act == MembershipAct.UITNODIGEN || act == MembershipAct.GOEDKEUREN) {
            role = MemberRole.LID; // someone who comes back (after leaving as facilitator) is a member until appointed again
        }
        status = next;
        reason = act.needsReason() ? why : null;
        changedAt = now;
        changedBy = actor;
        return next;
    }

    /** An admin appoints the person facilitator (an active member with that role) or relieves them (a member again). */
    public void appoint(boolean facilitator, UserProfile actor, Instant now) {
        role = facilitator ? MemberRole.FACILITATOR : MemberRole.LID;
        status = MembershipStatus.ACTIEF;
        reason = null;
        changedAt = now;
        changedBy = actor;
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIEF;
    }

    public boolean isFacilitator() {
        return isActive() && role == MemberRole.FACILITATOR;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public UserProfile getPerson() {
        return person;
    }

    public MemberRole getRole() {
        return role;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
