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
    TOEGEWEZEN(Delivery.DIRECT);

    private final Delivery defaultDelivery;

    NotificationKind(Delivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }
}
