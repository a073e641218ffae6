package nl.lerendstelsel.domain.model.community;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar file (RFC 5545) with one event: published for "add to my agenda", or, in an e-mail, as an invitation
 * (iTIP, RFC 5546: {@code METHOD:REQUEST}) or its cancellation ({@code METHOD:CANCEL}) that calendars apply to the event
 * with the same UID when its SEQUENCE is at least as high as the one they have. Times are written in UTC ({@code Z}), so every
 * calendar shows them right in its own zone without a time-zone definition; texts are escaped and long lines folded
 * at 75 octets without splitting a UTF-8 character.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * What goes into the event. {@code uid} must be globally unique and stable for the same meeting; {@code sequence}
     * grows with every significant change (another time or place, the cancellation).
     */
    public record Event(String uid, Instant start, Instant end, String summary, String description, String location,
                        String url, Instant stamp, int sequence, boolean cancelled) {

        public Event(String uid, Instant start, Instant end, String summary, String description, String location, String url,
                     Instant stamp) {
            this(uid, start, end, summary, description, location, url, stamp, 0, false);
        }
    }

    /** How the file is meant: published for download, or an invitation or cancellation sent by e-mail. */
    public enum Method {
        PUBLISH,
        REQUEST,
        CANCEL
    }

    /** Someone in an invitation: the organiser, or the attendee it is sent to. */
    public record Party(String name, String email) {
    }

    private IcsCalendar() {
    }

    public static String of(Event event) {
        return of(event, Method.PUBLISH, null, null);
    }

    /**
     * The event for {@code method}. An invitation and a cancellation name the organiser and the attendee (iTIP requires
     * both); attendees are asked for no reply, as answers are given in the application.
     */
    public static String of(Event event, Method method, Party organizer, Party attendee) {
        if (method != Method.PUBLISH && (organizer == null || attendee == null)) {
            throw new IllegalArgumentException("An invitation or cancellation names its organizer and attendee");
        }
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Lerend Stelsel Inburgering//CoP//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method.name());
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + escape(event.uid()));
        line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.end()));
        line(ics, "SEQUENCE:" + event.sequence());
        line(ics, "STATUS:" + (event.cancelled() || method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
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
        if (organizer != null) {
            line(ics, "ORGANIZER;CN=" + parameter(organizer.name()) + ":mailto:" + address(organizer.email()));
        }
        if (attendee != null) {
            line(ics, "ATTENDEE;CN=" + parameter(attendee.name()) + ";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:"
                    + address(attendee.email()));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A parameter value, always quoted: quotes and line breaks cannot occur in one (RFC 5545 3.2), so they go. */
    static String parameter(String value) {
        return "\"" + (value == null ? "" : value.replaceAll("[\"\\r\\n\\p{Cntrl}]", "")) + "\"";
    }

    private static String address(String email) {
        return email == null ? "" : email.replaceAll("[\\s:;,\"]", "");
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
