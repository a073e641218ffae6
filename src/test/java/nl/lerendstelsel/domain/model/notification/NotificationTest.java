package nl.lerendstelsel.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private static UserProfile person(String email) {
        return new UserProfile(new IdentityClaims("s-1", "fatima", "Fatima El Amrani", email, "GM0344",
                EnumSet.of(Role.PROFESSIONAL)), null, NOW);
    }

    private static Notification notification(Delivery delivery, String email) {
        return new Notification(person(email), NotificationKind.TERUGKOPPELING, "KP-2026-00042",
                "Terugleggen: nu op uitvoeringsniveau — Wachtlijst toets", "De gemeente kan extra toetsmomenten inkopen.",
                delivery, NOW);
    }

    @Test
    void theChosenDeliveryDecidesTheOutbox() {
        assertEquals(EmailStatus.PENDING, notification(Delivery.DIRECT, "f@example.org").getEmailStatus());
        assertEquals(NOW, notification(Delivery.DIRECT, "f@example.org").getEmailDueAt());
        assertEquals(EmailStatus.DIGEST, notification(Delivery.DAGELIJKS, "f@example.org").getEmailStatus());
        assertEquals(EmailStatus.NONE, notification(Delivery.GEEN, "f@example.org").getEmailStatus());
        assertEquals(EmailStatus.NONE, notification(Delivery.DIRECT, null).getEmailStatus(), "no address, no e-mail");
    }

    @Test
    void failuresAreRetriedWithGrowingPausesThenGivenUp() {
        Notification n = notification(Delivery.DIRECT, "f@example.org");
        n.emailFailed(NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), n.getEmailDueAt());
        n.emailFailed(NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), n.getEmailDueAt());
        n.emailFailed(NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(4)), n.getEmailDueAt());
        for (int i = 3; i < Notification.MAX_ATTEMPTS; i++) {
            n.emailFailed(NOW);
        }
        assertEquals(EmailStatus.FAILED, n.getEmailStatus());
        assertNull(n.getEmailDueAt());
    }

    @Test
    void theEMailSaysWhatHappenedAndLinksToTheKnelpunt() {
        Notification n = notification(Delivery.DIRECT, "f@example.org");
        assertEquals("[Lerend stelsel] KP-2026-00042: Terugleggen: nu op uitvoeringsniveau — Wachtlijst toets",
                NotificationTexts.subject(n, null));
        String body = NotificationTexts.body(n, "https://lerendstelsel.example", null);
        assertTrue(body.startsWith("Beste Fatima El Amrani,"), body);
        assertTrue(body.contains("Er is terugkoppeling"), body);
        assertTrue(body.contains("De gemeente kan extra toetsmomenten inkopen."), body);
        assertTrue(body.contains("https://lerendstelsel.example/app/knelpunten/detail.xhtml?ref=KP-2026-00042"), body);
        assertTrue(body.contains("-- English --"), body);
        n.markRead(NOW);
        assertTrue(n.isRead());
    }

    @Test
    void aNotificationFromTheBundlesReadsInBothLanguagesAndTheEMailCarriesBoth() {
        Notification n = new Notification(notification(Delivery.DIRECT, "f@example.org").getRecipient(), NotificationKind.ACTIE,
                "KP-2026-00042", nl.lerendstelsel.domain.model.text.Message.of("notification.handoff.new", "Wachtlijst toets"),
                nl.lerendstelsel.domain.model.text.Message.of("notification.handoff.new.text"), Delivery.DIRECT, NOW);
        assertEquals("Nieuw in uw wachtrij \u2014 Wachtlijst toets", n.title(java.util.Locale.forLanguageTag("nl")));
        assertEquals("New in your queue \u2014 Wachtlijst toets", n.title(java.util.Locale.ENGLISH));
        assertEquals("A knelpunt was reported that you can take up.", n.body(java.util.Locale.ENGLISH));
        String body = NotificationTexts.body(n, "https://lerendstelsel.example", null);
        assertTrue(body.contains("KP-2026-00042: Nieuw in uw wachtrij"), body);
        String english = body.substring(body.indexOf("-- English --"));
        assertTrue(english.contains("KP-2026-00042: New in your queue \u2014 Wachtlijst toets"), english);
        assertTrue(english.contains("A knelpunt was reported that you can take up."), english);
    }

    @Test
    void theDigestListsEverythingWaiting() {
        List<Notification> waiting = List.of(notification(Delivery.DAGELIJKS, "f@example.org"),
                notification(Delivery.DAGELIJKS, "f@example.org"));
        assertEquals("[Lerend stelsel] Dagelijks overzicht: 2 meldingen", NotificationTexts.digestSubject(2, null));
        assertEquals("[Lerend stelsel] Dagelijks overzicht: 1 melding", NotificationTexts.digestSubject(1, null));
        String body = NotificationTexts.digestBody(waiting, "http://localhost:8080", null);
        assertEquals(2, body.split("KP-2026-00042:").length - 1, body);
    }

    private static Notification handoff() {
        return new Notification(person("f@example.org"), NotificationKind.ACTIE, "KP-2026-00042",
                Message.of("notification.handoff.new", "Wachtlijst toets"), Message.of("notification.handoff.new.text"),
                Delivery.DIRECT, NOW);
    }

    @Test
    void withTheLanguageUnknownTheEMailIsDutchWithEnglishBelowAsBefore() {
        Notification n = handoff();
        assertEquals("[Lerend stelsel] KP-2026-00042: Nieuw in uw wachtrij \u2014 Wachtlijst toets", NotificationTexts.subject(n, null));
        assertEquals("""
                Beste Fatima El Amrani,

                Er wacht een knelpunt op u.

                KP-2026-00042: Nieuw in uw wachtrij \u2014 Wachtlijst toets

                Er is een knelpunt gemeld dat u kunt oppakken.

                Bekijk het knelpunt: https://x.example/app/knelpunten/detail.xhtml?ref=KP-2026-00042

                U krijgt dit bericht omdat u dit knelpunt behandelt of het in uw wachtrij staat. Hoe en wanneer u e-mail krijgt, \
                stelt u in bij Meldingen > Instellingen: https://x.example/app/meldingen/instellingen.xhtml

                -- English --
                A knelpunt is waiting for you.

                KP-2026-00042: New in your queue \u2014 Wachtlijst toets

                A knelpunt was reported that you can take up.

                See https://x.example/app/knelpunten/detail.xhtml?ref=KP-2026-00042
                """, NotificationTexts.body(n, "https://x.example", null));
    }

    @Test
    void inEnglishTheWholeEMailIsEnglish() {
        Notification n = handoff();
        assertEquals("[Lerend stelsel] KP-2026-00042: New in your queue \u2014 Wachtlijst toets",
                NotificationTexts.subject(n, Message.ENGLISH));
        assertEquals("""
                Dear Fatima El Amrani,

                A knelpunt is waiting for you.

                KP-2026-00042: New in your queue \u2014 Wachtlijst toets

                A knelpunt was reported that you can take up.

                See the knelpunt: https://x.example/app/knelpunten/detail.xhtml?ref=KP-2026-00042

                You receive this message because you handle this knelpunt or it is in your queue. You choose how and when you \
                get e-mail under Notifications > Settings: https://x.example/app/meldingen/instellingen.xhtml
                """, NotificationTexts.body(n, "https://x.example", Message.ENGLISH));
        // every kind and subject reads in English, and nothing Dutch is left
        for (NotificationKind kind : NotificationKind.values()) {
            for (String reference : List.of("KP-2026-00042", "SIG-2026-0003", "QA-9", "DRAAD-4", "BIJ-5", "VRAAG-6", "COP-2")) {
                String body = NotificationTexts.body(new Notification(n.getRecipient(), kind, reference,
                        Message.of("notification.qa.newQuestion", "Mag dat?"), null, Delivery.DIRECT, NOW), "https://x.example",
                        Locale.forLanguageTag("en-GB"));
                for (String dutch : List.of("Beste", "Bekijk", "U krijgt", "Instellingen", "Nieuwe vraag", "-- English --", " u ")) {
                    assertFalse(body.contains(dutch), kind + " " + reference + ": " + body);
                }
                assertTrue(body.startsWith("Dear Fatima El Amrani,\n\n") && body.contains(reference + ": New question: Mag dat?\n")
                        && body.contains("\nSee ") && body.contains("You receive this message "), body);
            }
        }
    }

    @Test
    void inDutchTheWholeEMailIsDutch() {
        Notification n = handoff();
        assertEquals("[Lerend stelsel] KP-2026-00042: Nieuw in uw wachtrij \u2014 Wachtlijst toets",
                NotificationTexts.subject(n, Message.DUTCH));
        String dutch = NotificationTexts.body(n, "https://x.example", Message.DUTCH);
        String both = NotificationTexts.body(n, "https://x.example", null);
        assertEquals(both.substring(0, both.indexOf("\n-- English --\n")), dutch, "the Dutch half of the mail in both languages");
        assertFalse(dutch.contains("English") || dutch.contains("New in your queue") || dutch.contains("See "), dutch);
    }

    @Test
    void theDigestIsInTheRecipientsLanguageOrInBoth() {
        Notification first = handoff();
        List<Notification> waiting = List.of(first, notification(Delivery.DAGELIJKS, "f@example.org"));
        assertEquals("[Lerend stelsel] Daily digest: 2 notifications", NotificationTexts.digestSubject(2, Message.ENGLISH));
        assertEquals("[Lerend stelsel] Daily digest: 1 notification", NotificationTexts.digestSubject(1, Message.ENGLISH));
        assertEquals("[Lerend stelsel] Dagelijks overzicht: 1000 meldingen", NotificationTexts.digestSubject(1000, Message.DUTCH));
        assertEquals("""
                Dear Fatima El Amrani,

                This happened since the previous digest on knelpunten you reported, support or follow, in your CoPs, on signals \
                and on questions:

                - KP-2026-00042: New in your queue \u2014 Wachtlijst toets
                  http://localhost:8080/app/knelpunten/detail.xhtml?ref=KP-2026-00042
                - KP-2026-00042: Terugleggen: nu op uitvoeringsniveau \u2014 Wachtlijst toets
                  http://localhost:8080/app/knelpunten/detail.xhtml?ref=KP-2026-00042

                Settings: http://localhost:8080/app/meldingen/instellingen.xhtml
                """, NotificationTexts.digestBody(waiting, "http://localhost:8080", Message.ENGLISH));
        String both = NotificationTexts.digestBody(waiting, "http://localhost:8080", null);
        assertEquals("""
                Beste Fatima El Amrani,

                Dit gebeurde sinds het vorige overzicht bij knelpunten die u meldde, steunt of volgt, in uw CoP's, bij signalen \
                en bij vragen:

                - KP-2026-00042: Nieuw in uw wachtrij \u2014 Wachtlijst toets
                  http://localhost:8080/app/knelpunten/detail.xhtml?ref=KP-2026-00042
                - KP-2026-00042: Terugleggen: nu op uitvoeringsniveau \u2014 Wachtlijst toets
                  http://localhost:8080/app/knelpunten/detail.xhtml?ref=KP-2026-00042

                Instellingen: http://localhost:8080/app/meldingen/instellingen.xhtml

                -- English --
                Your daily digest of 2 notification(s) about knelpunten you reported, support or follow, your CoPs, signals and \
                questions.
                """, both);
        assertEquals(both.substring(0, both.indexOf("\n-- English --\n")),
                NotificationTexts.digestBody(waiting, "http://localhost:8080", Message.DUTCH));
    }
}
