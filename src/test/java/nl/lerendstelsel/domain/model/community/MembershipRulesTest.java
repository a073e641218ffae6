package nl.lerendstelsel.domain.model.community;

import static nl.lerendstelsel.domain.model.community.MembershipAct.AANMELDEN;
import static nl.lerendstelsel.domain.model.community.MembershipAct.AFWIJZEN;
import static nl.lerendstelsel.domain.model.community.MembershipAct.GOEDKEUREN;
import static nl.lerendstelsel.domain.model.community.MembershipAct.UITNODIGEN;
import static nl.lerendstelsel.domain.model.community.MembershipAct.UITNODIGING_AFSLAAN;
import static nl.lerendstelsel.domain.model.community.MembershipAct.VERWIJDEREN;
import static nl.lerendstelsel.domain.model.community.MembershipMode.OPEN;
import static nl.lerendstelsel.domain.model.community.MembershipMode.OP_AANVRAAG;
import static nl.lerendstelsel.domain.model.community.MembershipMode.OP_UITNODIGING;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.AANGEVRAAGD;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.ACTIEF;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.AFGEWEZEN;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.UITGENODIGD;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.UITNODIGING_AFGESLAGEN;
import static nl.lerendstelsel.domain.model.community.MembershipStatus.VERWIJDERD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Membership per mode: the expected outcome of every act from every state, in every mode, written out as a table. */
class MembershipRulesTest {

    /** The statuses before an act, including "never had anything to do with the CoP" (null). */
    private static final List<MembershipStatus> FROM = new ArrayList<>(Arrays.asList((MembershipStatus) null));

    static {
        FROM.addAll(Arrays.asList(MembershipStatus.values()));
    }

    /** What joining leads to, per mode and current status; absent means refused. */
    private static Map<MembershipStatus, MembershipStatus> joinOutcomes(MembershipMode mode) {
        Map<MembershipStatus, MembershipStatus> expected = new java.util.HashMap<>();
        for (MembershipStatus from : FROM) {
            MembershipStatus outcome = switch (mode) {
                case OPEN -> from == VERWIJDERD ? AANGEVRAAGD : ACTIEF;
                case OP_AANVRAAG -> AANGEVRAAGD;
                case OP_UITNODIGING -> null;
            };
            if (from == UITGENODIGD) {
                outcome = ACTIEF;
            }
            if (from == ACTIEF || from == AANGEVRAAGD) {
                outcome = null;
            }
            if (outcome != null) {
                expected.put(from, outcome);
            }
        }
        return expected;
    }

    @Test
    void joiningFollowsTheModeFromEveryState() {
        for (MembershipMode mode : MembershipMode.values()) {
            Map<MembershipStatus, MembershipStatus> expected = joinOutcomes(mode);
            for (MembershipStatus from : FROM) {
                if (expected.containsKey(from)) {
                    assertEquals(expected.get(from), MembershipRules.next(mode, from, MemberRole.LID, AANMELDEN, 1), mode + " from " + from);
                } else {
                    assertThrows(MembershipException.class, () -> MembershipRules.next(mode, from, MemberRole.LID, AANMELDEN, 1),
                            mode + " from " + from);
                }
            }
        }
    }

    @Test
    void facilitatorDecisionsOnlyOnPendingRequests() {
        for (MembershipMode mode : MembershipMode.values()) {
            for (MembershipStatus from : FROM) {
                if (from == AANGEVRAAGD) {
                    assertEquals(ACTIEF, MembershipRules.next(mode, from, MemberRole.LID, GOEDKEUREN, 1));
                    assertEquals(AFGEWEZEN, MembershipRules.next(mode, from, MemberRole.LID, AFWIJZEN, 1));
                } else {
                    assertThrows(MembershipException.class, () -> MembershipRules.next(mode, from, MemberRole.LID, GOEDKEUREN, 1));
                    assertThrows(MembershipException.class, () -> MembershipRules.next(mode, from, MemberRole.LID, AFWIJZEN, 1));
                }
            }
        }
    }

    @Test
    void invitationsInEveryModeToAnyoneNotAMemberOrInvited() {
        Map<MembershipStatus, Boolean> allowed = new EnumMap<>(MembershipStatus.class);
        for (MembershipStatus s : MembershipStatus.values()) {
            allowed.put(s, s != ACTIEF && s != UITGENODIGD);
        }
        for (MembershipMode mode : MembershipMode.values()) {
            assertEquals(UITGENODIGD, MembershipRules.next(mode, null, null, UITNODIGEN, 1));
            for (MembershipStatus from : MembershipStatus.values()) {
                if (allowed.get(from)) {
                    assertEquals(UITGENODIGD, MembershipRules.next(mode, from, MemberRole.LID, UITNODIGEN, 1), mode + " " + from);
                } else {
                    assertThrows(MembershipException.class, () -> MembershipRules.next(mode, from, MemberRole.LID, UITNODIGEN, 1));
                }
            }
            assertEquals(UITNODIGING_AFGESLAGEN, MembershipRules.next(mode, UITGENODIGD, MemberRole.LID, UITNODIGING_AFSLAAN, 1));
            assertThrows(MembershipException.class, () -> MembershipRules.next(mode, ACTIEF, MemberRole.LID, UITNODIGING_AFSLAAN, 1));
        }
    }

    @Test
    void membersLeaveButTheLastFacilitatorCannot() {
        assertEquals(MembershipStatus.VERLATEN, MembershipRules.next(OPEN, ACTIEF, MemberRole.LID, MembershipAct.VERLATEN, 0));
        assertEquals(MembershipStatus.VERLATEN, MembershipRules.next(OPEN, ACTIEF, MemberRole.FACILITATOR, MembershipAct.VERLATEN, 1));
        assertThrows(MembershipException.class, () -> MembershipRules.next(OPEN, ACTIEF, MemberRole.FACILITATOR, MembershipAct.VERLATEN, 0));
        for (MembershipStatus from : FROM) {
            if (from != ACTIEF) {
                assertThrows(MembershipException.class, () -> MembershipRules.next(OP_AANVRAAG, from, MemberRole.LID, MembershipAct.VERLATEN, 1));
            }
        }
    }

    @Test
    void facilitatorsRemoveMembersNotOtherFacilitators() {
        assertEquals(VERWIJDERD, MembershipRules.next(OP_UITNODIGING, ACTIEF, MemberRole.LID, VERWIJDEREN, 1));
        assertThrows(MembershipException.class, () -> MembershipRules.next(OPEN, ACTIEF, MemberRole.FACILITATOR, VERWIJDEREN, 1));
        assertThrows(MembershipException.class, () -> MembershipRules.next(OPEN, MembershipStatus.VERLATEN, MemberRole.LID, VERWIJDEREN, 1));
        assertThrows(MembershipException.class, () -> MembershipRules.next(OPEN, null, null, VERWIJDEREN, 1));
    }

    @Test
    void reasonsAreNeededForDecliningAndRemovingOnly() {
        for (MembershipAct act : MembershipAct.values()) {
            assertEquals(act == AFWIJZEN || act == VERWIJDEREN, act.needsReason(), act.name());
        }
        assertTrue(GOEDKEUREN.byFacilitator());
        assertFalse(AANMELDEN.byFacilitator());
        assertTrue(MembershipRules.isMember(ACTIEF));
        assertFalse(MembershipRules.isMember(AANGEVRAAGD));
    }

    @Test
    void refusalsExplainThemselvesInDutchAndEnglish() {
        MembershipException e = assertThrows(MembershipException.class,
                () -> MembershipRules.next(OP_UITNODIGING, null, null, AANMELDEN, 1));
        assertTrue(e.dutch().contains("uitnodiging"), e.dutch());
        assertTrue(e.english().contains("invites"), e.english());
    }
}
