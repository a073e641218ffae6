package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.administration.UserProfileService;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.application.practice.PracticeAdoptions;
import nl.lerendstelsel.application.practice.PracticeFromOutcome;
import nl.lerendstelsel.application.practice.PracticeInput;
import nl.lerendstelsel.application.practice.PracticeQueries;
import nl.lerendstelsel.application.practice.PracticeService;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.notification.Notification;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeFilter;
import nl.lerendstelsel.domain.model.practice.PracticeStatus;
import nl.lerendstelsel.domain.model.practice.PublicationStage;
import nl.lerendstelsel.domain.model.privacy.Finding.Kind;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 30, praktijkvoorbeelden, inside Payara Micro (Arquillian) on the real WAR: a professional writes a concept that
 * only they and the editors see, submits it (the editors are told), an editor who did not write it publishes it (the
 * author is told) and the public catalogue finds it by its filters; the author never publishes their own; each role is
 * refused what it may not do; personal data is refused with nothing stored; another organisation marks it "ook bij ons
 * toegepast" once and takes it back; an editor sends one back with a reason; every step is in the audit log.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class PracticeServicesIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(PracticeServicesIT.class);
    }

    @Inject
    PracticeService service;

    @Inject
    PracticeQueries queries;

    @Inject
    PracticeAdoptions adoptions;

    @Inject
    UserProfileService userProfiles;

    @Inject
    PracticeFromOutcome fromOutcome;

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    OutcomeService outcomes;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    private static final People PEOPLE = new People("pr-", false);

    private Person person(String organisation, Role... roles) {
        return PEOPLE.signIn(userProfiles, organisation, roles);
    }

    private static PracticeInput input(String title, String approach) {
        return new PracticeInput(title, List.of("GM0344"), null, List.of("brede-intake"), List.of(TargetGroup.GEZINSMIGRANTEN),
                approach, "Taalschool, werkgevers", "Van de 40 deelnemers begonnen er 32 binnen een maand.", "Plan de tolk op tijd.",
                PracticeStatus.LOPEND, LocalDate.of(2025, 3, 1), null, "Beleidsadviseur inburgering");
    }

    private static PracticeInput input(String title) {
        return input(title, "Een kennismakingsgesprek vóór de brede intake, samen met de taalschool.");
    }

    private static String refusal(Runnable step) {
        return assertThrows(NotPossibleException.class, step::run).message().key();
    }

    private List<Notification> notifications(Person person, String reference) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :p AND n.kind = :k AND n.reference = :r",
                Notification.class).setParameter("p", person.id()).setParameter("k", NotificationKind.PRAKTIJK)
                .setParameter("r", reference).getResultList();
    }

    private boolean catalogued(PracticeFilter filter, long id) {
        for (int page = 1; ; page++) {
            PracticeQueries.Page found = queries.catalogue(filter, page, 100);
            if (found.items().stream().anyMatch(p -> p.getId() == id)) {
                return true;
            }
            if (page * 100L >= found.total()) {
                return false;
            }
        }
    }

    @Test
    void aProfessionalWritesAnotherEditorPublishesAndTheCatalogueFindsIt() {
        Person author = person("GM0344", Role.PROFESSIONAL);
        Person editor = person("DIVOSA", Role.EDITOR);
        Person other = person("GM0599", Role.PROFESSIONAL);
        PracticeExample practice = service.create(input("Kennismaking vóór de brede intake"), author.caller());
        long id = practice.getId();
        assertEquals(PublicationStage.CONCEPT, practice.getStage());
        assertThrows(NotFoundException.class, () -> queries.view(id, Optional.empty()), "a concept is not public");
        assertThrows(NotFoundException.class, () -> queries.view(id, Optional.of(other.caller())));
        assertTrue(queries.view(id, Optional.of(editor.caller())).rights().read());
        assertFalse(queries.view(id, Optional.of(editor.caller())).rights().publish(), "not before it is submitted");

        service.submit(id, author.caller());
        assertEquals(1, notifications(editor, practice.getReference()).size(), "the editors are told it waits for them");
        assertTrue(queries.inReview(editor.caller(), 1, 100).total() >= 1);
        service.publish(id, editor.caller());
        assertEquals(1, notifications(author, practice.getReference()).size(), "the author is told it is published");

        PracticeQueries.View seen = queries.view(id, Optional.empty());
        assertEquals(PublicationStage.GEPUBLICEERD, seen.practice().getStage());
        assertFalse(seen.rights().anyStep() || seen.rights().adopt(), "a visitor reads");
        assertTrue(catalogued(new PracticeFilter("brede-intake", null, "Utrecht", "GM0344", TargetGroup.GEZINSMIGRANTEN,
                PracticeStatus.LOPEND), id));
        assertTrue(catalogued(new PracticeFilter(null, "AM13", null, null, null, null), id), "a gemeente's region finds it");
        assertFalse(catalogued(new PracticeFilter(null, null, null, "GM0599", null, null), id));
        assertFalse(catalogued(new PracticeFilter(null, null, null, null, TargetGroup.STATUSHOUDERS, null), id));
        assertFalse(catalogued(new PracticeFilter(null, null, null, null, null, PracticeStatus.PILOT), id));
        long alike = service.create(input("Kennismaking met de taalschool erbij"), other.caller()).getId();
        service.submit(alike, other.caller());
        service.publish(alike, editor.caller());
        assertTrue(queries.similar(queries.view(id, Optional.empty()).practice(), 100).stream().anyMatch(p -> p.getId() == alike),
                "vergelijkbare praktijken: the same theme");
        assertFalse(queries.similar(queries.view(id, Optional.empty()).practice(), 100).stream().anyMatch(p -> p.getId() == id), "not itself");
        for (String action : List.of("PRAKTIJK_GESCHREVEN", "PRAKTIJK_INGEDIEND", "PRAKTIJK_GEPUBLICEERD")) {
            assertEquals(1, InContainer.audited(em, action, String.valueOf(id)), action);
        }
    }

    @Test
    void theAuthorNeverPublishesTheirOwnEvenAsAnEditor() {
        Person facilitatorAndEditor = person("DIVOSA", Role.FACILITATOR, Role.EDITOR);
        long id = service.create(input("Praktijk van een redacteur"), facilitatorAndEditor.caller()).getId();
        service.submit(id, facilitatorAndEditor.caller());
        assertEquals("refusal.practice.ownPractice", refusal(() -> service.publish(id, facilitatorAndEditor.caller())));
        assertFalse(queries.view(id, Optional.of(facilitatorAndEditor.caller())).rights().publish(), "and the page offers no button");
        assertEquals(PublicationStage.TER_REVIEW, queries.view(id, Optional.of(facilitatorAndEditor.caller())).practice().getStage());
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        Person author = person("GM0344", Role.PROFESSIONAL);
        Person other = person("GM0599", Role.PROFESSIONAL);
        Person editor = person("DIVOSA", Role.EDITOR);
        for (Role role : List.of(Role.COORDINATOR, Role.MINISTRY, Role.EDITOR)) {
            Person writer = person("VNG", role);
            assertThrows(AccessDeniedException.class, () -> service.create(input("Geen schrijver"), writer.caller()), role.name());
        }
        long id = service.create(input("Rechten per rol"), author.caller()).getId();
        assertThrows(AccessDeniedException.class, () -> service.submit(id, editor.caller()), "an editor does not submit for the author");
        service.submit(id, author.caller());
        assertThrows(AccessDeniedException.class, () -> service.publish(id, author.caller()), "a professional does not publish");
        assertThrows(NotFoundException.class, () -> service.update(id, input("Overgenomen"), null, other.caller()));
        service.publish(id, editor.caller());
        assertThrows(AccessDeniedException.class, () -> service.update(id, input("Overgenomen"), null, other.caller()));
        assertThrows(AccessDeniedException.class, () -> service.withdraw(id, "Niet van mij", other.caller()));
        assertEquals("refusal.practice.notNow", refusal(() -> service.submit(id, author.caller())), "published already");
        service.sendBack(id, "Voeg de cijfers van 2025 toe.", editor.caller());
        List<Notification> told = notifications(author, "PRAK-" + id);
        assertTrue(told.stream().anyMatch(n -> String.valueOf(n.body(Message.DUTCH)).contains("cijfers van 2025")),
                "the author reads why");
        assertEquals(PublicationStage.CONCEPT, service.update(id, input("Rechten per rol, met cijfers"), null, author.caller()).getStage());
        service.withdraw(id, "Niet meer actueel", author.caller());
        assertEquals(1, InContainer.audited(em, "PRAKTIJK_INGETROKKEN", String.valueOf(id)));
    }

    @Test
    void personalDataIsRefusedAndNothingIsStored() {
        Person author = person("GM0344", Role.PROFESSIONAL);
        long before = em.createQuery("SELECT COUNT(p) FROM PracticeExample p", Long.class).getSingleResult();
        PersonalDataRejectedException refused = assertThrows(PersonalDataRejectedException.class, () -> service.create(
                input("Aanpak met een naam", "Bel mevrouw op 06-12345678 voor de intake, zij regelt de rest."), author.caller()));
        assertEquals(Kind.PHONE, refused.findings().get("aanpak").get(0).kind());
        assertEquals(before, em.createQuery("SELECT COUNT(p) FROM PracticeExample p", Long.class).getSingleResult());
    }

    @Test
    void aGoodPracticeOfACopBecomesADraftInOneStepOnce() {
        Person admin = person("DIVOSA", Role.ADMIN);
        Person facilitator = person("DIVOSA", Role.FACILITATOR);
        Person member = person("GM0599", Role.PROFESSIONAL);
        long cop = InContainer.cop(communities, memberships, admin, "CoP praktijken", "Professionals delen wat werkt.", "brede-intake",
                facilitator, member);
        long good = outcomes.record(cop, new OutcomeService.OutcomeInput(OutcomeKind.GOEDE_PRAKTIJK, "Intake met de taalschool erbij",
                "De taalschool zit bij de brede intake aan tafel.", null, null, null, null, "AM13"), facilitator.caller()).getId();
        long insight = outcomes.record(cop, new OutcomeService.OutcomeInput(OutcomeKind.INZICHT, "Een inzicht, geen praktijk",
                "Wachttijden verschillen sterk per regio.", null, null), facilitator.caller()).getId();
        assertThrows(AccessDeniedException.class, () -> fromOutcome.draft(good, member.caller()), "a member who did not record it");
        PracticeExample draft = fromOutcome.draft(good, facilitator.caller());
        assertEquals(good, draft.getOutcomeId());
        assertEquals("Intake met de taalschool erbij", draft.getTitle());
        assertEquals("AM13", draft.getRegion().getCode());
        assertEquals(PublicationStage.CONCEPT, draft.getStage());
        assertEquals("refusal.practice.alreadyMade", refusal(() -> fromOutcome.draft(good, facilitator.caller())), "once");
        assertEquals("refusal.practice.notAGoodPractice", refusal(() -> fromOutcome.draft(insight, facilitator.caller())));
        assertEquals(draft.getId(), fromOutcome.madeOf(good, facilitator.caller()).orElseThrow().getId());
        assertTrue(fromOutcome.madeOf(good, member.caller()).isEmpty(), "a concept is its author's and the editors'");
    }

    @Test
    void anotherOrganisationMarksItAppliedOnceAndTakesItBack() {
        Person author = person("GM0344", Role.PROFESSIONAL);
        Person editor = person("DIVOSA", Role.EDITOR);
        Person rotterdam = person("GM0599", Role.PROFESSIONAL);
        Person rotterdamToo = person("GM0599", Role.FACILITATOR);
        Person utrecht = person("GM0344", Role.PROFESSIONAL);
        long id = service.create(input("Ook bij ons toegepast"), author.caller()).getId();
        assertThrows(NotFoundException.class, () -> adoptions.adopt(id, rotterdam.caller()), "a concept is not found");
        service.submit(id, author.caller());
        service.publish(id, editor.caller());
        assertEquals(1, adoptions.adopt(id, rotterdam.caller()).adoptionCount());
        assertEquals("refusal.practice.alreadyAdopted", refusal(() -> adoptions.adopt(id, rotterdamToo.caller())), "once per organisation");
        assertEquals("refusal.practice.ownOrganisation", refusal(() -> adoptions.adopt(id, utrecht.caller())));
        assertThrows(AccessDeniedException.class, () -> adoptions.adopt(id, editor.caller()));
        assertTrue(queries.view(id, Optional.of(rotterdamToo.caller())).rights().unadopt(), "a colleague may take it back");
        assertEquals(0, adoptions.withdraw(id, rotterdamToo.caller()).adoptionCount());
        assertEquals(1, InContainer.audited(em, "PRAKTIJK_OOK_TOEGEPAST_INGETROKKEN", String.valueOf(id)));
    }
}
