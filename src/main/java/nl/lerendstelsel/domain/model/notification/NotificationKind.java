package nl.lerendstelsel.domain.model.notification;

/** What a notification is about, each with the e-mail delivery a person gets until they choose otherwise. */
public enum NotificationKind {
    /** Feedback came down: resolved, returned, closed or answered, with the resolution text. The loop's point. */
    TERUGKOPPELING(Delivery.DIRECT),
    /** Another workflow step: taken, escalated, information asked, reopened, … */
    STAP(Delivery.DAGELIJKS),
    /** Someone commented. */
    REACTIE(Delivery.DAGELIJKS),
    /** Another organisation supports it ("ook bij ons"). */
    STEUN(Delivery.DAGELIJKS),
    /** It was assigned to you. */
    TOEGEWEZEN(Delivery.DIRECT),
    /** Someone mentioned you (@username) in a CoP discussion. */
    VERMELDING(Delivery.DIRECT),
    /** A new post in a CoP discussion you follow. */
    DISCUSSIE(Delivery.DAGELIJKS),
    /** Your CoP membership changed (approved, declined, invited, removed), or someone asks to join a CoP you facilitate. */
    LIDMAATSCHAP(Delivery.DIRECT),
    /** A meeting was planned in one of your CoPs. */
    BIJEENKOMST(Delivery.DAGELIJKS),
    /** A facilitator hid or removed a post of yours. */
    MODERATIE(Delivery.DIRECT),
    /** A signal to SZW moved (for the coordinator and the ministry), or the follow-up of an adopted signal progressed. */
    SIGNAAL(Delivery.DIRECT);

    /** What a notification of some kind is about, for the e-mail's wording. */
    public enum Subject {
        KNELPUNT,
        COP,
        SIGNAAL
    }

    /** Whether this kind is about a knelpunt, a CoP or a signal. */
    public Subject subject() {
        if (this == SIGNAAL) {
            return Subject.SIGNAAL;
        }
        return ordinal() >= VERMELDING.ordinal() ? Subject.COP : Subject.KNELPUNT;
    }

    private final Delivery defaultDelivery;

    NotificationKind(Delivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }
}
