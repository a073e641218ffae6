package nl.lerendstelsel.domain.model.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A meeting moves when its time or place changes; each move and the cancellation raise the calendar sequence. */
class MeetingTest {

    private static final Instant START = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant END = START.plusSeconds(7200);

    @Test
    void onlyAnotherTimeOrPlaceIsAMove() {
        Meeting meeting = new Meeting(null, null, START);
        assertFalse(meeting.plan(MeetingKind.INTERVISIE, "Intervisie", START, END, "Utrecht", null, "1. Casus"), "planning is no move");
        assertFalse(meeting.plan(MeetingKind.BIJEENKOMST, "Andere titel", START, END, "Utrecht", null, "2. Afspraken"));
        assertEquals(0, meeting.getSequence());
        assertTrue(meeting.plan(MeetingKind.BIJEENKOMST, "Andere titel", START.plusSeconds(3600), END.plusSeconds(3600), "Utrecht", null, null));
        assertTrue(meeting.plan(MeetingKind.BIJEENKOMST, "Andere titel", START.plusSeconds(3600), END.plusSeconds(7200), "Utrecht", null, null));
        assertTrue(meeting.plan(MeetingKind.BIJEENKOMST, "Andere titel", START.plusSeconds(3600), END.plusSeconds(7200), "Zwolle", null, null));
        assertTrue(meeting.plan(MeetingKind.BIJEENKOMST, "Andere titel", START.plusSeconds(3600), END.plusSeconds(7200), "Zwolle",
                "https://meet.example.org/x", null));
        assertEquals(4, meeting.getSequence());
    }

    @Test
    void aCancelledMeetingKeepsItsReasonAndIsNotPlannedAgain() {
        Meeting meeting = new Meeting(null, null, START);
        meeting.plan(MeetingKind.INTERVISIE, "Intervisie", START, END, "Utrecht", null, null);
        meeting.cancel("Spreker ziek", START.minusSeconds(86_400));
        assertTrue(meeting.isCancelled());
        assertEquals("Spreker ziek", meeting.getCancelReason());
        assertEquals(1, meeting.getSequence());
        assertThrows(IllegalStateException.class, () -> meeting.cancel("Nog eens", START));
        assertThrows(IllegalStateException.class, () -> meeting.plan(MeetingKind.INTERVISIE, "Intervisie", START, END, "Utrecht", null, null));
    }
}
