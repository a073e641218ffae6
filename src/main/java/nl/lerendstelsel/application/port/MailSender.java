package nl.lerendstelsel.application.port;

import jakarta.mail.MessagingException;
import java.util.List;

/** Sends e-mail (implemented in infrastructure: {@code Mailer}, SMTP through Jakarta Mail). */
public interface MailSender {

    /**
     * A text file sent along, such as a calendar entry: {@code contentType} without charset (UTF-8 is added), e.g.
     * {@code text/calendar; method=REQUEST}.
     */
    record Attachment(String fileName, String contentType, String text) {
    }

    /** The address e-mail comes from, e.g. as the organiser of a calendar invitation. */
    String senderAddress() throws MessagingException;

    /**
     * Sends one message with text attachments (none: an empty list); throws when the server refuses or cannot be
     * reached, so the caller can retry later.
     */
    void send(String to, String toName, String subject, String text, List<Attachment> attachments) throws MessagingException;
}
