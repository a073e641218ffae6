package nl.lerendstelsel.application.notification;

/**
 * Fired in the transaction that queued at least one e-mail of its own in the outbox (a notification whose e-mail is
 * pending): once it commits, the outbox is sent at once instead of at its next round.
 */
public record EmailQueued() {
}
