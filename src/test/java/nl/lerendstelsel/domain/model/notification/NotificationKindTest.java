package nl.lerendstelsel.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every kind of notification fits its column, says what it is about for the e-mail's wording, has a name on the
 * preferences page in both languages, and leads to the page where the recipient reads or acts.
 */
class NotificationKindTest {

    @Test
    void everyKindFitsTheColumnAndIsNamedInBothLanguages() throws IOException {
        for (String bundle : new String[] {"messages_nl.properties", "messages_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = NotificationKindTest.class.getResourceAsStream("/nl/lerendstelsel/i18n/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (NotificationKind kind : NotificationKind.values()) {
                assertTrue(kind.name().length() <= 20, kind + " fits notification.kind VARCHAR(20)");
                String name = texts.getProperty("notificationKind." + kind.name());
                assertTrue(name != null && !name.isBlank(), bundle + " names " + kind);
            }
        }
    }

    @Test
    void eachKindIsAboutAKnelpuntACopASignalOrAQuestion() {
        assertEquals(NotificationKind.Subject.KNELPUNT, NotificationKind.TOEGEWEZEN.subject());
        assertEquals(NotificationKind.Subject.COP, NotificationKind.MODERATIE.subject());
        assertEquals(NotificationKind.Subject.SIGNAAL, NotificationKind.SIGNAAL.subject());
        assertEquals(NotificationKind.Subject.COP, NotificationKind.BIJEENKOMSTWIJZIGING.subject(), "after SIGNAAL, still a CoP");
        assertEquals(NotificationKind.Subject.COP, NotificationKind.BEOORDELING.subject());
        assertEquals(NotificationKind.Subject.VRAAG, NotificationKind.NIEUWE_VRAAG.subject());
        assertEquals(NotificationKind.Subject.VRAAG, NotificationKind.VRAAG_AFGEHANDELD.subject());
    }

    @Test
    void aNotificationLeadsWhereItsRecipientReadsOrActs() {
        assertEquals("/app/cops/bijeenkomst.xhtml?id=7", NotificationTexts.path(NotificationKind.BIJEENKOMSTWIJZIGING, "BIJ-7"));
        assertEquals("/app/cops/moderatie.xhtml", NotificationTexts.path(NotificationKind.BEOORDELING, "DRAAD-12"));
        assertEquals("/app/redactie/index.xhtml", NotificationTexts.path(NotificationKind.NIEUWE_VRAAG, "VRAAG-3"));
        assertEquals("/app/vraag-stellen.xhtml", NotificationTexts.path(NotificationKind.VRAAG_AFGEHANDELD, "VRAAG-3"));
        assertEquals("/vraag-en-antwoord/vraag.xhtml?id=9", NotificationTexts.path(NotificationKind.VRAAG_AFGEHANDELD, "QA-9"));
        assertEquals("/app/knelpunten/detail.xhtml?ref=KP-2026-00042", NotificationTexts.path(NotificationKind.STAP, "KP-2026-00042"));
        assertEquals("/vraag-en-antwoord/vraag.xhtml?id=9", NotificationTexts.path(NotificationKind.HERINNERING, "QA-9"),
                "an answer whose validity ends, not a knelpunt");
    }
}
