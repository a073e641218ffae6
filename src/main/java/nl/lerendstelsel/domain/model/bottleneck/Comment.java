package nl.lerendstelsel.domain.model.bottleneck;

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
import nl.lerendstelsel.domain.model.user.AuthoredText;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** A reaction on a knelpunt (plain text, checked by the personal-data guard before it gets here). Never edited. */
@Entity
@Table(name = "bottleneck_comment")
public class Comment extends AuthoredText {

    @Id
    @SequenceGenerator(name = "bottleneck_comment_seq", sequenceName = "bottleneck_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bottleneck_comment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bottleneck_id", updatable = false)
    private Bottleneck bottleneck;

    protected Comment() {
    }

    public Comment(Bottleneck bottleneck, UserProfile author, String body, Instant createdAt) {
        super(author, body, createdAt);
        this.bottleneck = bottleneck;
    }

    public Long getId() {
        return id;
    }
}
