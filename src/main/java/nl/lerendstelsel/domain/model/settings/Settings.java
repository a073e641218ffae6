package nl.lerendstelsel.domain.model.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * One consistent set of values, every {@link Setting} present. Immutable: a change makes a new set, checked as a whole
 * by {@link #with(Map)} (each value in its range, and the ministry's answer deadline not before its acknowledge
 * deadline).
 */
public final class Settings {

    /** A value that cannot be accepted, with the reason as a keyed message. */
    public record Violation(Setting setting, Message message) {

        /** The reason in {@code locale}. */
        public String message(Locale locale) {
            return message.in(locale);
        }

        public String dutch() {
            return message(Message.DUTCH);
        }

        public String english() {
            return message(Message.ENGLISH);
        }
    }

    /** A change refused as a whole. */
    public static final class Rejected extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient List<Violation> violations;

        Rejected(List<Violation> violations) {
            super(violations.stream().map(Violation::english).reduce((a, b) -> a + " " + b).orElse(""));
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    private final Map<Setting, Long> values;

    private Settings(Map<Setting, Long> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /** Values as they come from configuration; a missing one takes the built-in default. Not range-checked: config is trusted. */
    public static Settings of(Map<Setting, Long> values) {
        Map<Setting, Long> complete = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            complete.put(setting, values.getOrDefault(setting, setting.builtInDefault()));
        }
        return new Settings(complete);
    }

    public static Settings defaults() {
        return of(Map.of());
    }

    /** This set with {@code changes} applied, or {@link Rejected} with every reason at once. */
    public Settings with(Map<Setting, Long> changes) {
        List<Violation> violations = new ArrayList<>();
        Map<Setting, Long> next = new EnumMap<>(values);
        changes.forEach((setting, value) -> {
            if (value == null || !setting.allows(value)) {
                violations.add(new Violation(setting, Message.of("input.settings.range", String.valueOf(setting.min()),
                        String.valueOf(setting.max()))));
            } else {
                next.put(setting, value);
            }
        });
        if (violations.isEmpty() && next.get(Setting.SIGNAL_ANSWER_DAYS) < next.get(Setting.SIGNAL_ACKNOWLEDGE_DAYS)) {
            violations.add(new Violation(Setting.SIGNAL_ANSWER_DAYS, Message.of("input.settings.answerBeforeAcknowledgement")));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return new Settings(next);
    }

    public long get(Setting setting) {
        return values.get(setting);
    }

    public int days(Setting setting) {
        return Math.toIntExact(values.get(setting));
    }

    public Map<Setting, Long> asMap() {
        return values;
    }
}
