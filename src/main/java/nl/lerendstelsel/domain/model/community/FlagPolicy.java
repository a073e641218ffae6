package nl.lerendstelsel.domain.model.community;

/**
 * When flags hide a post pending review: at {@code threshold} open flags from different members (default three, set
 * with {@code lerendstelsel.moderation.flag-threshold}).
 */
public record FlagPolicy(int threshold) {

    public static final int DEFAULT_THRESHOLD = 3;

    public FlagPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("The flag threshold must be at least 1, not " + threshold);
        }
    }
}
