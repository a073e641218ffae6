package nl.lerendstelsel.domain.model.community;

/** A member's part in a CoP. Facilitators are appointed by an admin and need the {@code facilitator} role too. */
public enum MemberRole {
    LID,
    FACILITATOR
}
