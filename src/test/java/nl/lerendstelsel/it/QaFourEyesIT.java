package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import nl.lerendstelsel.application.qa.EditorialQueries;
import nl.lerendstelsel.application.qa.QaPublication;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.domain.model.qa.Approval;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four eyes on the Q&amp;A base inside Payara Micro (Arquillian) on the real WAR: the writer of a version never approves
 * it, one person never signs a version for two partners (also not after an admin moved them to another organisation),
 * an approval records the approver's profile and organisation at that moment, and an admin cannot change their own
 * organisation.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class QaFourEyesIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(QaFourEyesIT.class);
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
}
