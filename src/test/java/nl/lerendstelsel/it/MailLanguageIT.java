package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.notification.MailDelivery;
import nl.lerendstelsel.application.qa.QuestionService;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mails in the recipient's language, inside Payara Micro (Arquillian) on the real WAR, read back from MailDev: a person
 * who switched to English gets an English-only e-mail, one whose language is unknown still gets Dutch with English below.
 * The language is set through the same service method as the language switch ({@code LanguageFilter}).
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class MailLanguageIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(MailLanguageIT.class, Mailbox.class, Mailbox.Mail.class, Mailbox.Attachment.class);
    }

    @Inject
    UserProfileService userProfiles;

    @Inject
    QuestionService questions;

    @Inject
    MailDelivery mail;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    @Test
    void aPersonWhoSwitchedToEnglishGetsEnglishOnly() throws Exception {
        Person editor = person(Role.EDITOR);
        Person asker = person(Role.PROFESSIONAL);
        assertNull(profile(asker).getLanguage(), "unknown until they switch");
        assertTrue(userProfiles.chooseLanguage(asker.subject(), "en"));
        long version = version(asker);
        assertFalse(userProfiles.chooseLanguage(asker.subject(), "en"), "the same language again is no change");
        assertEquals(version, version(asker), "and no write");
        assertEquals("en", profile(asker).getLanguage().getLanguage());

        Question question = questions.ask("Mag een inburgeraar de taalcursus online volgen bij een erkende school?", null, asker.caller());
        questions.declineQuestion(question.getId(), "Dit staat al in de vraag-en-antwoordbank.", editor.caller());

        Mailbox.Mail told = Mailbox.await(asker.email(), m -> m.subject().contains("VRAAG-" + question.getId()));
        assertEquals("[Lerend stelsel] VRAAG-" + question.getId() + ": Your question was not taken up: Mag een inburgeraar de taalcursus "
                + "online volgen bij een erkende school?", told.subject());
        String text = told.text();
        assertTrue(text.startsWith("Dear Test "), text);
        assertTrue(text.contains("The editors have dealt with a question you asked for the Q&A base."), text);
        assertTrue(text.contains("Reason: Dit staat al in de vraag-en-antwoordbank."), "what the editor wrote stays as written: " + text);
        assertTrue(text.contains("See it here: ") && text.contains("/app/vraag-stellen.xhtml"), text);
        assertTrue(text.contains("You choose how and when you get e-mail under Notifications > Settings: "), text);
        for (String dutch : List.of("Beste", "Bekijk", "U krijgt", "Uw vraag", "-- English --")) {
            assertFalse(text.contains(dutch), dutch + " in " + text);
        }
    }

    @Test
    void aPersonWhoseLanguageIsUnknownGetsDutchWithEnglishBelow() throws Exception {
        Person editor = person(Role.EDITOR);
        Person asker = person(Role.PROFESSIONAL);
        Question question = questions.ask("Hoe lang mag de brede intake duren voor een statushouder in een AZC?", null, asker.caller());
        questions.declineQuestion(question.getId(), "Dit staat al in de vraag-en-antwoordbank.", editor.caller());

        Mailbox.Mail told = Mailbox.await(asker.email(), m -> m.subject().contains("VRAAG-" + question.getId()));
        assertEquals("[Lerend stelsel] VRAAG-" + question.getId() + ": Uw vraag is niet in behandeling genomen: Hoe lang mag de "
                + "brede intake duren voor een statushouder in een AZC?", told.subject());
        String text = told.text();
        int english = text.indexOf("-- English --");
        assertTrue(english > 0, text);
        String dutchPart = text.substring(0, english);
        String englishPart = text.substring(english);
        assertTrue(dutchPart.startsWith("Beste Test ") && dutchPart.contains("Uw vraag is niet in behandeling genomen")
                && dutchPart.contains("Bekijk het hier: "), dutchPart);
        assertTrue(englishPart.contains("The editors have dealt with a question you asked for the Q&A base.")
                && englishPart.contains("Your question was not taken up: Hoe lang mag") && englishPart.contains("See "), englishPart);
    }

    @Test
    void theDigestOfAPersonWhoSwitchedIsInTheirLanguage() throws Exception {
        Person editor = person(Role.EDITOR);
        Person asker = person(Role.PROFESSIONAL);
        userProfiles.chooseLanguage(editor.subject(), "en");
        Question question = questions.ask("Welke termijn geldt voor het PIP als de statushouder verhuist naar een andere gemeente?", null,
                asker.caller());
        assertTrue(mail.sendDigest(editor.id()), "new questions reach editors in their digest");
        Mailbox.Mail digest = Mailbox.await(editor.email(), m -> m.text().contains("VRAAG-" + question.getId()));
        assertTrue(digest.subject().startsWith("[Lerend stelsel] Daily digest: "), digest.subject());
        assertTrue(digest.text().startsWith("Dear Test ") && digest.text().contains("VRAAG-" + question.getId() + ": New question: Welke")
                && digest.text().contains("\nSettings: "), digest.text());
        assertFalse(digest.text().contains("-- English --") || digest.text().contains("Beste"), digest.text());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Person person(Role role) {
        return new People("taal-", true).signIn(userProfiles, role == Role.EDITOR ? "DIVOSA" : "GM0344", role);
    }

    private UserProfile profile(Person person) {
        return em.find(UserProfile.class, person.id());
    }

    private long version(Person person) {
        return em.createQuery("SELECT p.version FROM UserProfile p WHERE p.id = :id", Long.class).setParameter("id", person.id())
                .getSingleResult();
    }
}
