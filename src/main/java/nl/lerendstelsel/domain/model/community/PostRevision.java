package nl.lerendstelsel.domain.model.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier text of an edited post, as it read from {@code writtenAt} until the edit. */
@Entity
@Table(name = "cop_post_revision")
public class PostRevision {

    @Id
    @SequenceGenerator(name = "cop_post_revision_seq", sequenceName = "cop_post_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cop_post_revision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", updatable = false)
    private Post post;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected PostRevision() {
    }

    PostRevision(Post post, String body, String bodyHtml, Instant writtenAt) {
        this.post = post;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
