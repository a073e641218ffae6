package nl.lerendstelsel.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.bottleneck.Handoffs;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged.What;
import nl.lerendstelsel.domain.model.notification.Delivery;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.text.Message;
import org.junit.jupiter.api.Test;

class NotificationRecipientsTest {

    /** Reporter 1, a supporter 2, a follower 3; handlers 5 and 6. */
    private static final Handoffs.Facts FACTS = new Handoffs.Facts("Toets te moeilijk", 1L, Set.of(1L, 2L, 3L), () -> Set.of(5L, 6L),
            LocalDate.of(2026, 12, 22));

    private static BottleneckChanged change(What what, Long actor, Long assignee) {
        return new BottleneckChanged("KP-2026-00001", what, actor, Message.of("notification.summary.step", Message.of("notification.action.OPLOSSEN"),
                Message.of("notification.level.EXECUTION")), "Opgelost.", assignee);
    }

    private static BottleneckChanged step(Action action, Long actor, Long previousAssignee) {
        return new BottleneckChanged("KP-2026-00001", What.STEP, actor, Message.of("notification.summary.reported"), "Toelichting.", null, action,
                previousAssignee);
    }

    private static Map<Long, NotificationKind> kinds(BottleneckChanged change) {
        Map<Long, NotificationKind> kinds = new java.util.TreeMap<>();
        Handoffs.recipients(change, FACTS).forEach((id, tell) -> kinds.put(id, tell.kind()));
        return kinds;
    }

    @Test
    void everyoneAroundTheKnelpuntExceptWhoeverActed() {
        assertEquals(Set.of(1L, 3L), kinds(change(What.FEEDBACK, 2L, null)).keySet());
        assertEquals(Set.of(1L, 2L, 3L), kinds(change(What.STEP, 9L, null)).keySet());
        assertEquals(Set.of(1L, 2L, 3L), kinds(change(What.STEP, null, null)).keySet(), "the system");
    }

    @Test
    void anAssignmentOnlyTellsTheAssigneeAndNotWhenTheyTookItThemselves() {
        assertEquals(Map.of(7L, NotificationKind.TOEGEWEZEN), kinds(change(What.ASSIGNED, 2L, 7L)));
        assertEquals(Map.of(), kinds(change(What.ASSIGNED, 7L, 7L)));
    }

    @Test
    void anAssignmentAwayFromSomeoneTellsThemTheyNeedNotActAnyMore() {
        BottleneckChanged reassigned = new BottleneckChanged("KP-2026-00001", What.ASSIGNED, 2L, Message.of("notification.summary.assigned", "Sanne"), null, 7L, null, 5L);
        assertEquals(Map.of(7L, NotificationKind.TOEGEWEZEN, 5L, NotificationKind.TOEGEWEZEN), kinds(reassigned));
        assertTrue(Handoffs.recipients(reassigned, FACTS).get(5L).title().in(Message.DUTCH).startsWith("Niet meer aan u toegewezen"));
        assertEquals(Set.of(1L, 2L, 3L, 5L), kinds(step(Action.IN_BEHANDELING_NEMEN, 6L, 5L)).keySet(), "taken over from 5");
        assertEquals(Set.of(1L, 2L, 3L), kinds(step(Action.IN_BEHANDELING_NEMEN, 6L, 6L)).keySet(), "took it back themself");
    }

    @Test
    void aNewKnelpuntReachesOnlyTheHandlersOfItsQueue() {
        assertEquals(Map.of(5L, NotificationKind.ACTIE, 6L, NotificationKind.ACTIE), kinds(change(What.REPORTED, 1L, null)));
        assertEquals(Map.of(5L, NotificationKind.ACTIE, 6L, NotificationKind.ACTIE), kinds(change(What.PROPOSED, 2L, null)));
    }

    @Test
    void eachPartOfASplitReachesTheOtherHandlersOfItsQueueNotTheOneWhoSplit() {
        BottleneckChanged part = new BottleneckChanged("KP-2026-00002", What.SPLIT_PART, 5L, Message.of("notification.summary.reported"),
                "KP-2026-00001", null);
        Map<Long, Handoffs.Tell> told = Handoffs.recipients(part, FACTS);
        assertEquals(Set.of(6L), told.keySet(), "the audience follows the parts already and heard of the split");
        assertEquals(NotificationKind.ACTIE, told.get(6L).kind());
        assertEquals("Dit deel van het gesplitste knelpunt KP-2026-00001 wacht in uw wachtrij.", told.get(6L).text().in(Message.DUTCH));
        assertEquals("This part of the split knelpunt KP-2026-00001 waits in your queue.", told.get(6L).text().in(Message.ENGLISH));
    }

    @Test
    void stepsThatHandWorkOnTellTheHandlersItIsTheirTurn() {
        for (Action action : new Action[] {Action.OPSCHALEN, Action.TERUGLEGGEN, Action.HEROPENEN, Action.INFORMATIE_ONTVANGEN}) {
            Map<Long, NotificationKind> kinds = kinds(step(action, 1L, null));
            assertEquals(NotificationKind.ACTIE, kinds.get(5L), action.name());
            assertEquals(NotificationKind.ACTIE, kinds.get(6L), action.name());
            assertEquals(NotificationKind.STAP, kinds.get(2L), action.name());
            assertEquals(Set.of(2L, 3L, 5L, 6L), kinds.keySet(), action + ": never the reporter who acted");
        }
    }

    @Test
    void aRequestForInformationTellsTheReporterByWhenAlwaysAtOnce() {
        Map<Long, Handoffs.Tell> told = Handoffs.recipients(step(Action.INFORMATIE_VRAGEN, 5L, null), FACTS);
        assertEquals(NotificationKind.INFORMATIE_GEVRAAGD, told.get(1L).kind());
        String dutch = told.get(1L).text().in(Message.DUTCH);
        assertTrue(dutch.contains("uiterlijk op dinsdag 22 december 2026"), dutch);
        assertTrue(dutch.startsWith("Toelichting."));
        String english = told.get(1L).text().in(Message.ENGLISH);
        assertTrue(english.contains("Give the information by Tuesday 22 December 2026"), english);
        assertEquals("Information asked \u2014 Toets te moeilijk", told.get(1L).title().in(Message.ENGLISH));
        assertEquals(NotificationKind.STAP, told.get(2L).kind());
        assertEquals(Delivery.DIRECT, NotificationService.delivery(Map.of(NotificationKind.INFORMATIE_GEVRAAGD, Delivery.DAGELIJKS),
                NotificationKind.INFORMATIE_GEVRAAGD), "the clock runs: the choice does not apply");
        assertEquals(Delivery.DAGELIJKS, NotificationService.delivery(Map.of(NotificationKind.ACTIE, Delivery.DAGELIJKS),
                NotificationKind.ACTIE));
    }

    @Test
    void aCommentByTheReporterReachesTheHandlersButOneByAnotherDoesNot() {
        assertEquals(Set.of(2L, 3L, 5L, 6L), kinds(new BottleneckChanged("KP-2026-00001", What.COMMENT, 1L, Message.of("notification.summary.comment", "Fatima"), "Tekst.", null)).keySet());
        assertEquals(Set.of(1L, 3L), kinds(new BottleneckChanged("KP-2026-00001", What.COMMENT, 2L, Message.of("notification.summary.comment", "Fatima"), "Tekst.", null)).keySet());
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
        Message summary = BottleneckSteps.summary(nl.lerendstelsel.domain.model.bottleneck.Action.TERUGLEGGEN,
                nl.lerendstelsel.domain.model.bottleneck.Level.EXECUTION);
        assertEquals("Terugleggen: nu op uitvoeringsniveau", summary.in(Message.DUTCH));
        assertEquals("Returned: now at execution level", summary.in(Message.ENGLISH));
        assertEquals("Gesteund door 5 gemeenten in 2 arbeidsmarktregio's. Beoordeel of het knelpunt naar het volgende niveau moet.",
                Message.of("notification.summary.proposed", 5, 2).in(Message.DUTCH), "an apostrophe survives the formatting");
    }
}
