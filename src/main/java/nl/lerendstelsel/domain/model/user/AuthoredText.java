package nl.lerendstelsel.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A plain text someone wrote at a moment and nobody changes afterwards: a reaction on a knelpunt, a message or progress
 * update on a signal. The columns {@code author_id}, {@code body} and {@code created_at} are the same in each table.
 */
@MappedSuperclass
public abstract class AuthoredText {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private UserProfile author;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AuthoredText() {
    }

    protected AuthoredText(UserProfile author, String body, Instant createdAt) {
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public UserProfile getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
