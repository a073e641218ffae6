package nl.lerendstelsel.domain.model.community;

import static nl.lerendstelsel.domain.model.community.MembershipStatus.AANGEVRAAGD;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.ACTIEF;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.AFGEWEZEN;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.UITGENODIGD;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.UITNODIGING_AFGESLAGEN;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.VERLATEN;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.VERWIJDERD;

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
                    throw new MembershipException("Er is geen openstaande aanvraag.", "There is no pending request.");
                }
                yield act == MembershipAct.GOEDKEUREN ? ACTIEF : AFGEWEZEN;
            }
            case UITNODIGEN -> {
                if (current == ACTIEF) {
                    throw new MembershipException("Deze persoon is al lid.", "This person is already a member.");
                }
                if (current == UITGENODIGD) {
                    throw new MembershipException("Deze persoon is al uitgenodigd.", "This person has already been invited.");
                }
                yield UITGENODIGD;
            }
            case UITNODIGING_AFSLAAN -> {
                if (current != UITGENODIGD) {
                    throw new MembershipException("Er is geen openstaande uitnodiging.", "There is no pending invitation.");
                }
                yield UITNODIGING_AFGESLAGEN;
            }
            case VERLATEN -> {
                if (current != ACTIEF) {
                    throw new MembershipException("U bent geen lid van deze CoP.", "You are not a member of this CoP.");
                }
                if (role == MemberRole.FACILITATOR && otherFacilitators == 0) {
                    throw new MembershipException("U bent de enige facilitator; vraag de beheerder eerst een andere aan te wijzen.",
                            "You are the only facilitator; ask an administrator to appoint another one first.");
                }
                yield VERLATEN;
            }
            case VERWIJDEREN -> {
                if (current != ACTIEF) {
                    throw new MembershipException("Deze persoon is geen lid.", "This person is not a member.");
                }
                if (role == MemberRole.FACILITATOR) {
                    throw new MembershipException("Een facilitator wordt door de beheerder uit de CoP gehaald, niet verwijderd als lid.",
                            "A facilitator is relieved by an administrator, not removed as a member.");
                }
                yield VERWIJDERD;
            }
        };
    }

    private static MembershipStatus join(MembershipMode mode, MembershipStatus current) {
        if (current == ACTIEF) {
            throw new MembershipException("U bent al lid van deze CoP.", "You are already a member of this CoP.");
        }
        if (current == AANGEVRAAGD) {
            throw new MembershipException("Uw aanvraag wacht al op de facilitator.", "Your request is already waiting for the facilitator.");
        }
        if (current == UITGENODIGD) {
            return ACTIEF;
        }
        return switch (mode) {
            case OPEN -> current == VERWIJDERD ? AANGEVRAAGD : ACTIEF;
            case OP_AANVRAAG -> AANGEVRAAGD;
            case OP_UITNODIGING -> throw new MembershipException(
                    "U kunt alleen op uitnodiging van een facilitator lid worden van deze CoP.",
                    "You can only join this CoP when a facilitator invites you.");
        };
    }

    /** Whether someone with this status counts as a member (reads discussions, posts, sees meetings). */
    public static boolean isMember(MembershipStatus status) {
        return status == ACTIEF;
    }

}
