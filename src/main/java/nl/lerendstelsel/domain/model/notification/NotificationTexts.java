package nl.lerendstelsel.domain.model.notification;

import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The e-mails, in the recipient's language when it is known (they chose it with the language switch), else Dutch first
 * with English below. Every sentence comes from the message bundles ({@code mail.*}). They hold only what the recipient
 * may see in the application anyway, and a link to read more there.
 */
public final class NotificationTexts {

    /** Where a person chooses how and when they get e-mail. */
    private static final String SETTINGS = "/app/meldingen/instellingen.xhtml";

    /**
     * Where a notification about a practice example leads: an address under {@code /app/} (so whoever is not signed in
     * signs in first) that sends the reader on to the practice's page, where its author and the editors see it in any stage.
     */
    public static final String PRACTICE_SIGN_IN = "/app/praktijkvoorbeelden/praktijk";

    private NotificationTexts() {
    }

    /** The subject, with the notification's title in {@code language}; {@code null} (unknown): Dutch. */
    public static String subject(Notification n, Locale language) {
        Locale in = language == null ? Message.DUTCH : language;
        return Message.of("mail.subject", n.getReference(), n.title(in)).in(in);
    }

    /**
     * The text of the e-mail about {@code n}: all in {@code language}, or, with {@code null} (the recipient's language is
     * unknown), Dutch first and then the English intro, title, text and link below "-- English --".
     */
    public static String body(Notification n, String baseUrl, Locale language) {
        if (language != null) {
            return whole(n, baseUrl, language);
        }
        Locale english = Message.ENGLISH;
        StringBuilder text = new StringBuilder(whole(n, baseUrl, Message.DUTCH))
                .append('\n').append(Message.of("mail.englishBelow").in(english)).append('\n')
                .append(Message.of("mail.intro." + n.getKind().name()).in(english)).append('\n');
        String englishTitle = n.title(english);
        String englishBody = n.body(english);
        if (!englishTitle.equals(n.getTitle()) || englishBody != null && !englishBody.equals(n.getBody())) {
            // the English words of this notification, when it has them (texts people wrote stay as written above)
            text.append('\n').append(n.getReference()).append(": ").append(englishTitle).append('\n');
            if (englishBody != null && !englishBody.isBlank() && !englishBody.equals(n.getBody())) {
                text.append('\n').append(englishBody.strip()).append('\n');
            }
            text.append('\n');
        }
        text.append(Message.of("mail.englishLink", link(baseUrl, n)).in(english)).append('\n');
        return text.toString();
    }

    /** The whole e-mail in one language: greeting, what happened, the notification, the link, why and where to change it. */
    private static String whole(Notification n, String baseUrl, Locale language) {
        StringBuilder text = new StringBuilder();
        text.append(Message.of("mail.greeting", n.getRecipient().getDisplayName()).in(language)).append("\n\n")
                .append(Message.of("mail.intro." + n.getKind().name()).in(language)).append("\n\n")
                .append(n.getReference()).append(": ").append(n.title(language)).append('\n');
        String body = n.body(language);
        if (body != null && !body.isBlank()) {
            text.append('\n').append(body.strip()).append('\n');
        }
        // a reminder is about a knelpunt, a signal or a Q&A answer, as its reference says
        NotificationKind.Subject subject = n.getReference().startsWith("SIG-") ? NotificationKind.Subject.SIGNAAL
                : n.getReference().startsWith("QA-") ? NotificationKind.Subject.VRAAG
                : n.getReference().startsWith("MON-") ? NotificationKind.Subject.MONITOR : n.getKind().subject();
        Message reason = subject == NotificationKind.Subject.KNELPUNT
                && (n.getKind() == NotificationKind.ACTIE || n.getKind() == NotificationKind.HERINNERING)
                ? Message.of("mail.reason.KNELPUNT.handler") : Message.of("mail.reason." + subject.name());
        text.append('\n').append(Message.of("mail.link." + subject.name(), link(baseUrl, n)).in(language)).append("\n\n")
                .append(reason.in(language)).append(' ')
                .append(Message.of("mail.settings", baseUrl + SETTINGS).in(language)).append('\n');
        return text.toString();
    }

    /** The subject of a daily digest of {@code count} notifications; {@code null} language (unknown): Dutch. */
    public static String digestSubject(int count, Locale language) {
        return (count == 1 ? Message.of("mail.digest.subject.one") : Message.of("mail.digest.subject", count)).in(language);
    }

    /**
     * A daily digest: every notification's title in {@code language} with its link, or, with {@code null} (unknown), the
     * Dutch digest with an English summary below.
     */
    public static String digestBody(List<Notification> notifications, String baseUrl, Locale language) {
        Locale in = language == null ? Message.DUTCH : language;
        StringBuilder text = new StringBuilder();
        text.append(Message.of("mail.greeting", notifications.get(0).getRecipient().getDisplayName()).in(in)).append("\n\n")
                .append(Message.of("mail.digest.intro").in(in)).append("\n\n");
        for (Notification n : notifications) {
            text.append("- ").append(n.getReference()).append(": ").append(n.title(in)).append('\n')
                    .append("  ").append(link(baseUrl, n)).append('\n');
        }
        text.append('\n').append(Message.of("mail.digest.settings", baseUrl + SETTINGS).in(in)).append('\n');
        if (language == null) {
            text.append('\n').append(Message.of("mail.englishBelow").in(Message.ENGLISH)).append('\n')
                    .append(Message.of("mail.digest.summary", notifications.size()).in(Message.ENGLISH)).append('\n');
        }
        return text.toString();
    }

    public static String link(String baseUrl, String reference) {
        return baseUrl + path(reference);
    }

    /** The page a notification leads to: the one of its reference, or where its kind asks the recipient to act. */
    public static String link(String baseUrl, Notification n) {
        return baseUrl + path(n.getKind(), n.getReference());
    }

    /**
     * Where a notification of {@code kind} about {@code reference} leads: a post flagged or held for review to the
     * facilitator's review queue, a new question to the editors' question list, the other kinds to {@link #path(String)}.
     */
    public static String path(NotificationKind kind, String reference) {
        return switch (kind) {
            case BEOORDELING -> "/app/cops/moderatie.xhtml";
            case NIEUWE_VRAAG -> "/app/redactie/index.xhtml";
            case REDACTIE -> reference.startsWith("QAV-") ? "/app/redactie/item.xhtml?versie=" + reference.substring(4)
                    : "/app/redactie/index.xhtml";
            default -> path(reference);
        };
    }

    /**
     * The page a reference is about: {@code KP-…} a knelpunt, {@code COP-<id>} a CoP, {@code DRAAD-<id>} a discussion,
     * {@code BIJ-<id>} a meeting, {@code OPB-<id>} a CoP outcome, {@code SIG-…} a signal, {@code QA-<id>} a published Q&A answer, {@code VRAAG-<id>} a
     * question the recipient asked (their list of questions shows what became of it), {@code PRAK-<id>} a practice example (its
     * page with its publication steps).
     */
    public static String path(String reference) {
        int dash = reference.indexOf('-');
        String prefix = dash < 0 ? "" : reference.substring(0, dash);
        String id = dash < 0 ? reference : reference.substring(dash + 1);
        return switch (prefix) {
            case "COP" -> "/app/cops/cop.xhtml?id=" + id;
            case "DRAAD" -> "/app/cops/draad.xhtml?id=" + id;
            case "BIJ" -> "/app/cops/bijeenkomst.xhtml?id=" + id;
            case "OPB" -> "/app/cops/opbrengst.xhtml?id=" + id;
            case "SIG" -> "/app/signalen/signaal.xhtml?ref=" + reference;
            case "QA" -> "/vraag-en-antwoord/vraag.xhtml?id=" + id;
            case "VRAAG" -> "/app/vraag-stellen.xhtml";
            case "PRAK" -> PRACTICE_SIGN_IN + "?id=" + id;
            case "MON" -> "/app/monitor/ronde.xhtml?id=" + id;
            default -> "/app/knelpunten/detail.xhtml?ref=" + reference;
        };
    }
}
