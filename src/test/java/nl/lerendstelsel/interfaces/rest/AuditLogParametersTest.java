package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.domain.model.audit.AuditRepository;
import org.junit.jupiter.api.Test;

class AuditLogParametersTest {

    @Test
    void thePeriodIsWholeDaysInTheNetherlands() {
        AuditFilter filter = AuditLogParameters.filter("2026-07-01", "2026-07-31", " admin ", "", null, "KP-2026");
        assertEquals(Instant.parse("2026-06-30T22:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-07-31T22:00:00Z"), filter.until(), "up to and including 31 July");
        assertEquals("admin", filter.actor());
        assertNull(filter.action());
        assertEquals("KP-2026", filter.objectId());
    }

    @Test
    void badInputGetsAMessagePerField() {
        assertEquals(Set.of("van"), assertThrows(InvalidInputException.class,
                () -> AuditLogParameters.filter("1 juli", null, null, null, null, null)).fieldErrors().keySet());
        assertEquals(Set.of("tot"), assertThrows(InvalidInputException.class,
                () -> AuditLogParameters.filter("2026-07-02", "2026-07-01", null, null, null, null)).fieldErrors().keySet());
        assertEquals(Set.of("actor"), assertThrows(InvalidInputException.class,
                () -> AuditLogParameters.filter(null, null, "x".repeat(101), null, null, null)).fieldErrors().keySet());
        assertEquals(Set.of("na"), assertThrows(InvalidInputException.class, () -> AuditLogParameters.cursor("abc")).fieldErrors().keySet());
    }

    @Test
    void theCursorSurvivesTheRoundTripToTheNanosecond() {
        AuditRepository.Cursor cursor = new AuditRepository.Cursor(Instant.parse("2026-07-01T10:15:30.123456789Z"), 4051);
        assertEquals(cursor, AuditLogParameters.cursor(AuditLogParameters.cursor(cursor)));
        assertNull(AuditLogParameters.cursor((String) null));
    }
}
