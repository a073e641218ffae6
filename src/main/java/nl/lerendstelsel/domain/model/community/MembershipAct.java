package nl.lerendstelsel.domain.model.community;

/** What someone does about a membership; {@link MembershipRules} says what each leads to. */
public enum MembershipAct {
    /** The person joins, asks to join, or accepts an invitation. */
    AANMELDEN(false),
    /** A facilitator approves a request. */
    GOEDKEUREN(true),
    /** A facilitator declines a request, with a reason. */
    AFWIJZEN(true),
    /** A facilitator invites someone. */
    UITNODIGEN(true),
    /** The person declines an invitation. */
    UITNODIGING_AFSLAAN(false),
    /** The member leaves. */
    VERLATEN(false),
    /** A facilitator removes a member, with a reason. */
    VERWIJDEREN(true);

    private final boolean byFacilitator;

    MembershipAct(boolean byFacilitator) {
        this.byFacilitator = byFacilitator;
    }

    /** Whether a facilitator of the CoP (or an admin) does this, rather than the person themselves. */
    public boolean byFacilitator() {
        return byFacilitator;
    }

    /** Whether the act needs a reason the person sees: declining a request and removing a member. */
    public boolean needsReason() {
        return this == AFWIJZEN || this == VERWIJDEREN;
    }
}
