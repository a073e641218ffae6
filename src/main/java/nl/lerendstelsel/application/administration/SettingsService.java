package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.DeadlinePolicy;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.settings.SettingRepository;
import nl.lerendstelsel.domain.model.settings.Settings;
import nl.lerendstelsel.domain.model.settings.StoredSetting;
import nl.lerendstelsel.domain.model.signal.SignalDeadlines;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import org.eclipse.microprofile.config.Config;

/**
 * The settings in force: MicroProfile Config gives the defaults, the {@code app_setting} table what admins changed.
 * Services ask {@link #current()} each time they need a value; it answers from a snapshot that is at most
 * {@link #MAX_AGE_MILLIS} old, so a change made on this node applies at once and one made on another node within
 * seconds, at the cost of one small query per few seconds. Changes apply from then on: deadlines already computed keep
 * their day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SettingsService {

    static final long MAX_AGE_MILLIS = 5_000;

    /** The settings in force, and the policies built from them (so callers do not rebuild them per use). */
    public record Current(Settings settings, DeadlinePolicy deadlines, SignalDeadlines signalDeadlines, long readAtMillis) {

        public long get(Setting setting) {
            return settings.get(setting);
        }

        public int days(Setting setting) {
            return settings.days(setting);
        }
    }

    /** One setting as the settings page and the API show it. */
    public record Shown(Setting setting, long value, long defaultValue, boolean changed, String changedBy,
                        java.time.Instant changedAt) {
    }

    @Inject
    SettingRepository stored;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Config config;

    @Inject
    Profiles people;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Event<Changed> changed;

    private volatile Current current;

    /** The settings in force now. */
    public Current current() {
        Current snapshot = current;
        if (snapshot == null || System.currentTimeMillis() - snapshot.readAtMillis() > MAX_AGE_MILLIS) {
            snapshot = read();
            current = snapshot;
        }
        return snapshot;
    }

    /** The values without an admin's changes: configuration, else built in. */
    public Settings defaults() {
        Map<Setting, Long> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            config.getOptionalValue(setting.configProperty(), Long.class).ifPresent(v -> values.put(setting, v));
        }
        return Settings.of(values);
    }

    /** Every setting with its value, default and who changed it last. */
    public List<Shown> overview() {
        Settings defaults = defaults();
        Map<String, StoredSetting> rows = new LinkedHashMap<>();
        stored.all().forEach(row -> rows.put(row.getKey(), row));
        Settings now = current().settings();
        return java.util.Arrays.stream(Setting.values()).map(setting -> {
            StoredSetting row = rows.get(setting.key());
            return new Shown(setting, now.get(setting), defaults.get(setting), row != null,
                    row == null ? null : row.getChangedBy(), row == null ? null : row.getChangedAt());
        }).toList();
    }

    /**
     * An admin changes settings. All are checked together (ranges, and answering a signal not faster than
     * acknowledging it); each value that really changes is stored and written to the audit log as old → new.
     * Returns the settings in force afterwards.
     */
    @Transactional
    public Settings change(Map<Setting, Long> changes, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.settings.change"));
        }
        Settings before = read().settings();
        Settings after;
        try {
            after = before.with(changes);
        } catch (Settings.Rejected rejected) {
            FieldErrors errors = new FieldErrors();
            rejected.violations().forEach(v -> errors.put(v.setting().key(), v.message()));
            throw new InvalidInputException(errors);
        }
        String actor = people.username(caller);
        for (Setting setting : Setting.values()) {
            long old = before.get(setting);
            long value = after.get(setting);
            if (old == value) {
                continue;
            }
            Optional<StoredSetting> row = stored.find(setting);
            if (row.isPresent()) {
                row.get().change(value, actor, clock.instant());
            } else {
                stored.add(new StoredSetting(setting, value, actor, clock.instant()));
            }
            auditLog.record(actor, "INSTELLING_GEWIJZIGD", "Setting", setting.key(), AuditEntry.Result.SUCCESS, caller.origin(),
                    setting.key() + ": " + old + " → " + value);
        }
        current = null;
        changed.fire(new Changed());
        return after;
    }

    /** Fired by a change; observed after the commit so no reader caches the old values from before it. */
    public record Changed() {
    }

    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        current = null;
    }

    private Current read() {
        Map<Setting, Long> values = new EnumMap<>(defaults().asMap());
        for (StoredSetting row : stored.all()) {
            Setting.byKey(row.getKey()).ifPresent(setting -> values.put(setting, row.getValue()));
        }
        Settings settings = Settings.of(values);
        return new Current(settings,
                new DeadlinePolicy(calendar, settings.days(Setting.EXECUTION_DAYS), settings.days(Setting.LINKING_DAYS),
                        settings.days(Setting.WAITING_DAYS)),
                new SignalDeadlines(calendar, settings.days(Setting.SIGNAL_ACKNOWLEDGE_DAYS), settings.days(Setting.SIGNAL_ANSWER_DAYS)),
                System.currentTimeMillis());
    }
}
