package nl.lerendstelsel.domain.model.community;

/** How people become members of a CoP. */
public enum MembershipMode {
    /** Anyone signed in joins at once. */
    OPEN,
    /** People ask; a facilitator approves or declines with a reason. */
    OP_AANVRAAG,
    /** Only people a facilitator invites become members. */
    OP_UITNODIGING
}
