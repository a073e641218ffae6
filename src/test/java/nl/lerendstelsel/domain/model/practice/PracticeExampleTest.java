package nl.lerendstelsel.domain.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

/** Issue 30: the publication workflow of a practice example, four eyes on publishing, and who adopts it. */
class PracticeExampleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-05T14:00:00Z");

    private final LabourMarketRegion utrechtRegion = new LabourMarketRegion("AM13", "Midden-Utrecht");
    private final Organisation utrecht = Organisation.gemeente("GM0344", "Utrecht", "Utrecht", utrechtRegion);
    private final Organisation rotterdam = Organisation.gemeente("GM0599", "Rotterdam", "Zuid-Holland", null);
    private final Theme intake = new Theme("brede-intake", "Brede intake", "Broad intake", null, null, 1);
    private final UserProfile author = person("professional", Role.PROFESSIONAL, utrecht);
    private final UserProfile editor = person("editor", Role.EDITOR, null);

    private static UserProfile person(String username, Role role, Organisation organisation) {
        return new UserProfile(new IdentityClaims("sub-" + username, username, username, null, null, EnumSet.of(role)), organisation, T0);
    }

    private PracticeContent content(String title) {
        return new PracticeContent(title, Set.of(utrecht), null, Set.of(intake), EnumSet.of(TargetGroup.STATUSHOUDERS),
                "Een kennismaking vóór de brede intake, met een tolk.", "Taalschool", "80% komt op de intake", null,
                PracticeStatus.LOPEND, LocalDate.of(2025, 1, 1), null, "Beleidsadviseur inburgering");
    }

    private PracticeExample submitted() {
        PracticeExample practice = new PracticeExample(author, content("Kennismaking vóór de intake"), null, T0);
        practice.submit(T1);
        return practice;
    }

    @Test
    void aConceptIsSubmittedAndAnotherEditorPublishesIt() {
        PracticeExample practice = new PracticeExample(author, content("Kennismaking vóór de intake"), null, T0);
        assertEquals(PublicationStage.CONCEPT, practice.getStage());
        assertThrows(PracticeRuleException.class, () -> practice.publish(editor, T1), "a concept is not published unreviewed");
        practice.submit(T1);
        assertEquals(PublicationStage.TER_REVIEW, practice.getStage());
        assertThrows(PracticeRuleException.class, () -> practice.submit(T1), "submitted once");
        practice.publish(editor, T1);
        assertTrue(practice.isPublished());
        assertEquals(editor, practice.getPublishedBy());
        assertEquals(T1, practice.getPublishedAt());
    }

    @Test
    void theAuthorNeverPublishesTheirOwn() {
        PracticeExample practice = submitted();
        PracticeRuleException refused = assertThrows(PracticeRuleException.class, () -> practice.publish(author, T1));
        assertEquals("refusal.practice.ownPractice", refused.message().key());
        assertEquals(PublicationStage.TER_REVIEW, practice.getStage());
    }

    @Test
    void anEditorSendsItBackWithAReasonAndAChangeMakesAPublishedOneAConceptAgain() {
        PracticeExample practice = submitted();
        practice.sendBack("Voeg cijfers toe bij de resultaten.", T1);
        assertEquals(PublicationStage.CONCEPT, practice.getStage());
        assertEquals("Voeg cijfers toe bij de resultaten.", practice.getReviewNote());
        assertThrows(PracticeRuleException.class, () -> practice.sendBack("Nog eens", T1), "a concept is not sent back");
        practice.submit(T1);
        assertNull(practice.getReviewNote(), "a new submission starts without the old note");
        practice.publish(editor, T1);
        practice.describe(content("Kennismaking vóór de brede intake"), T1);
        assertEquals(PublicationStage.CONCEPT, practice.getStage(), "nothing public changes unreviewed");
        assertEquals("Kennismaking vóór de brede intake", practice.getTitle());
    }

    @Test
    void aWithdrawnPracticeIsKeptAndCanBeSubmittedAgain() {
        PracticeExample practice = submitted();
        practice.publish(editor, T1);
        practice.withdraw("Verouderd", T1);
        assertEquals(PublicationStage.INGETROKKEN, practice.getStage());
        assertThrows(PracticeRuleException.class, () -> practice.withdraw("Nog eens", T1));
        practice.submit(T1);
        assertEquals(PublicationStage.TER_REVIEW, practice.getStage());
    }

    @Test
    void theContentNeedsAThemeOnlyGemeentenAndAPeriodThatEndsAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new PracticeContent("Titel", Set.of(utrecht), null, Set.of(),
                Set.of(), "Aanpak", null, null, null, PracticeStatus.PILOT, null, null, null));
        Organisation duo = Organisation.partner("DUO", "DUO", OrganisationKind.UITVOERINGSORGANISATIE);
        assertThrows(IllegalArgumentException.class, () -> new PracticeContent("Titel", Set.of(duo), null, Set.of(intake),
                Set.of(), "Aanpak", null, null, null, PracticeStatus.PILOT, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PracticeContent("Titel", Set.of(utrecht), null, Set.of(intake),
                Set.of(), "Aanpak", null, null, null, PracticeStatus.PILOT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null));
    }

    @Test
    void aConceptMayLackItsPlaceButIsNotSubmittedWithout() {
        PracticeExample practice = new PracticeExample(author, new PracticeContent("Uit een CoP", Set.of(), null, Set.of(intake), Set.of(),
                "Aanpak uit de CoP", null, null, null, PracticeStatus.LOPEND, null, null, null), 7L, T0);
        assertEquals("refusal.practice.whereMissing",
                assertThrows(PracticeRuleException.class, () -> practice.submit(T1)).message().key());
        assertEquals(7L, practice.getOutcomeId());
        practice.describe(new PracticeContent("Uit een CoP", Set.of(), utrechtRegion, Set.of(intake), Set.of(),
                "Aanpak uit de CoP", null, null, null, PracticeStatus.LOPEND, null, null, null), T1);
        practice.submit(T1);
        assertEquals(PublicationStage.TER_REVIEW, practice.getStage());
    }

    @Test
    void anotherOrganisationAdoptsAPublishedPracticeItsOwnDoesNot() {
        PracticeExample practice = submitted();
        UserProfile fromRotterdam = person("professional2", Role.PROFESSIONAL, rotterdam);
        assertThrows(PracticeRuleException.class, () -> new Adoption(practice, fromRotterdam, T1), "not published yet");
        practice.publish(editor, T1);
        Adoption adoption = new Adoption(practice, fromRotterdam, T1);
        assertEquals(rotterdam, adoption.getOrganisation());
        assertTrue(Adoption.isOrigin(practice, utrecht));
        assertFalse(Adoption.isOrigin(practice, rotterdam));
        UserProfile colleague = person("professional3", Role.PROFESSIONAL, utrecht);
        assertEquals("refusal.practice.ownOrganisation",
                assertThrows(PracticeRuleException.class, () -> new Adoption(practice, colleague, T1)).message().key());
    }
}
