package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.PeopleService;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.notification.MailDelivery;
import nl.lerendstelsel.application.qa.EditorialQueries;
import nl.lerendstelsel.application.qa.QaPublication;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.qa.QuestionService;
import nl.lerendstelsel.domain.model.qa.Approval;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
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
 * The Q&amp;A editorial side inside Payara Micro (Arquillian) on the real WAR. Four eyes: the writer of a version never
 * approves it, one person never signs a version for two partners (also not after an admin moved them to another
 * organisation), an approval records the approver's profile and organisation at that moment, and an admin cannot change
 * their own organisation. Its e-mails in the recipient's language, read back from MailDev: a person who switched to
 * English gets an English-only e-mail, one whose language is unknown still gets Dutch with English below; the language
 * is set through the same service method as the language switch ({@code LanguageFilter}). (QaFourEyesIT and
 * MailLanguageIT until session 21: one Payara Micro start instead of two.)
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class QaEditorialIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(QaEditorialIT.class, Mailbox.class, Mailbox.Mail.class, Mailbox.Attachment.class);
    }

    @Inject
    QaService qa;

    @Inject
    EditorialQueries editorialQueries;

    @Inject
    QaPublication publication;

    @Inject
    PeopleService people;

    @Inject
    UserProfileService userProfiles;

    @Inject
    QuestionService questions;

    @Inject
    MailDelivery mail;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    private static final People PEOPLE = new People("4o-", false);

    private Person person(String organisation, Role role) {
        return PEOPLE.signIn(userProfiles, organisation, role);
    }

    private static QaService.Draft draft(String question) {
        return new QaService.Draft(question, "Het antwoord staat in de Wet inburgering 2021 en het Besluit inburgering 2021.", List.of(),
                null, null, null);
    }

    private static String refusal(Runnable step) {
        return assertThrows(NotPossibleException.class, step::run).message().key();
    }

    @Test
    void theWriterNeverApprovesAndOnePersonSignsForOnePartnerAlsoAfterAnOrganisationChange() {
        Person author = person("DIVOSA", Role.EDITOR);
        Person divosa = person("DIVOSA", Role.EDITOR);
        Person movingEditor = person("VNG", Role.EDITOR);
        Person szw = person("SZW", Role.EDITOR);
        Person admin = person("DIVOSA", Role.ADMIN);

        QaVersion version = qa.create("b1-route", EnumSet.allOf(Partner.class), draft("Mag een inburgeraar het PIP laten wijzigen?"),
                author.caller());
        qa.submit(version.getId(), author.caller());
        assertEquals("refusal.qa.ownVersion", refusal(() -> qa.approve(version.getId(), author.caller())), "the writer");
        assertFalse(editorialQueries.canApprove(editorialQueries.versionFor(version.getId(), author.caller()), author.caller()), "and the pages offer no button");

        qa.approve(version.getId(), movingEditor.caller());
        Approval byVng = editorialQueries.versionFor(version.getId(), admin.caller()).getApprovals().get(0);
        assertEquals(Partner.VNG, byVng.getPartner());
        assertEquals(movingEditor.id(), byVng.getEditorId(), "the approver's profile");
        assertEquals("VNG", byVng.getOrganisation(), "their organisation at that moment");
        assertEquals(1, em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'QA_GOEDGEKEURD_VNG' AND a.objectId = :o"
                + " AND a.details = 'organisatie=VNG'", Long.class).setParameter("o", String.valueOf(version.getId())).getSingleResult());

        people.correctOrganisation(movingEditor.id(), "SZW", admin.caller());
        assertEquals("refusal.qa.signedForOtherPartner", refusal(() -> qa.approve(version.getId(), movingEditor.caller())),
                "moved to SZW, the same person does not sign the same version for SZW too");
        QaVersion after = editorialQueries.versionFor(version.getId(), admin.caller());
        assertFalse(editorialQueries.canApprove(after, movingEditor.caller()));
        assertEquals(1, after.getApprovals().size());
        assertEquals("VNG", after.getApprovals().get(0).getOrganisation(), "the recorded approval still says VNG");

        qa.approve(version.getId(), szw.caller());
        assertTrue(editorialQueries.canApprove(editorialQueries.versionFor(version.getId(), divosa.caller()), divosa.caller()));
        assertEquals(VersionStatus.GEPUBLICEERD, qa.approve(version.getId(), divosa.caller()).getStatus(), "three people, three partners");
        assertEquals(version.getId(), publication.published(version.getEntry().getId()).current().getId());
    }

    @Test
    void anAdminChangesTheOrganisationOfSomeoneElseOnlyNeverTheirOwn() {
        Person admin = person("DIVOSA", Role.ADMIN, Role.EDITOR);
        Person otherAdmin = person("VNG", Role.ADMIN);
        assertEquals("refusal.people.ownOrganisation", refusal(() -> people.correctOrganisation(admin.id(), "SZW", admin.caller())));
        assertEquals("refusal.people.ownOrganisation", refusal(() -> people.correctOrganisation(admin.id(), null, admin.caller())),
                "also not back to what Keycloak says");
        assertEquals("DIVOSA", people.person(admin.id(), admin.caller()).getOrganisation().getCode(), "unchanged");
        assertEquals("SZW", people.correctOrganisation(admin.id(), "SZW", otherAdmin.caller()).getOrganisation().getCode(),
                "another admin may");
    }

    private Person person(String organisation, Role role, Role more) {
        return PEOPLE.signIn(userProfiles, organisation, role, more);
    }

    @Test
    void aPersonWhoSwitchedToEnglishGetsEnglishOnly() throws Exception {
        Person editor = mailed(Role.EDITOR);
        Person asker = mailed(Role.PROFESSIONAL);
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
        Person editor = mailed(Role.EDITOR);
        Person asker = mailed(Role.PROFESSIONAL);
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
        Person editor = mailed(Role.EDITOR);
        Person asker = mailed(Role.PROFESSIONAL);
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

    /** Someone with an e-mail address (the mail tests read what they get from MailDev). */
    private Person mailed(Role role) {
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
