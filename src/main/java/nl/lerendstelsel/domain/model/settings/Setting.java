package nl.lerendstelsel.domain.model.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * A setting an admin changes on the settings page or through {@code /api/v1/instellingen}. Each has the key used in
 * the database, the API and the texts, the MicroProfile Config property that gives its value while no admin changed it,
 * the built-in default, and the range it must stay in.
 */
public enum Setting {
    /** Supporting gemeenten before a knelpunt is proposed for escalation. */
    SUPPORT_GEMEENTEN("steun.drempel.gemeenten", "lerendstelsel.support.threshold.gemeenten", 5, 1, 400),
    /** Arbeidsmarktregio's those gemeenten must lie in. */
    SUPPORT_REGIONS("steun.drempel.regios", "lerendstelsel.support.threshold.regios", 2, 1, 40),
    /** Service-level target at execution level, in working days (a theme may set its own). */
    EXECUTION_DAYS("termijn.uitvoering", "lerendstelsel.termijn.uitvoering", 10, 1, 250),
    /** Service-level target at linking level, in working days (a theme may set its own). */
    LINKING_DAYS("termijn.schakel", "lerendstelsel.termijn.schakel", 15, 1, 250),
    /** Working days a knelpunt waits for information before it goes back to the handler. */
    WAITING_DAYS("termijn.wacht-op-informatie", "lerendstelsel.termijn.wacht-op-informatie", 10, 1, 250),
    /** Working days before a knelpunt's due day on which its handler is reminded (0: on the due day itself). */
    REMINDER_DAYS("herinnering.werkdagen", "lerendstelsel.herinnering.werkdagen", 2, 0, 50),
    /** Days after resolving in which the reporter and supporters may reopen. */
    REOPEN_DAYS("heropenen.dagen", "lerendstelsel.heropenen.dagen", 30, 0, 365),
    /** Working days the ministry has to acknowledge a signal. */
    SIGNAL_ACKNOWLEDGE_DAYS("signaal.termijn.ontvangst", "lerendstelsel.signaal.termijn.ontvangst", 10, 1, 250),
    /** Working days the ministry has to answer a signal (at least the acknowledge days). */
    SIGNAL_ANSWER_DAYS("signaal.termijn.antwoord", "lerendstelsel.signaal.termijn.antwoord", 40, 1, 500),
    /** Open flags from different members that hide a CoP post until a facilitator reviews it. */
    FLAG_THRESHOLD("moderatie.meldingen", "lerendstelsel.moderation.flag-threshold", 3, 1, 100),
    /** The largest attachment, in bytes. */
    UPLOAD_MAX_BYTES("bijlagen.max-bytes", "lerendstelsel.bijlagen.max-bytes", 10_485_760, 1024, 52_428_800),
    /** The most attachments one knelpunt may have. */
    UPLOAD_MAX_COUNT("bijlagen.max-aantal", "lerendstelsel.bijlagen.max-aantal", 10, 1, 100),
    /** Retention: months after a knelpunt was resolved or closed before its people are anonymised. */
    RETENTION_BOTTLENECKS("bewaartermijn.knelpunten.maanden", "lerendstelsel.bewaartermijn.maanden", 24, 6, 240),
    /** Retention: months after a CoP discussion's last post before its posts' texts and authors are erased. */
    RETENTION_POSTS("bewaartermijn.berichten.maanden", "lerendstelsel.bewaartermijn.berichten.maanden", 36, 6, 240),
    /** Retention: years after a signal was closed or withdrawn before its free texts and people are erased. */
    RETENTION_SIGNALS("bewaartermijn.signalen.jaren", "lerendstelsel.bewaartermijn.signalen.jaren", 7, 1, 30),
    /** Retention: months after which a notification (read or unread) is deleted. */
    RETENTION_NOTIFICATIONS("bewaartermijn.meldingen.maanden", "lerendstelsel.bewaartermijn.meldingen.maanden", 6, 1, 120),
    /** Retention: months after which a question for the Q&amp;A base that was never answered is erased. */
    RETENTION_QUESTIONS("bewaartermijn.vragen.maanden", "lerendstelsel.bewaartermijn.vragen.maanden", 12, 3, 120),
    /** Retention: months without a sign-in after which a profile is anonymised. */
    RETENTION_PROFILES("bewaartermijn.profielen.maanden", "lerendstelsel.bewaartermijn.profielen.maanden", 24, 6, 240),
    /** Working days before a monitor round closes that organisations which have not submitted are reminded (once). */
    MONITOR_REMINDER_DAYS("monitor.herinnering.werkdagen", "lerendstelsel.monitor.herinnering.werkdagen", 5, 0, 50);

    private final String key;
    private final String configProperty;
    private final long builtInDefault;
    private final long min;
    private final long max;

    Setting(String key, String configProperty, long builtInDefault, long min, long max) {
        this.key = key;
        this.configProperty = configProperty;
        this.builtInDefault = builtInDefault;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public String configProperty() {
        return configProperty;
    }

    public long builtInDefault() {
        return builtInDefault;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    public boolean allows(long value) {
        return value >= min && value <= max;
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
