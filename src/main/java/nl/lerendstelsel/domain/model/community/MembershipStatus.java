package nl.lerendstelsel.domain.model.community;

/** Where someone stands with a CoP. Only {@link #ACTIEF} makes a member; the others are kept as history. */
public enum MembershipStatus {
    /** Asked to join a CoP "op aanvraag"; a facilitator decides. */
    AANGEVRAAGD,
    /** Invited by a facilitator; the person accepts or declines. */
    UITGENODIGD,
    /** A member. */
    ACTIEF,
    /** The request was declined (with a reason). */
    AFGEWEZEN,
    /** The person declined the invitation. */
    UITNODIGING_AFGESLAGEN,
    /** The member left. */
    VERLATEN,
    /** A facilitator removed the member (with a reason). */
    VERWIJDERD
}
