package nl.lerendstelsel.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
                NotificationTexts.subject(n));
        String body = NotificationTexts.body(n, "https://lerendstelsel.example");
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
        String body = NotificationTexts.body(n, "https://lerendstelsel.example");
        assertTrue(body.contains("KP-2026-00042: Nieuw in uw wachtrij"), body);
        String english = body.substring(body.indexOf("-- English --"));
        assertTrue(english.contains("KP-2026-00042: New in your queue \u2014 Wachtlijst toets"), english);
        assertTrue(english.contains("A knelpunt was reported that you can take up."), english);
    }

    @Test
    void theDigestListsEverythingWaiting() {
        List<Notification> waiting = List.of(notification(Delivery.DAGELIJKS, "f@example.org"),
                notification(Delivery.DAGELIJKS, "f@example.org"));
        assertEquals("[Lerend stelsel] Dagelijks overzicht: 2 meldingen", NotificationTexts.digestSubject(2));
        assertEquals("[Lerend stelsel] Dagelijks overzicht: 1 melding", NotificationTexts.digestSubject(1));
        String body = NotificationTexts.digestBody(waiting, "http://localhost:8080");
        assertEquals(2, body.split("KP-2026-00042:").length - 1, body);
    }
}
