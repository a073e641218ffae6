package nl.lerendstelsel.domain.model.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.settings.Settings;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import org.junit.jupiter.api.Test;

/** Which items of each kind are due: the period per kind, its unit, the day boundary in the Netherlands, and the exceptions. */
class RetentionPeriodsTest {

    /** Noon in Amsterdam on 15 June 2026 (summer time). */
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private final RetentionPeriods periods = RetentionPeriods.of(Settings.defaults());

    @Test
    void everyKindHasItsOwnSettingWithSensibleDefaults() {
        assertEquals(24, periods.length(RetentionKind.KNELPUNTEN));
        assertEquals(36, periods.length(RetentionKind.BERICHTEN));
        assertEquals(7, periods.length(RetentionKind.SIGNALEN));
        assertEquals(6, periods.length(RetentionKind.MELDINGEN));
        assertEquals(12, periods.length(RetentionKind.VRAGEN));
        assertEquals(24, periods.length(RetentionKind.PROFIELEN));
        assertEquals(RetentionKind.Unit.JAREN, RetentionKind.SIGNALEN.unit());
        assertEquals("lerendstelsel.bewaartermijn.maanden", RetentionKind.KNELPUNTEN.setting().configProperty(),
                "the knelpunt period keeps its old configuration property (LERENDSTELSEL_BEWAARTERMIJN_MAANDEN)");
        assertEquals(24, periods.knelpunten().months());
    }

    @Test
    void aChangedSettingChangesOnlyItsKind() {
        RetentionPeriods changed = RetentionPeriods.of(Settings.defaults().with(Map.of(Setting.RETENTION_POSTS, 6L)));
        assertEquals(6, changed.length(RetentionKind.BERICHTEN));
        assertEquals(24, changed.length(RetentionKind.PROFIELEN));
        assertThrows(Settings.Rejected.class, () -> Settings.defaults().with(Map.of(Setting.RETENTION_POSTS, 5L)), "below the minimum");
        assertThrows(Settings.Rejected.class, () -> Settings.defaults().with(Map.of(Setting.RETENTION_SIGNALS, 0L)));
        Map<RetentionKind, Integer> tooShort = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            tooShort.put(kind, (int) kind.setting().min());
        }
        tooShort.put(RetentionKind.MELDINGEN, 0);
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriods(tooShort));
    }

    @Test
    void theCutOffCountsMonthsOrYearsFromTheDayInTheNetherlands() {
        assertEquals(LocalDate.of(2023, 6, 15), periods.cutoff(RetentionKind.BERICHTEN, NOW));
        assertEquals(LocalDate.of(2019, 6, 15), periods.cutoff(RetentionKind.SIGNALEN, NOW));
        assertEquals(LocalDate.of(2025, 12, 15), periods.cutoff(RetentionKind.MELDINGEN, NOW));
        // everything on the cut-off day (Dutch time) is due: up to midnight at the start of the next day, 22:00 UTC in summer
        assertEquals(Instant.parse("2025-12-15T23:00:00Z"), periods.dueBefore(RetentionKind.MELDINGEN, NOW), "15 December is winter time");
        assertEquals(Instant.parse("2023-06-15T22:00:00Z"), periods.dueBefore(RetentionKind.BERICHTEN, NOW));
    }

    @Test
    void postsAreDueByTheirDiscussionsLastActivityOnce() {
        assertTrue(periods.isPostDue(Instant.parse("2023-06-15T21:59:59Z"), false, NOW), "last post on the cut-off day");
        assertFalse(periods.isPostDue(Instant.parse("2023-06-15T22:00:00Z"), false, NOW), "a day later: kept");
        assertFalse(periods.isPostDue(Instant.parse("2020-01-01T00:00:00Z"), true, NOW), "already erased");
        assertFalse(periods.isPostDue(null, false, NOW));
    }

    @Test
    void signalsAreDueOnlyWhenClosedOrWithdrawnLongEnoughAgo() {
        Instant old = Instant.parse("2019-06-15T12:00:00Z");
        Instant recent = Instant.parse("2019-06-16T12:00:00Z");
        assertTrue(periods.isSignalDue(SignalStatus.GESLOTEN, old, false, NOW));
        assertTrue(periods.isSignalDue(SignalStatus.INGETROKKEN, old, false, NOW));
        assertFalse(periods.isSignalDue(SignalStatus.GESLOTEN, recent, false, NOW));
        assertFalse(periods.isSignalDue(SignalStatus.BEANTWOORD, old, false, NOW), "answered but not closed: follow-up may still come");
        assertFalse(periods.isSignalDue(SignalStatus.GESLOTEN, null, false, NOW));
        assertFalse(periods.isSignalDue(SignalStatus.GESLOTEN, old, true, NOW), "already erased");
    }

    @Test
    void notificationsAreDueReadOrUnreadAfterThePeriod() {
        assertTrue(periods.isNotificationDue(Instant.parse("2025-12-15T22:59:59Z"), NOW));
        assertFalse(periods.isNotificationDue(Instant.parse("2025-12-15T23:00:00Z"), NOW));
    }

    @Test
    void onlyQuestionsNeverAnsweredAreDue() {
        Instant old = Instant.parse("2025-06-01T10:00:00Z");
        assertTrue(periods.isQuestionDue(QuestionStatus.NIEUW, old, false, NOW));
        assertTrue(periods.isQuestionDue(QuestionStatus.AFGEWEZEN, old, false, NOW));
        assertFalse(periods.isQuestionDue(QuestionStatus.BEANTWOORD, old, false, NOW), "published in the Q&A base");
        assertFalse(periods.isQuestionDue(QuestionStatus.NIEUW, Instant.parse("2025-06-16T10:00:00Z"), false, NOW));
        assertFalse(periods.isQuestionDue(QuestionStatus.NIEUW, old, true, NOW));
    }

    @Test
    void inactiveProfilesAreDueButNeverTheLastAdmin() {
        Instant old = Instant.parse("2024-06-01T10:00:00Z");
        assertTrue(periods.isProfileDue(old, false, false, 0, NOW));
        assertFalse(periods.isProfileDue(Instant.parse("2024-06-16T10:00:00Z"), false, false, 0, NOW), "signed in within the period");
        assertTrue(periods.isProfileDue(old, false, true, 1, NOW), "an admin while another admin remains");
        assertFalse(periods.isProfileDue(old, false, true, 0, NOW), "the last admin's account stays");
        assertFalse(periods.isProfileDue(old, true, false, 0, NOW), "already anonymised");
    }
}
