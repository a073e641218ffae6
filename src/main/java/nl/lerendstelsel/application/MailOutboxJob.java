package nl.lerendstelsel.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mail outbox: every ten seconds the notifications due for an e-mail of their own, every morning at seven
 * (Europe/Amsterdam) one digest per person. Each e-mail in its own transaction ({@link MailDelivery}); with more than
 * one node the optimistic lock on the notification lets only one node mark it sent.
 */
@Singleton
public class MailOutboxJob {

    private static final Logger LOG = Logger.getLogger(MailOutboxJob.class.getName());

    @Inject
    MailDelivery delivery;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        for (Long id : delivery.due()) {
            try {
                delivery.send(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Notification " + id + " was handled elsewhere", e);
            }
        }
    }

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Amsterdam", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDigests() {
        int sent = 0;
        for (Long recipient : delivery.digestRecipients()) {
            try {
                if (delivery.sendDigest(recipient)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Digest for person " + recipient + " failed; it is kept for tomorrow", e);
            }
        }
        int total = sent;
        LOG.info(() -> "Daily digests sent: " + total);
    }
}
