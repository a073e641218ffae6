package nl.lerendstelsel.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * One thing one person is told, in the application and, depending on their choice, by e-mail. The row is also the
 * e-mail outbox entry: written in the same transaction as the change it reports, so a notification is never lost
 * when the mail server is down; a job sends it afterwards and retries with growing pauses.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** After this many failed attempts an e-mail is given up (the in-app notification stays). */
    public static final int MAX_ATTEMPTS = 8;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "recipient_id", updatable = false)
    private UserProfile recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false, length = 20, updatable = false)
    private String reference;

    @Column(nullable = false, length = 300, updatable = false)
    private String title;

    @Column
    private String body;

    /** The title in English (null on notifications written before there was one: then the Dutch one shows). */
    @Column(name = "title_en", length = 300, updatable = false)
    private String titleEn;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status", nullable = false, length = 10)
    private EmailStatus emailStatus;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "email_due_at")
    private Instant emailDueAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Version
    private long version;

    protected Notification() {
    }

    public Notification(UserProfile recipient, NotificationKind kind, String reference, String title, String body,
                        Delivery delivery, Instant now) {
        this(recipient, kind, reference, nl.lerendstelsel.domain.model.text.Message.verbatim(title),
                nl.lerendstelsel.domain.model.text.Message.verbatim(body), delivery, now);
    }

    /** With the title and text in Dutch and English, from the message bundles. */
    public Notification(UserProfile recipient, NotificationKind kind, String reference, nl.lerendstelsel.domain.model.text.Message title,
                        nl.lerendstelsel.domain.model.text.Message body, Delivery delivery, Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.title = shortened(Objects.requireNonNull(title, "title").in(nl.lerendstelsel.domain.model.text.Message.DUTCH));
        this.titleEn = shortened(title.in(nl.lerendstelsel.domain.model.text.Message.ENGLISH));
        this.body = nl.lerendstelsel.domain.model.text.Message.in(body, nl.lerendstelsel.domain.model.text.Message.DUTCH);
        this.bodyEn = nl.lerendstelsel.domain.model.text.Message.in(body, nl.lerendstelsel.domain.model.text.Message.ENGLISH);
        this.createdAt = now;
        boolean hasAddress = recipient.getEmail() != null && !recipient.getEmail().isBlank();
        this.emailStatus = !hasAddress ? EmailStatus.NONE : switch (delivery) {
            case DIRECT -> EmailStatus.PENDING;
            case DAGELIJKS -> EmailStatus.DIGEST;
            case GEEN -> EmailStatus.NONE;
        };
        this.emailDueAt = emailStatus == EmailStatus.PENDING ? now : null;
    }

    private static String shortened(String text) {
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }

    /** The title in {@code locale}: English when asked and known, else Dutch. */
    public String title(java.util.Locale locale) {
        return titleEn != null && locale != null && "en".equals(locale.getLanguage()) ? titleEn : title;
    }

    /** The text in {@code locale}: English when asked and known, else Dutch. */
    public String body(java.util.Locale locale) {
        return bodyEn != null && locale != null && "en".equals(locale.getLanguage()) ? bodyEn : body;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    /** Erases the text (it quoted something that was deleted since); the title stays, in the app and in an e-mail not sent yet. */
    public void eraseText() {
        body = null;
        bodyEn = null;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void emailSent(Instant now) {
        emailStatus = EmailStatus.SENT;
        emailedAt = now;
        emailDueAt = null;
    }

    /** A failed attempt: try again after 1, 2, 4, … minutes (at most an hour), give up after {@link #MAX_ATTEMPTS}. */
    public void emailFailed(Instant now) {
        emailAttempts++;
        if (emailAttempts >= MAX_ATTEMPTS) {
            emailStatus = EmailStatus.FAILED;
            emailDueAt = null;
        } else {
            emailDueAt = now.plus(Duration.ofMinutes(Math.min(60, 1L << (emailAttempts - 1))));
        }
    }

    public Long getId() {
        return id;
    }

    public UserProfile getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public EmailStatus getEmailStatus() {
        return emailStatus;
    }

    public int getEmailAttempts() {
        return emailAttempts;
    }

    public Instant getEmailDueAt() {
        return emailDueAt;
    }
}
