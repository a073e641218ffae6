package nl.lerendstelsel.domain.model.community;

/** How a facilitator dealt with a flag. */
public enum FlagResolution {
    /** The post is fine; it is (again) shown and all its flags are closed. */
    GOEDGEKEURD,
    /** The post was hidden. */
    VERBORGEN,
    /** The post was removed. */
    VERWIJDERD,
    /** This one flag was unfounded; other flags on the post stay open. */
    AFGEWEZEN
}
