package nl.lerendstelsel.domain.model.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void missingValuesTakeTheBuiltInDefaultsWhichMatchTheFormerConfiguration() {
        Settings settings = Settings.of(Map.of(Setting.EXECUTION_DAYS, 12L));
        assertEquals(12, settings.days(Setting.EXECUTION_DAYS));
        assertEquals(15, settings.days(Setting.LINKING_DAYS));
        assertEquals(5, settings.days(Setting.SUPPORT_GEMEENTEN));
        assertEquals(2, settings.days(Setting.SUPPORT_REGIONS));
        assertEquals(30, settings.days(Setting.REOPEN_DAYS));
        assertEquals(3, settings.days(Setting.FLAG_THRESHOLD));
        assertEquals(10_485_760, settings.get(Setting.UPLOAD_MAX_BYTES));
        assertEquals(10, settings.days(Setting.UPLOAD_MAX_COUNT));
        assertEquals(40, settings.days(Setting.SIGNAL_ANSWER_DAYS));
    }

    @Test
    void aValidChangeMakesANewSetAndLeavesTheOldOneAlone() {
        Settings before = Settings.defaults();
        Settings after = before.with(Map.of(Setting.SUPPORT_GEMEENTEN, 3L, Setting.REOPEN_DAYS, 0L));
        assertEquals(3, after.days(Setting.SUPPORT_GEMEENTEN));
        assertEquals(0, after.days(Setting.REOPEN_DAYS), "zero: reopening only by admins");
        assertEquals(5, before.days(Setting.SUPPORT_GEMEENTEN));
    }

    @Test
    void valuesOutsideTheirRangeAreRefusedAllAtOnceWithDutchAndEnglishReasons() {
        Map<Setting, Long> changes = new HashMap<>();
        changes.put(Setting.EXECUTION_DAYS, 0L);
        changes.put(Setting.UPLOAD_MAX_BYTES, 100L);
        changes.put(Setting.FLAG_THRESHOLD, null);
        changes.put(Setting.LINKING_DAYS, 251L);
        Settings.Rejected rejected = assertThrows(Settings.Rejected.class, () -> Settings.defaults().with(changes));
        assertEquals(4, rejected.violations().size());
        Settings.Violation execution = rejected.violations().stream().filter(v -> v.setting() == Setting.EXECUTION_DAYS).findFirst().orElseThrow();
        assertEquals("Kies een waarde van 1 tot en met 250.", execution.dutch());
        assertEquals("Choose a value from 1 to 250.", execution.english());
    }

    @Test
    void theMinistryCannotHaveLessTimeToAnswerThanToAcknowledge() {
        Settings.Rejected rejected = assertThrows(Settings.Rejected.class,
                () -> Settings.defaults().with(Map.of(Setting.SIGNAL_ACKNOWLEDGE_DAYS, 50L)));
        assertEquals(List.of(Setting.SIGNAL_ANSWER_DAYS), rejected.violations().stream().map(Settings.Violation::setting).toList());
        assertEquals(50, Settings.defaults().with(Map.of(Setting.SIGNAL_ACKNOWLEDGE_DAYS, 50L, Setting.SIGNAL_ANSWER_DAYS, 50L))
                .days(Setting.SIGNAL_ANSWER_DAYS));
    }

    @Test
    void everyKeyIsUniqueAndFindable() {
        for (Setting setting : Setting.values()) {
            assertEquals(setting, Setting.byKey(setting.key()).orElseThrow());
            assertTrue(setting.allows(setting.builtInDefault()), setting + " default within its range");
        }
        assertTrue(Setting.byKey("bestaat.niet").isEmpty());
    }
}
