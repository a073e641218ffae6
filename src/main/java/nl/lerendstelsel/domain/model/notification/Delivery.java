package nl.lerendstelsel.domain.model.notification;

/** How a notification reaches someone by e-mail; in the application it always appears. */
public enum Delivery {
    /** An e-mail right away. */
    DIRECT,
    /** Gathered into one e-mail a day. */
    DAGELIJKS,
    /** No e-mail. */
    GEEN
}
