package nl.lerendstelsel.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.domain.model.audit.AuditRepository;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The audit log's query parameters, the same for the page, its CSV export and the REST API: {@code van} and {@code tot}
 * (days in the Netherlands, both included), {@code actor}, {@code actie}, {@code objecttype}, {@code object} (the start of
 * an object id) and {@code na} (where the previous page ended, as given by the previous answer).
 */
public final class AuditLogParameters {

    private AuditLogParameters() {
    }

    public static AuditFilter filter(String from, String until, String actor, String action, String objectType, String objectId) {
        LocalDate first = SignalReportResource.date("van", from);
        LocalDate last = SignalReportResource.date("tot", until);
        if (first != null && last != null && last.isBefore(first)) {
            throw InvalidInputException.of("tot", Message.of("input.period.endBeforeStart"));
        }
        return new AuditFilter(first == null ? null : first.atStartOfDay(DutchTime.ZONE).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant(),
                limit("actor", actor), limit("actie", action), limit("objecttype", objectType), limit("object", objectId));
    }

    /** The cursor as text: seconds, nanoseconds and id of the last entry shown. */
    public static String cursor(AuditRepository.Cursor cursor) {
        return cursor == null ? null
                : cursor.occurredAt().getEpochSecond() + "." + cursor.occurredAt().getNano() + "." + cursor.id();
    }

    public static AuditRepository.Cursor cursor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("\\.");
        try {
            if (parts.length == 3) {
                return new AuditRepository.Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        Long.parseLong(parts[2]));
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            // falls through to the message below
        }
        throw InvalidInputException.of("na", Message.of("input.audit.cursor"));
    }

    private static String limit(String field, String value) {
        if (value != null && value.length() > 100) {
            throw InvalidInputException.of(field, Message.of("input.audit.tooLong"));
        }
        return value;
    }
}
