package nl.lerendstelsel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged.What;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import org.junit.jupiter.api.Test;

class NotificationRecipientsTest {

    private static final Set<Long> AUDIENCE = Set.of(1L, 2L, 3L);

    private static BottleneckChanged change(What what, Long actor, Long assignee) {
        return new BottleneckChanged("KP-2026-00001", what, actor, "Oplossen: nu op uitvoeringsniveau", "Opgelost.", assignee);
    }

    @Test
    void everyoneAroundTheKnelpuntExceptWhoeverActed() {
        assertEquals(Set.of(1L, 3L), NotificationService.recipients(change(What.FEEDBACK, 2L, null), AUDIENCE));
        assertEquals(Set.of(1L, 2L, 3L), NotificationService.recipients(change(What.STEP, 9L, null), AUDIENCE));
        assertEquals(Set.of(1L, 2L, 3L), NotificationService.recipients(change(What.STEP, null, null), AUDIENCE), "the system");
    }

    @Test
    void anAssignmentOnlyTellsTheAssigneeAndNotWhenTheyTookItThemselves() {
        assertEquals(Set.of(7L), NotificationService.recipients(change(What.ASSIGNED, 2L, 7L), AUDIENCE));
        assertEquals(Set.of(), NotificationService.recipients(change(What.ASSIGNED, 7L, 7L), AUDIENCE));
    }

    @Test
    void eachChangeHasItsKind() {
        assertEquals(NotificationKind.TERUGKOPPELING, NotificationService.kindOf(What.FEEDBACK));
        assertEquals(NotificationKind.STAP, NotificationService.kindOf(What.STEP));
        assertEquals(NotificationKind.REACTIE, NotificationService.kindOf(What.COMMENT));
        assertEquals(NotificationKind.STEUN, NotificationService.kindOf(What.SUPPORT));
        assertEquals(NotificationKind.TOEGEWEZEN, NotificationService.kindOf(What.ASSIGNED));
    }

    @Test
    void summariesReadNaturally() {
        assertEquals("Terugleggen: nu op uitvoeringsniveau",
                BottleneckService.summary(nl.lerendstelsel.domain.model.bottleneck.Action.TERUGLEGGEN,
                        nl.lerendstelsel.domain.model.bottleneck.Level.EXECUTION));
    }
}
