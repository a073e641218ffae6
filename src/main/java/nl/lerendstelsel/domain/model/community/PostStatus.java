package nl.lerendstelsel.domain.model.community;

/** Whether a post's content is shown. Soft deletion by the author is separate: {@link Post#isDeleted()}. */
public enum PostStatus {
    /** Shown to everyone who reads the thread. */
    ZICHTBAAR,
    /** Flagged by enough members: hidden until a facilitator has looked at it. */
    IN_BEOORDELING,
    /** Hidden by a facilitator, with a reason the author sees. */
    VERBORGEN,
    /** Removed by a facilitator, with a reason the author sees. */
    VERWIJDERD
}
