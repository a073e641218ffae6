package nl.lerendstelsel.domain.model.community;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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
import nl.lerendstelsel.domain.model.FlagConverter;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** A discussion in a CoP: a title, an opening post and replies; facilitators pin it to the top or lock it. */
@Entity
@Table(name = "cop_thread")
public class DiscussionThread {

    @Id
    @SequenceGenerator(name = "cop_thread_seq", sequenceName = "cop_thread_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_thread_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cop_id", updatable = false)
    private Community community;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private UserProfile author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    private boolean pinned;

    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    private boolean locked;

    @Version
    private long version;

    protected DiscussionThread() {
    }

    public DiscussionThread(Community community, String title, UserProfile author, Instant now) {
        this.community = community;
        this.title = title;
        this.author = author;
        this.createdAt = now;
        this.lastPostAt = now;
    }

    /** A post was added: counted, and the thread moves up in the list. */
    public void posted(Instant now) {
        postCount++;
        lastPostAt = now;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public String getTitle() {
        return title;
    }

    public UserProfile getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastPostAt() {
        return lastPostAt;
    }

    public int getPostCount() {
        return postCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public long getVersion() {
        return version;
    }

    /** The reference notifications use: {@code DRAAD-<id>}. */
    public String getReference() {
        return "DRAAD-" + id;
    }
}
