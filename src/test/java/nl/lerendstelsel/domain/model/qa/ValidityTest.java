package nl.lerendstelsel.domain.model.qa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer's end date: on that day it still applies, the day after it is expired ("mogelijk verouderd"). */
class ValidityTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Signer AUTHOR = new Signer(1L, "Redacteur", "DIVOSA");
    private static final Signer OTHER = new Signer(2L, "Collega", "DIVOSA");

    private static QaEntry published(LocalDate from, LocalDate until) {
        QaEntry entry = new QaEntry(null, EnumSet.of(Partner.DIVOSA), NOW);
        QaVersion v = entry.draft(null, AUTHOR, NOW);
        v.write("Tot wanneer geldt de overgangsregeling?", "Tot en met de einddatum in het besluit.", List.of(), from, until, null,
                AUTHOR.profileId());
        v.submit();
        assertTrue(v.approve(Partner.DIVOSA, OTHER, entry.getPartners(), NOW));
        entry.publish(v, NOW);
        return entry;
    }

    @Test
    void expiredOnlyAfterTheLastDay() {
        LocalDate last = LocalDate.of(2026, 12, 31);
        QaEntry entry = published(null, last);
        assertFalse(entry.isExpiredOn(last.minusDays(1)));
        assertFalse(entry.isExpiredOn(last), "the end date is inclusive");
        assertTrue(entry.isExpiredOn(last.plusDays(1)));
        assertTrue(entry.getCurrent().isExpiredOn(last.plusYears(1)));
    }

    @Test
    void withoutAnEndDateAnAnswerNeverExpires() {
        QaEntry entry = published(LocalDate.of(2022, 1, 1), null);
        assertFalse(entry.isExpiredOn(LocalDate.of(2099, 1, 1)));
        assertTrue(entry.getCurrent().isValidOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void aWithdrawnAnswerIsNotPublishedSoNotExpiredEither() {
        QaEntry entry = published(null, LocalDate.of(2026, 1, 31));
        assertTrue(entry.isExpiredOn(LocalDate.of(2026, 2, 1)));
        entry.withdraw(NOW);
        assertFalse(entry.isExpiredOn(LocalDate.of(2026, 2, 1)), "nothing public: nothing to mark");
    }
}
