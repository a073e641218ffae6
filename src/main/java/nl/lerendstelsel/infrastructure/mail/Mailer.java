package nl.lerendstelsel.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.lerendstelsel.application.port.MailSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through a Jakarta Mail {@link Session} built from configuration
 * ({@code lerendstelsel.mail.host}, {@code .port}, {@code .from}, optional {@code .user}/{@code .password} and
 * {@code .starttls}); environment variables such as {@code LERENDSTELSEL_MAIL_HOST} work too. The session is built
 * by the application rather than defined in the server, so the same WAR runs on Payara Micro and Payara Server with
 * only configuration. Timeouts keep a slow mail server from holding the sending job.
 */
@ApplicationScoped
public class Mailer implements MailSender {

    @Inject
    @ConfigProperty(name = "lerendstelsel.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "lerendstelsel.mail.port", defaultValue = "1025")
    int port;

    @Inject
    @ConfigProperty(name = "lerendstelsel.mail.from", defaultValue = "Lerend stelsel <noreply@lerendstelsel.nl>")
    String from;

    @Inject
    @ConfigProperty(name = "lerendstelsel.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "lerendstelsel.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "lerendstelsel.mail.starttls", defaultValue = "false")
    boolean startTls;

    private Session session;

    @PostConstruct
    void configure() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        session = Session.getInstance(properties);
    }

    /** The address e-mail comes from, e.g. as the organiser of a calendar invitation. */
    @Override
    public String senderAddress() throws MessagingException {
        return new InternetAddress(from).getAddress();
    }

    /** Sends one message with text attachments (multipart/mixed when there are any). */
    @Override
    public void send(String to, String toName, String subject, String text, List<Attachment> attachments)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, toName, StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 unsupported", e);
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        if (attachments.isEmpty()) {
            message.setText(text, StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, StandardCharsets.UTF_8.name());
            parts.addBodyPart(body);
            for (Attachment attachment : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                // from bytes with their type, not as a String: Jakarta Mail has no content handler for text/calendar
                String type = attachment.contentType() + "; charset=UTF-8";
                part.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(
                        attachment.text().getBytes(StandardCharsets.UTF_8), type)));
                part.setHeader("Content-Type", type);
                part.setFileName(attachment.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        message.setSentDate(new Date());
        if (user.isPresent()) {
            Transport.send(message, user.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
