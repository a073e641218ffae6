package nl.lerendstelsel.domain.model.notification;

/** Where a notification is in the e-mail outbox. */
public enum EmailStatus {
    /** To be sent on its own as soon as possible (retried with growing pauses after a failure). */
    PENDING,
    /** Waits for the recipient's daily digest. */
    DIGEST,
    /** Sent (alone or in a digest). */
    SENT,
    /** Gave up after repeated failures; the in-app notification is still there. */
    FAILED,
    /** No e-mail: the recipient chose so, or has no address. */
    NONE
}
