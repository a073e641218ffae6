package nl.lerendstelsel.domain.model.notification;

import java.util.List;

/**
 * The e-mails, Dutch first with English below (a person's language is not known for certain when mail goes out).
 * They hold only what the recipient may see in the application anyway, and a link to read more there.
 */
public final class NotificationTexts {

    private NotificationTexts() {
    }

    public static String subject(Notification n) {
        return "[Lerend stelsel] " + n.getReference() + ": " + n.getTitle();
    }

    public static String body(Notification n, String baseUrl) {
        StringBuilder text = new StringBuilder();
        text.append("Beste ").append(n.getRecipient().getDisplayName()).append(",\n\n")
                .append(dutchIntro(n.getKind())).append("\n\n")
                .append(n.getReference()).append(": ").append(n.getTitle()).append('\n');
        if (n.getBody() != null && !n.getBody().isBlank()) {
            text.append('\n').append(n.getBody().strip()).append('\n');
        }
        // a reminder is about a knelpunt, a signal or a Q&A answer, as its reference says
        NotificationKind.Subject subject = n.getReference().startsWith("SIG-") ? NotificationKind.Subject.SIGNAAL
                : n.getReference().startsWith("QA-") ? NotificationKind.Subject.VRAAG : n.getKind().subject();
        text.append(switch (subject) {
                    case COP -> "\nBekijk het in de CoP: ";
                    case SIGNAAL -> "\nBekijk het signaal: ";
                    case KNELPUNT -> "\nBekijk het knelpunt: ";
                    case VRAAG -> "\nBekijk het hier: ";
                })
                .append(link(baseUrl, n)).append("\n\n")
                .append(switch (subject) {
                    case COP -> "U krijgt dit bericht als lid of facilitator van een Community of Practice. ";
                    case SIGNAAL -> "U krijgt dit bericht omdat u bij dit signaal aan SZW betrokken bent of een knelpunt erin meldde, steunt of volgt. ";
                    case KNELPUNT -> n.getKind() == NotificationKind.ACTIE || n.getKind() == NotificationKind.HERINNERING
                            ? "U krijgt dit bericht omdat u dit knelpunt behandelt of het in uw wachtrij staat. "
                            : "U krijgt dit bericht omdat u dit knelpunt meldde, steunt, volgt of behandelt. ";
                    case VRAAG -> "U krijgt dit bericht omdat u een vraag stelde voor de vraag-en-antwoordbank of er redacteur van bent. ";
                })
                .append("Hoe en wanneer u e-mail krijgt, ")
                .append("stelt u in bij Meldingen > Instellingen: ").append(baseUrl).append("/app/meldingen/instellingen.xhtml\n\n")
                .append("-- English --\n")
                .append(englishIntro(n.getKind())).append('\n');
        String englishTitle = n.title(java.util.Locale.ENGLISH);
        String englishBody = n.body(java.util.Locale.ENGLISH);
        if (!englishTitle.equals(n.getTitle()) || englishBody != null && !englishBody.equals(n.getBody())) {
            // the English words of this notification, when it has them (texts people wrote stay as written above)
            text.append('\n').append(n.getReference()).append(": ").append(englishTitle).append('\n');
            if (englishBody != null && !englishBody.isBlank() && !englishBody.equals(n.getBody())) {
                text.append('\n').append(englishBody.strip()).append('\n');
            }
            text.append('\n');
        }
        text.append("See ").append(link(baseUrl, n)).append('\n');
        return text.toString();
    }

    public static String digestSubject(int count) {
        return "[Lerend stelsel] Dagelijks overzicht: " + count + (count == 1 ? " melding" : " meldingen");
    }

    public static String digestBody(List<Notification> notifications, String baseUrl) {
        StringBuilder text = new StringBuilder();
        text.append("Beste ").append(notifications.get(0).getRecipient().getDisplayName()).append(",\n\n")
                .append("Dit gebeurde sinds het vorige overzicht bij knelpunten die u meldde, steunt of volgt, in uw CoP's,")
                .append(" bij signalen en bij vragen:\n\n");
        for (Notification n : notifications) {
            text.append("- ").append(n.getReference()).append(": ").append(n.getTitle()).append('\n')
                    .append("  ").append(link(baseUrl, n)).append('\n');
        }
        text.append("\nInstellingen: ").append(baseUrl).append("/app/meldingen/instellingen.xhtml\n\n")
                .append("-- English --\nYour daily digest of ").append(notifications.size())
                .append(" notification(s) about knelpunten you reported, support or follow, your CoPs, signals and questions.\n");
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
            default -> path(reference);
        };
    }

    /**
     * The page a reference is about: {@code KP-…} a knelpunt, {@code COP-<id>} a CoP, {@code DRAAD-<id>} a discussion,
     * {@code BIJ-<id>} a meeting, {@code SIG-…} a signal, {@code QA-<id>} a published Q&A answer, {@code VRAAG-<id>} a
     * question the recipient asked (their list of questions shows what became of it).
     */
    public static String path(String reference) {
        int dash = reference.indexOf('-');
        String prefix = dash < 0 ? "" : reference.substring(0, dash);
        String id = dash < 0 ? reference : reference.substring(dash + 1);
        return switch (prefix) {
            case "COP" -> "/app/cops/cop.xhtml?id=" + id;
            case "DRAAD" -> "/app/cops/draad.xhtml?id=" + id;
            case "BIJ" -> "/app/cops/bijeenkomst.xhtml?id=" + id;
            case "SIG" -> "/app/signalen/signaal.xhtml?ref=" + reference;
            case "QA" -> "/vraag-en-antwoord/vraag.xhtml?id=" + id;
            case "VRAAG" -> "/app/vraag-stellen.xhtml";
            default -> "/app/knelpunten/detail.xhtml?ref=" + reference;
        };
    }

    private static String dutchIntro(NotificationKind kind) {
        return switch (kind) {
            case TERUGKOPPELING -> "Er is terugkoppeling op een knelpunt dat u meldde, steunt of volgt.";
            case STAP -> "Een knelpunt dat u meldde, steunt of volgt, is een stap verder.";
            case REACTIE -> "Er is gereageerd op een knelpunt dat u meldde, steunt of volgt.";
            case STEUN -> "Een andere organisatie komt een knelpunt dat u meldde of volgt ook tegen.";
            case TOEGEWEZEN -> "Er is een knelpunt aan u toegewezen.";
            case VERMELDING -> "U bent genoemd in een discussie van een Community of Practice.";
            case DISCUSSIE -> "Er is een nieuw bericht in een discussie die u volgt.";
            case LIDMAATSCHAP -> "Er is iets veranderd in een lidmaatschap van een Community of Practice.";
            case BIJEENKOMST -> "Er is een bijeenkomst gepland in een Community of Practice waarvan u lid bent.";
            case MODERATIE -> "Een facilitator heeft een bericht van u verborgen of verwijderd.";
            case SIGNAAL -> "Er is iets veranderd aan een signaal aan het ministerie van SZW.";
            case ACTIE -> "Er wacht een knelpunt op u.";
            case INFORMATIE_GEVRAAGD -> "De behandelaar van uw knelpunt vraagt u om informatie. Zolang die niet komt, ligt de behandeling stil.";
            case HERINNERING -> "Een termijn nadert of is verstreken.";
            case BIJEENKOMSTWIJZIGING -> "Een bijeenkomst in een Community of Practice waarvan u lid bent, is verzet of afgelast."
                    + " In de bijlage staat de bijgewerkte afspraak voor uw agenda.";
            case BEOORDELING -> "Een lid heeft een bericht gemeld in een Community of Practice die u faciliteert.";
            case NIEUWE_VRAAG -> "Er is een nieuwe vraag gesteld voor de vraag-en-antwoordbank.";
            case VRAAG_AFGEHANDELD -> "De redactie heeft een vraag afgehandeld die u stelde voor de vraag-en-antwoordbank.";
        };
    }

    private static String englishIntro(NotificationKind kind) {
        return switch (kind) {
            case TERUGKOPPELING -> "There is feedback on a knelpunt you reported, support or follow.";
            case STAP -> "A knelpunt you reported, support or follow has moved on.";
            case REACTIE -> "Someone commented on a knelpunt you reported, support or follow.";
            case STEUN -> "Another organisation meets a knelpunt you reported or follow.";
            case TOEGEWEZEN -> "A knelpunt has been assigned to you.";
            case VERMELDING -> "You were mentioned in a Community of Practice discussion.";
            case DISCUSSIE -> "There is a new post in a discussion you follow.";
            case LIDMAATSCHAP -> "A Community of Practice membership changed.";
            case BIJEENKOMST -> "A meeting was planned in a Community of Practice you belong to.";
            case MODERATIE -> "A facilitator hid or removed one of your posts.";
            case SIGNAAL -> "A signal to the ministry of SZW changed.";
            case ACTIE -> "A knelpunt is waiting for you.";
            case INFORMATIE_GEVRAAGD -> "The handler of your knelpunt asks you for information. Until it comes, handling is on hold.";
            case HERINNERING -> "A deadline is near or has passed.";
            case BIJEENKOMSTWIJZIGING -> "A meeting in a Community of Practice you belong to was moved or cancelled;"
                    + " the attachment updates your calendar.";
            case BEOORDELING -> "A member flagged a post in a Community of Practice you facilitate.";
            case NIEUWE_VRAAG -> "A new question was asked for the Q&A base.";
            case VRAAG_AFGEHANDELD -> "The editors have dealt with a question you asked for the Q&A base.";
        };
    }
}
