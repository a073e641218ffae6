package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.MeetingCalendar;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.community.ModerationService;
import nl.lerendstelsel.application.notification.MailDelivery;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.application.port.MailSender;
import nl.lerendstelsel.application.qa.EditorialQueries;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.qa.QuestionService;
import nl.lerendstelsel.domain.model.community.DiscussionThread;
import nl.lerendstelsel.domain.model.community.FlagReason;
import nl.lerendstelsel.domain.model.community.IcsCalendar;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.community.RsvpAnswer;
import nl.lerendstelsel.domain.model.notification.Delivery;
import nl.lerendstelsel.domain.model.notification.EmailStatus;
import nl.lerendstelsel.domain.model.notification.Notification;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.notification.NotificationTexts;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hand-offs in CoPs and the Q&A base inside Payara Micro (Arquillian) on the real WAR: whoever must act next is told —
 * facilitators of a flagged post, members of a moved or cancelled meeting (with the calendar entry their e-mail
 * carries), editors of a new question, the asker of an answered or declined one — never the actor, never an outsider,
 * and each with the e-mail delivery they chose.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class HandoffNotificationsIT extends CopFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(HandoffNotificationsIT.class);
    }

    @Inject
    ModerationService moderation;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingCalendar calendar;

    @Inject
    NotificationService notificationService;

    @Inject
    QaService qa;

    @Inject
    EditorialQueries editorialQueries;

    @Inject
    QuestionService questions;

    @Inject
    MailDelivery mail;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    // ---- CoP: flags ---------------------------------------------------------------------------------------------

    @Test
    void everyFlagReachesTheFacilitatorsOfThatCopOnceAndTheThresholdSaysThePostIsHeld() {
        Person admin = person("DIVOSA", Role.ADMIN);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        Person otherFacilitator = person("DIVOSA", Role.FACILITATOR);
        long cop = cop(admin, "CoP meldingen", facilitator);
        cop(admin, "Andere CoP", otherFacilitator);
        Person author = person("GM0344", Role.PROFESSIONAL);
        List<Person> members = List.of(person("GM0599", Role.PROFESSIONAL), person("GM0307", Role.PROFESSIONAL),
                person("GM0363", Role.PROFESSIONAL));
        DiscussionThread thread = advertisement(cop, author, members);
        long postId = firstPost(thread, author).getId();

        moderation.flag(postId, FlagReason.SPAM, "Reclame voor een taalschool", members.get(0).caller());
        List<Notification> told = notifications(facilitator, NotificationKind.BEOORDELING, thread.getReference());
        assertEquals(1, told.size());
        assertTrue(told.get(0).getTitle().startsWith("Bericht gemeld in: Korting op cursussen"), told.get(0).getTitle());
        assertTrue(told.get(0).getBody().contains("Reclame voor een taalschool"), told.get(0).getBody());
        assertEquals(EmailStatus.PENDING, told.get(0).getEmailStatus(), "immediately by default");
        assertEquals("/app/cops/moderatie.xhtml", NotificationTexts.path(told.get(0).getKind(), told.get(0).getReference()),
                "leads to the review queue");
        for (Person outsider : List.of(otherFacilitator, members.get(0), members.get(1), author, admin)) {
            assertEquals(0, notifications(outsider, NotificationKind.BEOORDELING, thread.getReference()).size(), outsider.username());
        }

        moderation.flag(postId, FlagReason.SPAM, null, members.get(1).caller());
        moderation.flag(postId, FlagReason.ONGEPAST, null, members.get(2).caller());
        told = notifications(facilitator, NotificationKind.BEOORDELING, thread.getReference());
        assertEquals(3, told.size(), "one per flag, the third one not twice");
        assertTrue(told.get(2).getTitle().startsWith("Bericht verborgen tot u het beoordeelt (3 meldingen)"), told.get(2).getTitle());
    }

    @Test
    void whoLeavesOrIsRemovedFromACopNoLongerHearsOfItsDiscussions() {
        Person admin = person("DIVOSA", Role.ADMIN);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        long cop = cop(admin, "CoP volgers", facilitator);
        Person leaver = person("GM0344", Role.PROFESSIONAL);
        Person removed = person("GM0599", Role.PROFESSIONAL);
        Person stayer = person("GM0307", Role.PROFESSIONAL);
        for (Person member : List.of(leaver, removed, stayer)) {
            memberships.join(cop, member.caller());
        }
        DiscussionThread thread = discussions.start(cop, "Taalniveau bij instroom", DiscussionService.Body.markup("Wat meten jullie?"),
                stayer.caller());
        discussions.reply(thread.getId(), DiscussionService.Body.markup("Wij gebruiken de intaketoets."), leaver.caller());
        discussions.reply(thread.getId(), DiscussionService.Body.markup("Wij ook, met een gesprek erbij."), removed.caller());
        assertEquals(2, follows(thread.getId(), leaver, removed), "writing follows the thread");

        memberships.leave(cop, leaver.caller());
        memberships.remove(cop, removed.username(), "Werkt niet meer bij een gemeente.", facilitator.caller());
        discussions.reply(thread.getId(), DiscussionService.Body.markup("Dank, dat helpt."), stayer.caller());

        for (Person former : List.of(leaver, removed)) {
            assertEquals(0, notifications(former, NotificationKind.DISCUSSIE, thread.getReference()).stream()
                    .filter(n -> n.getBody() != null && n.getBody().contains("Dank, dat helpt.")).count(), former.username());
        }
        assertEquals(1, notifications(leaver, NotificationKind.DISCUSSIE, thread.getReference()).stream()
                .filter(n -> n.getBody() != null && n.getBody().contains("met een gesprek erbij")).count(),
                "while a member, a follower heard of the next post");
        assertEquals(0, follows(thread.getId(), leaver, removed), "the follows ended with the membership");
    }

    private long follows(Long threadId, Person first, Person second) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cop_thread_follower WHERE thread_id = ?1 AND user_id IN (?2, ?3)")
                .setParameter(1, threadId).setParameter(2, first.id()).setParameter(3, second.id()).getSingleResult()).longValue();
    }

    @Test
    void aRequestToJoinReachesTheFacilitatorsOfThatCopOnly() {
        Person admin = person("DIVOSA", Role.ADMIN);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        Person otherFacilitator = person("DIVOSA", Role.FACILITATOR);
        long cop = communities.create(new CommunityService.CommunityInput("CoP op aanvraag " + UUID.randomUUID().toString().substring(0, 6),
                "Een CoP waar je lid van wordt op aanvraag.", MembershipMode.OP_AANVRAAG, List.of("brede-intake"), List.of()),
                admin.caller()).getId();
        memberships.appoint(cop, facilitator.username(), true, admin.caller());
        cop(admin, "Andere CoP", otherFacilitator);
        Person member = person("GM0344", Role.PROFESSIONAL);
        Person applicant = person("GM0599", Role.PROFESSIONAL);
        memberships.invite(cop, member.username(), facilitator.caller());
        memberships.join(cop, member.caller());
        String reference = communities.load(cop).getReference();
        long before = notifications(member, NotificationKind.LIDMAATSCHAP, reference).size();

        memberships.join(cop, applicant.caller());
        List<Notification> told = notifications(facilitator, NotificationKind.LIDMAATSCHAP, reference);
        assertEquals(1, told.stream().filter(n -> n.getTitle().contains("vraagt lidmaatschap aan")).count(), told.toString());
        assertEquals(0, notifications(otherFacilitator, NotificationKind.LIDMAATSCHAP, reference).size());
        assertEquals(before, notifications(member, NotificationKind.LIDMAATSCHAP, reference).size(), "members decide nothing");
        assertEquals(0, notifications(applicant, NotificationKind.LIDMAATSCHAP, reference).size(), "never the one who asked");
    }

    // ---- CoP: meetings ------------------------------------------------------------------------------------------

    @Test
    void membersAreToldOfAMoveAndACancellationAndTheirCalendarEntryFollows() throws Exception {
        Person admin = person("DIVOSA", Role.ADMIN);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        long cop = cop(admin, "CoP bijeenkomsten", facilitator);
        Person member = person("GM0344", Role.PROFESSIONAL);
        Person digestMember = person("GM0599", Role.PROFESSIONAL);
        Person leaver = person("GM0307", Role.PROFESSIONAL);
        Person outsider = person("GM0363", Role.PROFESSIONAL);
        for (Person p : List.of(member, digestMember, leaver)) {
            memberships.join(cop, p.caller());
        }
        notificationService.setPreferences(java.util.Map.of(NotificationKind.BIJEENKOMSTWIJZIGING, Delivery.DAGELIJKS),
                digestMember.caller());
        LocalDateTime start = LocalDate.now().plusDays(14).atTime(10, 0);
        Meeting meeting = meetings.plan(cop, input(start, "Divosa, Utrecht", "1. Casus"), facilitator.caller());
        String reference = meeting.getReference();
        assertEquals(1, notifications(member, NotificationKind.BIJEENKOMST, reference).size(), "planned");
        String planned = invitation(reference, member).text();
        assertTrue(planned.contains("METHOD:REQUEST\r\n") && planned.contains("SEQUENCE:0\r\n")
                && planned.contains("STATUS:CONFIRMED\r\n"), planned);
        assertTrue(planned.contains("ATTENDEE;CN=\"Test " + member.username() + "\";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:"
                + member.email()), planned);
        assertTrue(planned.contains("ORGANIZER;CN=\"CoP bijeenkomsten"), planned);

        meetings.replan(meeting.getId(), input(start, "Divosa, Utrecht", "1. Casus\n2. Afspraken"), null, facilitator.caller());
        assertEquals(0, notifications(member, NotificationKind.BIJEENKOMSTWIJZIGING, reference).size(), "another agenda is no move");

        memberships.leave(cop, leaver.caller());
        meetings.replan(meeting.getId(), input(start.plusDays(1).withHour(13), "Divosa, Utrecht", "1. Casus"), null,
                facilitator.caller());
        List<Notification> moved = notifications(member, NotificationKind.BIJEENKOMSTWIJZIGING, reference);
        assertEquals(1, moved.size());
        assertTrue(moved.get(0).getTitle().startsWith("Verzet: Intervisie eerste weken, nu op ")
                && moved.get(0).getTitle().contains("om 13:00"), moved.get(0).getTitle());
        assertTrue(moved.get(0).getBody().contains("tot 15:00") && moved.get(0).getBody().contains("Plaats: Divosa, Utrecht"),
                moved.get(0).getBody());
        assertEquals(EmailStatus.PENDING, moved.get(0).getEmailStatus());
        assertEquals(EmailStatus.DIGEST, notifications(digestMember, NotificationKind.BIJEENKOMSTWIJZIGING, reference).get(0)
                .getEmailStatus(), "their own choice: the daily digest");
        for (Person notTold : List.of(facilitator, leaver, outsider)) {
            assertEquals(0, notifications(notTold, NotificationKind.BIJEENKOMSTWIJZIGING, reference).size(), notTold.username());
        }
        String movedEntry = invitation(reference, member).text();
        assertTrue(movedEntry.contains("METHOD:REQUEST\r\n") && movedEntry.contains("SEQUENCE:1\r\n"), movedEntry);
        assertTrue(calendar.invitation(reference, profile(leaver), "noreply@lerendstelsel.nl", "http://localhost").isEmpty(),
                "no calendar entry for someone who left the CoP");

        assertThrows(AccessDeniedException.class, () -> meetings.cancel(meeting.getId(), "Zomaar", null, member.caller()));
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> meetings.cancel(meeting.getId(), "  ", null, facilitator.caller()));
        assertTrue(noReason.fieldErrors().containsKey("reden"), noReason.fieldErrors().toString());
        assertFalse(meetings.read(meeting.getId(), member.caller()).isCancelled(), "a refused cancellation changes nothing");

        meetings.cancel(meeting.getId(), "De gastspreker is ziek; wij plannen een nieuwe datum.", null, facilitator.caller());
        List<Notification> cancelled = notifications(member, NotificationKind.BIJEENKOMSTWIJZIGING, reference);
        assertEquals(2, cancelled.size());
        assertTrue(cancelled.get(1).getTitle().startsWith("Afgelast: Intervisie eerste weken op "), cancelled.get(1).getTitle());
        assertEquals("Reden: De gastspreker is ziek; wij plannen een nieuwe datum.", cancelled.get(1).getBody());
        assertEquals(0, notifications(facilitator, NotificationKind.BIJEENKOMSTWIJZIGING, reference).size(), "never the actor");
        MeetingCalendar.Invitation cancellation = invitation(reference, member);
        assertEquals(IcsCalendar.Method.CANCEL, cancellation.method());
        assertTrue(cancellation.text().contains("METHOD:CANCEL\r\n") && cancellation.text().contains("SEQUENCE:2\r\n")
                && cancellation.text().contains("STATUS:CANCELLED\r\n"), cancellation.text());
        assertTrue(cancellation.text().contains("UID:bijeenkomst-" + meeting.getId() + "@lerend-stelsel"), "the same event");

        Meeting shown = meetings.read(meeting.getId(), member.caller());
        assertTrue(shown.isCancelled());
        assertEquals("De gastspreker is ziek; wij plannen een nieuwe datum.", shown.getCancelReason());
        assertTrue(meetings.meetings(cop, true, member.caller()).stream().noneMatch(m -> m.getId().equals(meeting.getId())),
                "no longer upcoming");
        assertThrows(NotPossibleException.class, () -> meetings.cancel(meeting.getId(), "Nog een keer", null, facilitator.caller()));
        assertThrows(NotPossibleException.class, () -> meetings.rsvp(meeting.getId(), RsvpAnswer.JA, member.caller()));
        assertThrows(NotPossibleException.class, () -> meetings.replan(meeting.getId(), input(start, "Utrecht", null), null,
                facilitator.caller()));
        assertEquals(1, audited("COP_BIJEENKOMST_AFGELAST", String.valueOf(meeting.getId())));

        List<Notification> digest = em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :p AND n.emailStatus = :s"
                + " ORDER BY n.id", Notification.class).setParameter("p", digestMember.id()).setParameter("s", EmailStatus.DIGEST)
                .getResultList();
        assertEquals(List.of(NotificationKind.BIJEENKOMST, NotificationKind.BIJEENKOMSTWIJZIGING, NotificationKind.BIJEENKOMSTWIJZIGING),
                digest.stream().map(Notification::getKind).toList(), "planned (digest by default), moved and cancelled (their choice)");
        List<MailSender.Attachment> entries = mail.calendarEntries(digest);
        assertEquals(1, entries.size(), "one calendar entry per meeting in a digest");
        assertEquals("text/calendar; method=CANCEL", entries.get(0).contentType());
        assertTrue(entries.get(0).text().contains("SEQUENCE:2"), entries.get(0).text());
        assertTrue(mail.sendDigest(digestMember.id()), "the digest with its calendar entry went out over SMTP");
    }

    @Test
    void aMeetingThatIsOverCannotBeCancelled() {
        Person admin = person("DIVOSA", Role.ADMIN);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        long cop = cop(admin, "CoP verleden", facilitator);
        Meeting past = meetings.plan(cop, input(LocalDate.now().minusDays(3).atTime(10, 0), "Utrecht", null), facilitator.caller());
        assertThrows(NotPossibleException.class, () -> meetings.cancel(past.getId(), "Te laat", null, facilitator.caller()));
    }

    // ---- Q&A ----------------------------------------------------------------------------------------------------

    @Test
    void editorsHearOfNewQuestionsAndTheAskerOfTheAnswerOnceItIsPublishedOrOfTheReasonItWasDeclined() {
        Person asker = person("GM0344", Role.PROFESSIONAL);
        Person editor = person("DIVOSA", Role.EDITOR);
        Person otherEditor = person("DIVOSA", Role.EDITOR);
        Person bystander = person("GM0599", Role.PROFESSIONAL);

        Question question = questions.ask("Mag een inburgeraar tijdens de brede intake al met de taalcursus beginnen?", "brede-intake",
                asker.caller());
        String questionReference = "VRAAG-" + question.getId();
        List<Notification> toEditor = notifications(editor, NotificationKind.NIEUWE_VRAAG, questionReference);
        assertEquals(1, toEditor.size());
        assertTrue(toEditor.get(0).getTitle().startsWith("Nieuwe vraag: Mag een inburgeraar"), toEditor.get(0).getTitle());
        assertEquals(EmailStatus.DIGEST, toEditor.get(0).getEmailStatus(), "editors get new questions in their digest by default");
        assertEquals("/app/redactie/index.xhtml", NotificationTexts.path(NotificationKind.NIEUWE_VRAAG, questionReference));
        assertEquals(1, notifications(otherEditor, NotificationKind.NIEUWE_VRAAG, questionReference).size());
        assertEquals(0, notifications(asker, NotificationKind.NIEUWE_VRAAG, questionReference).size());
        assertEquals(0, notifications(bystander, NotificationKind.NIEUWE_VRAAG, questionReference).size());

        QaVersion draft = questions.answerQuestion(question.getId(), "brede-intake", Set.of(Partner.DIVOSA), new QaService.Draft(
                "Mag een inburgeraar tijdens de brede intake al met de taalcursus beginnen?",
                "Ja. De gemeente kan een taalcursus aanbieden voordat het PIP is vastgesteld.", List.of(), null, null, null),
                editor.caller());
        String answerReference = "QA-" + draft.getEntry().getId();
        qa.submit(draft.getId(), editor.caller());
        assertEquals(0, notifications(asker, NotificationKind.VRAAG_AFGEHANDELD, answerReference).size(), "not before it is published");
        qa.approve(draft.getId(), otherEditor.caller());
        List<Notification> answered = notifications(asker, NotificationKind.VRAAG_AFGEHANDELD, answerReference);
        assertEquals(1, answered.size());
        assertTrue(answered.get(0).getTitle().startsWith("Uw vraag is beantwoord: Mag een inburgeraar"), answered.get(0).getTitle());
        assertEquals(EmailStatus.PENDING, answered.get(0).getEmailStatus());
        assertEquals("/vraag-en-antwoord/vraag.xhtml?id=" + draft.getEntry().getId(),
                NotificationTexts.path(answered.get(0).getKind(), answered.get(0).getReference()), "links to the published answer");

        QaVersion revision = qa.newVersion(draft.getEntry().getId(), editor.caller());
        qa.submit(revision.getId(), editor.caller());
        qa.approve(revision.getId(), otherEditor.caller());
        assertEquals(1, notifications(asker, NotificationKind.VRAAG_AFGEHANDELD, answerReference).size(),
                "a later version is no new answer to the question");

        Question declined = questions.ask("Hoe vaak mag een inburgeraar het examen overdoen bij de taalschool?", null, asker.caller());
        questions.declineQuestion(declined.getId(), "Dit staat al in de vraag-en-antwoordbank onder 'Examens'.", editor.caller());
        List<Notification> toldDeclined = notifications(asker, NotificationKind.VRAAG_AFGEHANDELD, "VRAAG-" + declined.getId());
        assertEquals(1, toldDeclined.size());
        assertTrue(toldDeclined.get(0).getTitle().startsWith("Uw vraag is niet in behandeling genomen: Hoe vaak"),
                toldDeclined.get(0).getTitle());
        assertEquals("Reden: Dit staat al in de vraag-en-antwoordbank onder 'Examens'.", toldDeclined.get(0).getBody());
        assertEquals("/app/vraag-stellen.xhtml", NotificationTexts.path(toldDeclined.get(0).getKind(), toldDeclined.get(0).getReference()));
        assertThrows(NotPossibleException.class, () -> questions.declineQuestion(declined.getId(), "Nog eens", editor.caller()),
                "declined once, told once");
        assertEquals(1, notifications(asker, NotificationKind.VRAAG_AFGEHANDELD, "VRAAG-" + declined.getId()).size());
    }

    @Test
    void aVersionSentBackToConceptTellsItsWritersTheReasonWhichIsRequiredAndFreeOfPersonalData() {
        Person author = person("DIVOSA", Role.EDITOR);
        Person coWriter = person("VNG", Role.EDITOR);
        Person reviewer = person("SZW", Role.EDITOR);
        Person bystander = person("DIVOSA", Role.EDITOR);
        QaVersion version = qa.create("b1-route", Set.of(Partner.DIVOSA, Partner.SZW), new QaService.Draft(
                "Telt een taalcursus bij een werkgever mee voor de B1-route?",
                "Ja, als de gemeente die cursus in het PIP heeft opgenomen.", List.of(), null, null, null), author.caller());
        qa.edit(version.getId(), new QaService.Draft("Telt een taalcursus bij een werkgever mee voor de B1-route?",
                "Ja, als de gemeente die cursus in het PIP heeft opgenomen en de cursus tot B1 leidt.", List.of(), null, null,
                "Niveau genoemd"), null, coWriter.caller());
        qa.submit(version.getId(), author.caller());
        assertThrows(InvalidInputException.class, () -> qa.reopen(version.getId(), "  ", reviewer.caller()), "a reason is required");
        assertThrows(nl.lerendstelsel.application.PersonalDataRejectedException.class, () -> qa.reopen(version.getId(), "Zie de klacht van BSN 111222333 hierover.",
                reviewer.caller()), "the personal-data guard");
        assertEquals("TER_REVIEW", editorialQueries.versionFor(version.getId(), reviewer.caller()).getStatus().name(), "refused: still in review");

        String reason = "Het antwoord noemt de taaleis van de werkgever niet.";
        qa.reopen(version.getId(), reason, reviewer.caller());
        String reference = "QAV-" + version.getId();
        for (Person writer : List.of(author, coWriter)) {
            List<Notification> told = notifications(writer, NotificationKind.REDACTIE, reference);
            assertEquals(1, told.size(), "every writer is told");
            assertTrue(told.get(0).getTitle().startsWith("Versie teruggezet naar concept: Telt een taalcursus"), told.get(0).getTitle());
            assertEquals("Reden: " + reason, told.get(0).getBody());
            assertEquals(EmailStatus.PENDING, told.get(0).getEmailStatus(), "theirs to act on: by e-mail at once");
        }
        assertEquals("/app/redactie/item.xhtml?versie=" + version.getId(), NotificationTexts.path(NotificationKind.REDACTIE, reference));
        assertEquals(0, notifications(reviewer, NotificationKind.REDACTIE, reference).size(), "not who sent it back");
        assertEquals(0, notifications(bystander, NotificationKind.REDACTIE, reference).size(), "not who did not write it");
        assertEquals(reason, editorialQueries.versionFor(version.getId(), author.caller()).getReturnReason(), "shown in the version's history");
        assertEquals(1, em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'QA_TERUG_NAAR_CONCEPT' AND a.objectId = :o"
                + " AND a.details = :d", Long.class).setParameter("o", String.valueOf(version.getId())).setParameter("d", "reden=" + reason)
                .getSingleResult(), "and in the audit trail");
    }

    @Test
    void anEditorWhoAsksIsNotToldOfTheirOwnQuestion() {
        Person editor = person("VNG", Role.EDITOR);
        Question question = questions.ask("Welke termijn geldt voor het vaststellen van het PIP na de brede intake?", null, editor.caller());
        assertEquals(0, notifications(editor, NotificationKind.NIEUWE_VRAAG, "VRAAG-" + question.getId()).size());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The calendar entry an e-mail to {@code person} carries, with its long lines unfolded. */
    private MeetingCalendar.Invitation invitation(String reference, Person person) {
        MeetingCalendar.Invitation folded = calendar.invitation(reference, profile(person), "noreply@lerendstelsel.nl",
                "http://localhost").orElseThrow();
        return new MeetingCalendar.Invitation(folded.fileName(), folded.method(), folded.text().replace("\r\n ", ""));
    }

    private static MeetingService.MeetingInput input(LocalDateTime start, String location, String agenda) {
        return new MeetingService.MeetingInput(MeetingKind.INTERVISIE, "Intervisie eerste weken", start, start.plusHours(2), location,
                null, agenda);
    }

    private long cop(Person admin, String name, Person facilitator) {
        return cop(admin, name, "Een CoP voor de test van de meldingen.", "brede-intake", facilitator);
    }

    /** With an e-mail address: what reaches them by e-mail is part of the test. */
    private Person person(String organisation, Role role) {
        return new People("h-", true).signIn(userProfiles, organisation, role);
    }

    private nl.lerendstelsel.domain.model.user.UserProfile profile(Person person) {
        return em.find(nl.lerendstelsel.domain.model.user.UserProfile.class, person.id());
    }

    private List<Notification> notifications(Person person, NotificationKind kind, String reference) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :p AND n.kind = :k AND n.reference = :r"
                        + " ORDER BY n.createdAt, n.id", Notification.class)
                .setParameter("p", person.id()).setParameter("k", kind).setParameter("r", reference).getResultList();
    }

    private long audited(String action, String objectId) {
        return InContainer.audited(em, action, objectId);
    }
}
