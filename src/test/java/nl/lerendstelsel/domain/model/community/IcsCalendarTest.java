package nl.lerendstelsel.domain.model.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void anEventInWinterAndSummerTimeIsWrittenInUtc() {
        Instant winter = LocalDateTime.of(2026, 12, 3, 10, 0).atZone(AMSTERDAM).toInstant();
        Instant summer = LocalDateTime.of(2027, 6, 3, 10, 0).atZone(AMSTERDAM).toInstant();
        String ics = IcsCalendar.of(new IcsCalendar.Event("bijeenkomst-1@lerend-stelsel", winter, winter.plusSeconds(7200),
                "Intervisie", null, null, null, winter));
        assertTrue(ics.contains("\r\nDTSTART:20261203T090000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20261203T110000Z\r\n"), ics);
        String june = IcsCalendar.of(new IcsCalendar.Event("x", summer, summer.plusSeconds(3600), "Zomer", null, null, null, summer));
        assertTrue(june.contains("DTSTART:20270603T080000Z"), june);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void textsAreEscapedAndLongLinesFoldedWithoutBreakingCharacters() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", IcsCalendar.escape("a, b; c\\ d\ne"));
        String description = "Agenda: één, twee; drie — ".repeat(20);
        Instant now = Instant.parse("2026-12-03T09:00:00Z");
        String ics = IcsCalendar.of(new IcsCalendar.Event("x", now, now.plusSeconds(60), "Titel", description, "Utrecht", null, now));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("DESCRIPTION:" + IcsCalendar.escape(description)), unfolded);
    }

    @Test
    void anInvitationAndItsCancellationAreTheSameEventWithAHigherSequence() {
        Instant start = Instant.parse("2026-12-03T09:00:00Z");
        IcsCalendar.Party organizer = new IcsCalendar.Party("CoP \"Brede intake\"", "noreply@lerendstelsel.nl");
        IcsCalendar.Party attendee = new IcsCalendar.Party("Joost de Vries", "joost.devries@example.org");
        String moved = IcsCalendar.of(new IcsCalendar.Event("bijeenkomst-7@lerend-stelsel", start, start.plusSeconds(7200), "Intervisie",
                null, "Utrecht", null, start, 1, false), IcsCalendar.Method.REQUEST, organizer, attendee).replace("\r\n ", "");
        assertTrue(moved.contains("\r\nMETHOD:REQUEST\r\n") && moved.contains("\r\nSEQUENCE:1\r\n")
                && moved.contains("\r\nSTATUS:CONFIRMED\r\n"), moved);
        assertTrue(moved.contains("\r\nORGANIZER;CN=\"CoP Brede intake\":mailto:noreply@lerendstelsel.nl\r\n"), moved);
        assertTrue(moved.contains("\r\nATTENDEE;CN=\"Joost de Vries\";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:joost.devries@example.org\r\n"),
                moved);
        String cancelled = IcsCalendar.of(new IcsCalendar.Event("bijeenkomst-7@lerend-stelsel", start, start.plusSeconds(7200),
                "Intervisie", null, "Utrecht", null, start, 2, true), IcsCalendar.Method.CANCEL, organizer, attendee);
        assertTrue(cancelled.contains("\r\nMETHOD:CANCEL\r\n") && cancelled.contains("\r\nSEQUENCE:2\r\n")
                && cancelled.contains("\r\nSTATUS:CANCELLED\r\n") && cancelled.contains("\r\nUID:bijeenkomst-7@lerend-stelsel\r\n"),
                cancelled);
        assertThrows(IllegalArgumentException.class, () -> IcsCalendar.of(new IcsCalendar.Event("x", start, start, "T", null, null,
                null, start), IcsCalendar.Method.REQUEST, null, attendee), "iTIP needs the organizer");
        String published = IcsCalendar.of(new IcsCalendar.Event("x", start, start.plusSeconds(60), "T", null, null, null, start));
        assertTrue(published.contains("\r\nMETHOD:PUBLISH\r\n") && published.contains("\r\nSEQUENCE:0\r\n")
                && !published.contains("ORGANIZER") && !published.contains("ATTENDEE"), published);
    }
}
