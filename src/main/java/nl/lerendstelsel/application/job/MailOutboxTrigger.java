package nl.lerendstelsel.application.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.lerendstelsel.application.notification.EmailQueued;

/**
 * Starts a round of the e-mail outbox once a change that queued an e-mail has committed, so that the e-mail leaves
 * within a second or two rather than at the outbox's next ten-second round. The round runs in the background
 * ({@link MailOutboxJob#sendSoon()}): the person who made the change does not wait for the mail server. A rolled-back
 * change queued nothing and starts nothing.
 */
@ApplicationScoped
public class MailOutboxTrigger {

    @Inject
    MailOutboxJob outbox;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailQueued queued) {
        outbox.sendSoon();
    }
}
