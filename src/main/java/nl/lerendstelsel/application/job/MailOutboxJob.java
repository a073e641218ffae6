package nl.lerendstelsel.application.job;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.notification.MailDelivery;
import nl.lerendstelsel.application.port.JobLease;
import nl.lerendstelsel.domain.model.calendar.DutchTime;

/**
 * Sends the e-mail outbox: the notifications due for an e-mail of their own as soon as the change that queued them has
 * committed ({@link MailOutboxTrigger}) and, for retries and what another node queued, every ten seconds; every
 * morning at seven (Europe/Amsterdam) one digest per person. The container runs one method of this singleton at a
 * time, so a round started by a change and one started by the clock never send the same notification together. Each e-mail in its own transaction ({@link MailDelivery}). With more than
 * one node only the holder of the job's lease ({@link JobLease}) sends, so an e-mail goes out once; the optimistic lock
 * on the notification stays as a second guard.
 */
@Singleton
public class MailOutboxJob {

    private static final Logger LOG = Logger.getLogger(MailOutboxJob.class.getName());

    @Inject
    MailDelivery delivery;

    @Inject
    JobLease leases;

    /** A round of the outbox in the background, on behalf of a change that queued an e-mail; the caller does not wait. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendSoon() {
        sendDue();
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        // Held while the holder runs every ten seconds; another node takes over half a minute after the holder stopped.
        if (!leases.claim("mail-outbox", Duration.ofSeconds(30))) {
            return;
        }
        for (Long id : delivery.due()) {
            try {
                delivery.send(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Notification " + id + " was handled elsewhere", e);
            }
        }
    }

    @Schedule(hour = "7", minute = "0", timezone = DutchTime.ZONE_ID, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDigests() {
        // Every node fires at seven; the first claim wins, the lease has run out by the next morning.
        if (!leases.claim("mail-digest", Duration.ofHours(1))) {
            return;
        }
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
