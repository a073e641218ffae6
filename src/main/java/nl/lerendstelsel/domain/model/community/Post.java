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
import nl.lerendstelsel.domain.model.text.PostBody;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * A post in a discussion: the text as written and its sanitised HTML. The author edits it (the earlier text is kept
 * as a {@link PostRevision}, which only the CoP's facilitators read) or deletes it (its text is erased; a placeholder
 * remains). Moderation hides it (the text kept) or removes it (the text erased) with a reason.
 */
@Entity
@Table(name = "cop_post")
public class Post {

    @Id
    @SequenceGenerator(name = "cop_post_seq", sequenceName = "cop_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_post_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "thread_id", updatable = false)
    private DiscussionThread thread;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private UserProfile author;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** When the retention run erased it (text and author); only that run writes it. */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status = PostStatus.ZICHTBAAR;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "open_flags", nullable = false)
    private int openFlags;

    @Version
    private long version;

    protected Post() {
    }

    public Post(DiscussionThread thread, UserProfile author, PostBody content, Instant now) {
        this.thread = thread;
        this.author = author;
        this.body = content.source();
        this.bodyHtml = content.html();
        this.createdAt = now;
    }

    /** Replaces the text; returns the revision that keeps the earlier one. */
    public PostRevision edit(PostBody content, Instant now) {
        PostRevision earlier = new PostRevision(this, body, bodyHtml, editedAt == null ? createdAt : editedAt);
        body = content.source();
        bodyHtml = content.html();
        editedAt = now;
        return earlier;
    }

    /** The author deletes the post: its text is erased, a placeholder takes its place (its earlier texts go too). */
    public void delete(Instant now) {
        deletedAt = now;
        erase();
    }

    private void erase() {
        body = "";
        bodyHtml = "";
    }

    /** A new open flag; at {@code threshold} open flags a shown post is hidden until reviewed. */
    public void flagged(int threshold) {
        openFlags++;
        if (status == PostStatus.ZICHTBAAR && openFlags >= threshold) {
            status = PostStatus.IN_BEOORDELING;
        }
    }

    /**
     * A facilitator's decision. Approving, hiding and removing close all open flags; dismissing one flag closes that
     * one, and a post held for review is shown again when fewer open flags than {@code threshold} remain.
     */
    public void moderate(ModerationAct act, String reason, int threshold) {
        switch (act) {
            case GOEDKEUREN -> {
                status = PostStatus.ZICHTBAAR;
                statusReason = null;
                openFlags = 0;
            }
            case VERBERGEN -> {
                status = PostStatus.VERBORGEN;
                statusReason = reason;
                openFlags = 0;
            }
            case VERWIJDEREN -> {
                status = PostStatus.VERWIJDERD;
                statusReason = reason;
                openFlags = 0;
                erase();
            }
            case MELDING_AFWIJZEN -> {
                openFlags = Math.max(0, openFlags - 1);
                if (status == PostStatus.IN_BEOORDELING && openFlags < threshold) {
                    status = PostStatus.ZICHTBAAR;
                }
            }
        }
    }

    /** Whether readers see the text: not deleted, not hidden, not removed, not held for review. */
    public boolean isShown() {
        return deletedAt == null && status == PostStatus.ZICHTBAAR;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Erased after the retention period: the thread shows a placeholder of its own. */
    public boolean isErased() {
        return erasedAt != null;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    public Long getId() {
        return id;
    }

    public DiscussionThread getThread() {
        return thread;
    }

    public UserProfile getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public PostStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public int getOpenFlags() {
        return openFlags;
    }

    public long getVersion() {
        return version;
    }
}
