package nl.lerendstelsel.domain.model.retention;

import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * What the retention run erases, each kind with the setting that holds its period and the unit of that period. The run
 * works through them in this order.
 */
public enum RetentionKind implements Labelled {
    /** Finished knelpunten: their people become "Voormalig deelnemer" ({@link RetentionPolicy}). */
    KNELPUNTEN(Setting.RETENTION_BOTTLENECKS, Unit.MAANDEN),
    /** CoP posts of discussions without activity: text erased, author detached. */
    BERICHTEN(Setting.RETENTION_POSTS, Unit.MAANDEN),
    /** Closed or withdrawn signals: their free texts erased, their people detached; the signal and its decision stay. */
    SIGNALEN(Setting.RETENTION_SIGNALS, Unit.JAREN),
    /** Notifications, read or unread: deleted. */
    MELDINGEN(Setting.RETENTION_NOTIFICATIONS, Unit.MAANDEN),
    /** Questions for the Q&amp;A base that were never answered: the asker's text and link erased. */
    VRAGEN(Setting.RETENTION_QUESTIONS, Unit.MAANDEN),
    /** Profiles without a sign-in: name and e-mail erased, the organisation kept; the audit log pseudonymised. */
    PROFIELEN(Setting.RETENTION_PROFILES, Unit.MAANDEN);

    /** The unit a period is counted in. */
    public enum Unit implements Labelled {
        MAANDEN,
        JAREN;

        @Override
        public String labelKey() {
            return "retention.unit." + name();
        }
    }

    private final Setting setting;
    private final Unit unit;

    RetentionKind(Setting setting, Unit unit) {
        this.setting = setting;
        this.unit = unit;
    }

    public Setting setting() {
        return setting;
    }

    public Unit unit() {
        return unit;
    }

    @Override
    public String labelKey() {
        return "retention.kind." + name();
    }
}
