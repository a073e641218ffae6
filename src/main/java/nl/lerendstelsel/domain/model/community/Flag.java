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
import java.time.Instant;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** A member's report that a post is not right (one per member and post), open until a facilitator resolves it. */
@Entity
@Table(name = "cop_post_flag")
public class Flag {

    @Id
    @SequenceGenerator(name = "cop_post_flag_seq", sequenceName = "cop_post_flag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_post_flag_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "post_id", updatable = false)
    private Post post;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "flagger_id", updatable = false)
    private UserProfile flagger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private FlagReason reason;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FlagResolution resolution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by")
    private UserProfile resolvedBy;

    protected Flag() {
    }

    public Flag(Post post, UserProfile flagger, FlagReason reason, String note, Instant now) {
        this.post = post;
        this.flagger = flagger;
        this.reason = reason;
        this.note = note;
        this.createdAt = now;
    }

    public void resolve(FlagResolution how, UserProfile by, Instant now) {
        resolution = how;
        resolvedBy = by;
        resolvedAt = now;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public UserProfile getFlagger() {
        return flagger;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public FlagResolution getResolution() {
        return resolution;
    }
}
