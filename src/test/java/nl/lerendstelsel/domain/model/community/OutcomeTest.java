package nl.lerendstelsel.domain.model.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

/** Issue 30: who may edit and share an outcome, what an edit keeps, and where an outcome is filed. */
class OutcomeTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-05T14:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-09T08:30:00Z");

    private final UserProfile facilitator = person("facilitator", "Sanne de Vries", Role.FACILITATOR);
    private final UserProfile author = person("professional", "Ahmet Yilmaz", Role.PROFESSIONAL);
    private final Theme intake = new Theme("brede-intake", "Brede intake", "Broad intake", null, null, 1);
    private final Theme pip = new Theme("pip", "PIP", "PIP", null, null, 2);
    private final LabourMarketRegion utrecht = new LabourMarketRegion("AM13", "Midden-Utrecht");

    private static UserProfile person(String username, String name, Role role) {
        return new UserProfile(new IdentityClaims("sub-" + username, username, name, null, null, EnumSet.of(role)), null, T0);
    }

    private Outcome outcome() {
        Community cop = new Community("CoP Brede intake en PIP", "Professionals over de brede intake.", MembershipMode.OPEN, T0);
        Outcome outcome = new Outcome(cop, OutcomeKind.GOEDE_PRAKTIJK, "Kennismaking vóór de brede intake",
                "Plan binnen een week een korte kennismaking.", null, null, facilitator, T0);
        outcome.place(List.of(intake), null, null);
        return outcome;
    }

    @Test
    void anEditKeepsTheVersionItReplacesWithItsWriterAndTime() {
        Outcome outcome = outcome();
        OutcomeRevision first = outcome.edit("Kennismaking vóór de brede intake", "Plan binnen een week een kennismaking, "
                + "ook zonder gegevens uit de warme overdracht.", author, T1);
        assertEquals("Plan binnen een week een korte kennismaking.", first.getDescription());
        assertSame(facilitator, first.getWrittenBy(), "the first version is the recorder's");
        assertEquals(T0, first.getWrittenAt());
        assertTrue(outcome.isEdited());
        assertEquals(T1, outcome.getEditedAt());
        assertSame(author, outcome.getEditedBy());

        OutcomeRevision second = outcome.edit("Kennismaking binnen een week", outcome.getDescription(), facilitator, T2);
        assertSame(author, second.getWrittenBy(), "the second version is the first editor's");
        assertEquals(T1, second.getWrittenAt());
        assertEquals("Kennismaking vóór de brede intake", second.getTitle());
        assertEquals("Kennismaking binnen een week", outcome.getTitle());
    }

    @Test
    void anEditThatChangesNoTextKeepsNoVersion() {
        Outcome outcome = outcome();
        assertNull(outcome.edit(outcome.getTitle(), outcome.getDescription(), author, T1));
        assertFalse(outcome.isEdited());
    }

    @Test
    void anOutcomeHasAThemeAndAtMostAGemeenteOrARegion() {
        Outcome outcome = outcome();
        assertThrows(IllegalArgumentException.class, () -> outcome.place(List.of(), null, null));
        Organisation amersfoort = Organisation.gemeente("GM0307", "Amersfoort", "Utrecht", new LabourMarketRegion("AM14", "Amersfoort"));
        outcome.place(List.of(intake, pip), amersfoort, utrecht);
        assertEquals(Set.of(intake, pip), outcome.getThemes());
        assertSame(amersfoort, outcome.getGemeente());
        assertNull(outcome.getRegion(), "a gemeente names its own region");
        outcome.place(List.of(pip), null, utrecht);
        assertEquals(Set.of(pip), outcome.getThemes());
        assertNull(outcome.getGemeente());
        assertSame(utrecht, outcome.getRegion());
        Organisation coa = Organisation.partner("COA", "COA", OrganisationKind.UITVOERINGSORGANISATIE);
        assertThrows(IllegalArgumentException.class, () -> outcome.place(List.of(pip), coa, null));
    }

    @Test
    void sharingSetsAndClearsTheMomentOnlyWhenItChanges() {
        Outcome outcome = outcome();
        outcome.share(true, T1);
        outcome.share(true, T2);
        assertEquals(T1, outcome.getSharedAt(), "sharing again keeps the first moment");
        outcome.share(false, T2);
        assertFalse(outcome.isShared());
        assertNull(outcome.getSharedAt());
    }

    /** The rules, one row per kind of person: read, edit, share, earlier versions. */
    @Test
    void whoMayReadEditShareAndSeeEarlierVersions() {
        // shared, member, facilitator, author -> read, edit, share, history
        assertEquals(new OutcomeRights(true, true, true, true), OutcomeRights.of(false, true, true, false), "facilitator");
        assertEquals(new OutcomeRights(true, true, false, true), OutcomeRights.of(false, true, false, true), "author, a member");
        assertEquals(new OutcomeRights(true, false, false, true), OutcomeRights.of(false, true, false, false), "another member");
        assertEquals(new OutcomeRights(false, false, false, false), OutcomeRights.of(false, false, false, true),
                "an author who left the CoP reads an unshared outcome no more");
        assertEquals(new OutcomeRights(true, false, false, false), OutcomeRights.of(true, false, false, true),
                "an author who left reads it when shared but does not edit it");
        assertEquals(new OutcomeRights(false, false, false, false), OutcomeRights.of(false, false, false, false), "outsider");
        assertEquals(new OutcomeRights(true, false, false, false), OutcomeRights.of(true, false, false, false),
                "outsider reads a shared one, without the earlier versions");
        assertEquals(new OutcomeRights(true, true, true, true), OutcomeRights.of(true, true, true, false), "facilitator, shared");
    }
}
