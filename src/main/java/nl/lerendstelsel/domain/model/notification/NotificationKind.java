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
    SIGNAAL(Delivery.DIRECT),
    /**
     * It is your turn on a knelpunt: new in your queue (reported, escalated, returned), back with you (reopened,
     * information received), or proposed for escalation by its support.
     */
    ACTIE(Delivery.DIRECT),
    /** The handler asks you for information about your knelpunt; the clock runs, so always by e-mail at once. */
    INFORMATIE_GEVRAAGD(Delivery.DIRECT),
    /** A deadline comes near or has passed: a reminder to whoever must act. */
    HERINNERING(Delivery.DIRECT),
    /** A meeting in one of your CoPs moved (another time or place) or was cancelled; the e-mail carries the new calendar entry. */
    BIJEENKOMSTWIJZIGING(Delivery.DIRECT),
    /** A member flagged a post in a CoP you facilitate, or enough flags hold it for your review. */
    BEOORDELING(Delivery.DIRECT),
    /** Someone asked a question for the Q&A base (for editors). */
    NIEUWE_VRAAG(Delivery.DAGELIJKS),
    /** Your question for the Q&A base was answered (the answer is published) or declined, with the reason. */
    VRAAG_AFGEHANDELD(Delivery.DIRECT),
    /** A version of a Q&amp;A answer you wrote or changed was sent back to concept, with the reason: yours to change. */
    REDACTIE(Delivery.DIRECT),
    /** A CoP outcome was shared: for the CoP's members and for the members of CoPs on its themes. */
    OPBRENGST(Delivery.DAGELIJKS),
    /** A monitor round asks your organisation for its answers (opened, or your response reopened). */
    MONITOR(Delivery.DIRECT),
    /**
     * A practice example moved: submitted for review (for the editors), or published, sent back or withdrawn (for its
     * author).
     */
    PRAKTIJK(Delivery.DIRECT);

    /** What a notification of some kind is about, for the e-mail's wording. */
    public enum Subject {
        KNELPUNT,
        COP,
        SIGNAAL,
        VRAAG,
        MONITOR,
        PRAKTIJK
    }

    /** Whether this kind is about a knelpunt, a CoP, a signal or a question for the Q&A base. */
    public Subject subject() {
        return switch (this) {
            case TERUGKOPPELING, STAP, REACTIE, STEUN, TOEGEWEZEN, ACTIE, INFORMATIE_GEVRAAGD, HERINNERING -> Subject.KNELPUNT;
            case VERMELDING, DISCUSSIE, LIDMAATSCHAP, BIJEENKOMST, MODERATIE, BIJEENKOMSTWIJZIGING, BEOORDELING, OPBRENGST -> Subject.COP;
            case SIGNAAL -> Subject.SIGNAAL;
            case NIEUWE_VRAAG, VRAAG_AFGEHANDELD, REDACTIE -> Subject.VRAAG;
            case MONITOR -> Subject.MONITOR;
            case PRAKTIJK -> Subject.PRAKTIJK;
        };
    }

    /** Whether e-mail goes out at once whatever the person chose: someone waits for them and a clock runs. */
    public boolean alwaysDirect() {
        return this == INFORMATIE_GEVRAAGD;
    }

    private final Delivery defaultDelivery;

    NotificationKind(Delivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }
}
