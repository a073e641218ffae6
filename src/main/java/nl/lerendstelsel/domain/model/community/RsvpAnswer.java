package nl.lerendstelsel.domain.model.community;

/** A member's answer to a meeting invitation. */
public enum RsvpAnswer {
    JA,
    NEE,
    MISSCHIEN
}
