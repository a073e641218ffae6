package nl.lerendstelsel.domain.model.community;

import static nl.lerendstelsel.domain.model.community.MembershipStatus.AANGEVRAAGD;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.ACTIEF;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.AFGEWEZEN;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.UITGENODIGD;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.UITNODIGING_AFGESLAGEN;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.VERLATEN;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.VERWIJDERD;

import nl.lerendstelsel.domain.model.text.Message;

/**
 * Membership per mode, in one place. {@code current} is {@code null} for someone who never had anything to do with the
 * CoP. The rules:
 * <ul>
 *   <li>Joining an open CoP makes a member at once; in a CoP "op aanvraag" it becomes a request; in a CoP "op
 *       uitnodiging" only an invitation lets someone in (joining then accepts it, in any mode).</li>
 *   <li>Someone a facilitator removed cannot walk back into an open CoP: joining becomes a request the facilitator
 *       decides on.</li>
 *   <li>A facilitator approves or declines requests only, invites anyone who is not a member and has no pending
 *       invitation, and removes members (never another facilitator: admins appoint and relieve those).</li>
 *   <li>A member leaves; the last facilitator of a CoP cannot (the CoP would be without one).</li>
 * </ul>
 */
public final class MembershipRules {

    private MembershipRules() {
    }

    /**
     * The status after {@code act}, or a {@link MembershipException} saying why not. {@code role} is the member's role
     * ({@code null} without a membership); {@code otherFacilitators} counts the CoP's other active facilitators.
     */
    public static MembershipStatus next(MembershipMode mode, MembershipStatus current, MemberRole role, MembershipAct act,
                                        int otherFacilitators) {
        return switch (act) {
            case AANMELDEN -> join(mode, current);
            case GOEDKEUREN, AFWIJZEN -> {
                if (current != AANGEVRAAGD) {
                    throw new MembershipException(Message.of("refusal.cop.noPendingRequest"));
                }
                yield act == MembershipAct.GOEDKEUREN ? ACTIEF : AFGEWEZEN;
            }
            case UITNODIGEN -> {
                if (current == ACTIEF) {
                    throw new MembershipException(Message.of("refusal.cop.personAlreadyMember"));
                }
                if (current == UITGENODIGD) {
                    throw new MembershipException(Message.of("refusal.cop.alreadyInvited"));
                }
                yield UITGENODIGD;
            }
            case UITNODIGING_AFSLAAN -> {
                if (current != UITGENODIGD) {
                    throw new MembershipException(Message.of("refusal.cop.noPendingInvitation"));
                }
                yield UITNODIGING_AFGESLAGEN;
            }
            case VERLATEN -> {
                if (current != ACTIEF) {
                    throw new MembershipException(Message.of("refusal.cop.youAreNotAMember"));
                }
                if (role == MemberRole.FACILITATOR && otherFacilitators == 0) {
                    throw new MembershipException(Message.of("refusal.cop.onlyFacilitator"));
                }
                yield VERLATEN;
            }
            case VERWIJDEREN -> {
                if (current != ACTIEF) {
                    throw new MembershipException(Message.of("refusal.cop.personNotAMember"));
                }
                if (role == MemberRole.FACILITATOR) {
                    throw new MembershipException(Message.of("refusal.cop.facilitatorNotRemoved"));
                }
                yield VERWIJDERD;
            }
        };
    }

    private static MembershipStatus join(MembershipMode mode, MembershipStatus current) {
        if (current == ACTIEF) {
            throw new MembershipException(Message.of("refusal.cop.youAreAlreadyMember"));
        }
        if (current == AANGEVRAAGD) {
            throw new MembershipException(Message.of("refusal.cop.requestWaiting"));
        }
        if (current == UITGENODIGD) {
            return ACTIEF;
        }
        return switch (mode) {
            case OPEN -> current == VERWIJDERD ? AANGEVRAAGD : ACTIEF;
            case OP_AANVRAAG -> AANGEVRAAGD;
            case OP_UITNODIGING -> throw new MembershipException(Message.of("refusal.cop.invitationOnly"));
        };
    }

    /** Whether someone with this status counts as a member (reads discussions, posts, sees meetings). */
    public static boolean isMember(MembershipStatus status) {
        return status == ACTIEF;
    }

}
