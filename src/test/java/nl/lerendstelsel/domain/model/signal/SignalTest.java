package nl.lerendstelsel.domain.model.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

/** The signal entity's own rules: steps from the table with their moments, editing, deadlines, follow-up, knelpunten. */
class SignalTest {

    private static final Instant NOW = Instant.parse("2026-12-21T09:00:00Z");
    private final UserProfile coordinator = person("coordinator", Role.COORDINATOR);
    private final UserProfile ministry = person("ministry", Role.MINISTRY);
    private final SignalDeadlines deadlines = new SignalDeadlines(WorkingDayCalendar.statutory(), 10, 40);

    private static UserProfile person(String username, Role role) {
        return new UserProfile(new IdentityClaims("sub-" + username, username, username, null, null, EnumSet.of(role)), null, NOW);
    }

    private Signal concept() {
        Signal signal = new Signal("SIG-2026-001", coordinator, NOW);
        signal.describe("Beslistermijn ontbreekt", "Inburgeraars wachten maanden.", "De regeling kent geen termijn.", Urgency.HOOG,
                Proposal.AANPASSING_WET_REGELGEVING, NOW);
        return signal;
    }

    /** A {@link #concept()} submitted, acknowledged, taken in hand and answered by the ministry with {@code answer}. */
    private Signal answered(String answer) {
        Signal signal = concept();
        signal.perform(SignalAction.INDIENEN, SignalRole.COORDINATOR, coordinator, null, NOW);
        signal.perform(SignalAction.ONTVANGST_BEVESTIGEN, SignalRole.MINISTRY, ministry, null, NOW);
        signal.perform(SignalAction.IN_BEHANDELING_NEMEN, SignalRole.MINISTRY, ministry, null, NOW);
        signal.perform(SignalAction.BEANTWOORDEN, SignalRole.MINISTRY, ministry, answer, NOW);
        return signal;
    }

    @Test
    void aNewSignalIsAConceptWithItsCreationInTheHistory() {
        Signal signal = concept();
        assertEquals(SignalStatus.CONCEPT, signal.getStatus());
        assertTrue(signal.isEditable());
        assertEquals(1, signal.getHistory().size());
        assertEquals(SignalEvent.CREATED, signal.getHistory().get(0).getAction());
    }

    @Test
    void stepsFollowTheTableAndRecordTheirMoments() {
        Signal signal = concept();
        Instant submitted = NOW.plusSeconds(60);
        SignalEvent event = signal.perform(SignalAction.INDIENEN, SignalRole.COORDINATOR, coordinator, null, submitted);
        assertEquals(SignalStatus.CONCEPT, event.getFromStatus());
        assertEquals(SignalStatus.INGEDIEND, event.getToStatus());
        assertEquals(submitted, signal.getSubmittedAt());
        assertFalse(signal.isEditable());
        assertThrows(SignalWorkflowException.class, () -> signal.describe("Andere titel", "p", "a", Urgency.LAAG, Proposal.FINANCIERING, NOW),
                "texts are fixed once submitted");
        assertThrows(SignalWorkflowException.class,
                () -> signal.perform(SignalAction.ONTVANGST_BEVESTIGEN, SignalRole.COORDINATOR, coordinator, null, NOW),
                "the coordinator does not acknowledge");
        signal.perform(SignalAction.ONTVANGST_BEVESTIGEN, SignalRole.MINISTRY, ministry, null, NOW.plusSeconds(120));
        assertNotNull(signal.getAcknowledgedAt());
        signal.perform(SignalAction.IN_BEHANDELING_NEMEN, SignalRole.MINISTRY, ministry, null, NOW);
        signal.perform(SignalAction.VRAGEN_STELLEN, SignalRole.MINISTRY, ministry, "Hoeveel mensen?", NOW);
        assertTrue(signal.isEditable(), "the coordinator may sharpen the texts while questions are open");
        signal.perform(SignalAction.VRAGEN_BEANTWOORDEN, SignalRole.COORDINATOR, coordinator, "Ongeveer 400.", NOW);
        assertEquals(SignalStatus.IN_BEHANDELING, signal.getStatus());
        signal.perform(SignalAction.BEANTWOORDEN, SignalRole.MINISTRY, ministry, "Wij passen het aan.", NOW.plusSeconds(180));
        assertEquals(NOW.plusSeconds(180), signal.getAnsweredAt());
        assertEquals(7, signal.getHistory().size());
    }

    @Test
    void deadlinesCountWorkingDaysAcrossTheChristmasHolidays() {
        Signal signal = concept();
        signal.perform(SignalAction.INDIENEN, SignalRole.COORDINATOR, coordinator, null, NOW);
        LocalDate monday = LocalDate.of(2026, 12, 21);
        signal.scheduled(monday, deadlines);
        // 25 and 26 December and 1 January are holidays; 10 working days after Monday 21 December is Wednesday 6 January
        assertEquals(LocalDate.of(2027, 1, 6), signal.getAcknowledgeDue());
        assertFalse(signal.isOverdue(LocalDate.of(2027, 1, 6)));
        assertTrue(signal.isOverdue(LocalDate.of(2027, 1, 7)));
        signal.perform(SignalAction.ONTVANGST_BEVESTIGEN, SignalRole.MINISTRY, ministry, null, NOW);
        assertFalse(signal.isOverdue(LocalDate.of(2027, 1, 7)), "acknowledged: only the answer deadline counts now");
        assertTrue(signal.isOverdue(signal.getAnswerDue().plusDays(1)));
    }

    @Test
    void followUpOnlyAfterAnAdoptedDecision() {
        Signal signal = answered("Niet nodig.");
        signal.respond(Decision.NIET_OVERGENOMEN, "Niet nodig.", "Bestuurlijk Overleg", ministry);
        assertNull(signal.getForum(), "a forum only for a referral");
        assertThrows(SignalWorkflowException.class, () -> signal.recordFollowUp("Iets", LocalDate.of(2027, 1, 1), NOW));
        assertThrows(SignalWorkflowException.class, () -> signal.addProgress(ministry, "Iets", NOW));
        signal.respond(Decision.DEELS_OVERGENOMEN, "Deels.", null, ministry);
        signal.recordFollowUp("De handreiking wordt aangepast.", LocalDate.of(2027, 3, 1), NOW);
        signal.addProgress(ministry, "Concept is klaar.", NOW);
        assertEquals(LocalDate.of(2027, 3, 1), signal.getFollowUpExpected());
        assertEquals(1, signal.getProgress().size());
    }

    @Test
    void anInterimAnswerMovesTheAnswerDeadlineAndKeepsBothDatesInTheHistory() {
        Signal signal = concept();
        signal.perform(SignalAction.INDIENEN, SignalRole.COORDINATOR, coordinator, null, NOW);
        signal.scheduled(LocalDate.of(2026, 12, 21), deadlines);
        LocalDate before = signal.getAnswerDue();
        signal.perform(SignalAction.ONTVANGST_BEVESTIGEN, SignalRole.MINISTRY, ministry, null, NOW);
        LocalDate later = before.plusWeeks(6);
        assertThrows(SignalWorkflowException.class,
                () -> signal.interimAnswer(SignalRole.MINISTRY, ministry, "Verder overleg volgt.", later, NOW),
                "only once it is in behandeling");
        signal.perform(SignalAction.IN_BEHANDELING_NEMEN, SignalRole.MINISTRY, ministry, null, NOW);
        assertThrows(SignalWorkflowException.class,
                () -> signal.interimAnswer(SignalRole.COORDINATOR, coordinator, "Verder overleg volgt.", later, NOW), "the ministry's");
        assertThrows(SignalWorkflowException.class, () -> signal.interimAnswer(SignalRole.MINISTRY, ministry, " ", later, NOW),
                "it says what happens");
        assertTrue(signal.isOverdue(before.plusDays(1)));

        SignalEvent event = signal.interimAnswer(SignalRole.MINISTRY, ministry, "Verder overleg met DUO volgt.", later, NOW);
        assertEquals(SignalStatus.IN_BEHANDELING, signal.getStatus());
        assertEquals(later, signal.getAnswerDue());
        assertEquals(before, event.getDueBefore());
        assertEquals(later, event.getDueAfter());
        assertEquals(SignalAction.TUSSENBERICHT.name(), event.getAction());
        assertEquals(java.util.List.of(event), signal.getInterimAnswers());
        assertFalse(signal.isOverdue(before.plusDays(1)), "the new date counts");
        assertTrue(signal.isOverdue(later.plusDays(1)));
        assertNull(signal.getDecision(), "an interim answer is no decision");
    }

    @Test
    void followUpIsRealisedOnceWithANoteAndIsOverdueOnlyWhilePastItsDateAndNotRealised() {
        Signal signal = answered("Wij passen het aan.");
        signal.respond(Decision.OVERGENOMEN, "Wij passen het aan.", null, ministry);
        assertThrows(SignalWorkflowException.class, () -> signal.realiseFollowUp(ministry, "Gedaan.", NOW),
                "nothing to realise before the follow-up is recorded");
        LocalDate expected = LocalDate.of(2027, 3, 1);
        signal.recordFollowUp("De regeling krijgt een beslistermijn.", expected, NOW);
        assertFalse(signal.isFollowUpOverdue(expected), "due on the day itself");
        assertTrue(signal.isFollowUpOverdue(expected.plusDays(1)));

        SignalEvent event = signal.realiseFollowUp(ministry, "De gewijzigde regeling geldt sinds 1 maart.", NOW.plusSeconds(60));
        assertTrue(signal.isFollowUpRealised());
        assertEquals(NOW.plusSeconds(60), signal.getFollowUpRealisedAt());
        assertEquals("De gewijzigde regeling geldt sinds 1 maart.", signal.getFollowUpRealisedNote());
        assertEquals(SignalEvent.FOLLOW_UP_REALISED, event.getAction());
        assertFalse(signal.isFollowUpOverdue(expected.plusDays(1)), "realised is never overdue");
        assertThrows(SignalWorkflowException.class, () -> signal.realiseFollowUp(ministry, "Nog eens.", NOW), "once");
        assertThrows(SignalWorkflowException.class, () -> signal.recordFollowUp("Iets anders.", expected, NOW));
        assertThrows(SignalWorkflowException.class, () -> signal.addProgress(ministry, "Nog meer.", NOW));
        assertFalse(concept().isFollowUpOverdue(expected.plusYears(1)), "no follow-up, nothing overdue");
    }

    @Test
    void someoneAtTheMinistryTakesOrIsAssignedTheSignalOnceSubmittedAndUntilClosed() {
        Signal signal = concept();
        UserProfile colleague = person("ministry2", Role.MINISTRY);
        assertThrows(SignalWorkflowException.class, () -> signal.assignOwner(ministry, ministry, NOW), "not a concept");
        signal.perform(SignalAction.INDIENEN, SignalRole.COORDINATOR, coordinator, null, NOW);
        assertNull(signal.getOwner());
        SignalEvent taken = signal.assignOwner(ministry, ministry, NOW);
        assertEquals(ministry, signal.getOwner());
        assertEquals(SignalEvent.OWNER, taken.getAction());
        assertEquals("ministry", taken.getText(), "the history names the owner");
        assertThrows(SignalWorkflowException.class, () -> signal.assignOwner(ministry, ministry, NOW), "has it already");
        signal.assignOwner(colleague, ministry, NOW);
        assertEquals(colleague, signal.getOwner());
        signal.perform(SignalAction.ONTVANGST_BEVESTIGEN, SignalRole.MINISTRY, ministry, null, NOW);
        signal.perform(SignalAction.IN_BEHANDELING_NEMEN, SignalRole.MINISTRY, ministry, null, NOW);
        signal.perform(SignalAction.BEANTWOORDEN, SignalRole.MINISTRY, ministry, "Niet nodig.", NOW);
        signal.perform(SignalAction.SLUITEN, SignalRole.MINISTRY, ministry, null, NOW);
        assertThrows(SignalWorkflowException.class, () -> signal.assignOwner(ministry, ministry, NOW), "not once closed");
    }

    @Test
    void theCoordinatorWithdrawsASubmittedSignalWithAReasonBeforeTheAnswer() {
        Signal signal = concept();
        assertThrows(SignalWorkflowException.class,
                () -> signal.perform(SignalAction.INTREKKEN, SignalRole.COORDINATOR, coordinator, "Opgelost.", NOW), "a concept is deleted");
        signal.perform(SignalAction.INDIENEN, SignalRole.COORDINATOR, coordinator, null, NOW);
        signal.perform(SignalAction.ONTVANGST_BEVESTIGEN, SignalRole.MINISTRY, ministry, null, NOW);
        assertThrows(SignalWorkflowException.class,
                () -> signal.perform(SignalAction.INTREKKEN, SignalRole.MINISTRY, ministry, "Opgelost.", NOW), "the coordinator's");
        SignalEvent event = signal.perform(SignalAction.INTREKKEN, SignalRole.COORDINATOR, coordinator,
                "Inmiddels in de uitvoering opgelost.", NOW.plusSeconds(60));
        assertEquals(SignalStatus.INGETROKKEN, signal.getStatus());
        assertEquals(NOW.plusSeconds(60), signal.getClosedAt());
        assertEquals("Inmiddels in de uitvoering opgelost.", event.getText());
        assertFalse(signal.isOverdue(LocalDate.of(2030, 1, 1)), "no deadline runs any more");
        assertThrows(SignalWorkflowException.class, () -> signal.assignOwner(ministry, ministry, NOW));
    }
}
