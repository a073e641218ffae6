package nl.lerendstelsel.domain.model.bottleneck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.lerendstelsel.domain.model.CompositeKey;

/** Someone follows a knelpunt: they are notified of every change, like its reporter and supporters. */
@Entity
@Table(name = "bottleneck_follower")
@IdClass(Follower.Key.class)
public class Follower {

    @Id
    @Column(name = "bottleneck_id")
    private Long bottleneckId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false)
    private Instant since;

    protected Follower() {
    }

    public Follower(Long bottleneckId, Long userId, Instant since) {
        this.bottleneckId = bottleneckId;
        this.userId = userId;
        this.since = since;
    }

    public Long getUserId() {
        return userId;
    }

    /** The composite key. */
    public static class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;
        private Long bottleneckId;
        private Long userId;

        public Key() {
        }

        public Key(Long bottleneckId, Long userId) {
            this.bottleneckId = bottleneckId;
            this.userId = userId;
        }

        @Override
        protected Object[] parts() {
            return new Object[] {bottleneckId, userId};
        }
    }
}
