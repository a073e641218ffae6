package nl.lerendstelsel.domain.model.community;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar file (RFC 5545) with one event, for "add to my agenda". Times are written in UTC ({@code Z}), so every
 * calendar shows them right in its own zone without a time-zone definition; texts are escaped and long lines folded
 * at 75 octets without splitting a UTF-8 character.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What goes into the event. {@code uid} must be globally unique and stable for the same meeting. */
    public record Event(String uid, Instant start, Instant end, String summary, String description, String location,
                        String url, Instant stamp) {
    }

    private IcsCalendar() {
    }

    public static String of(Event event) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Lerend Stelsel Inburgering//CoP//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + escape(event.uid()));
        line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.end()));
        line(ics, "SUMMARY:" + escape(event.summary()));
        if (event.description() != null && !event.description().isBlank()) {
            line(ics, "DESCRIPTION:" + escape(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            line(ics, "LOCATION:" + escape(event.location()));
        }
        if (event.url() != null && !event.url().isBlank()) {
            line(ics, "URL:" + event.url().replaceAll("[\\r\\n]", ""));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT escaping: backslash, semicolon, comma, and line breaks as {@code \n}. */
    static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so no physical line exceeds 75 octets, ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
