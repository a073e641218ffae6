package nl.lerendstelsel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

class IdentityAndProfileTest {

    private static final Organisation UTRECHT = Organisation.gemeente("GM0344", "Utrecht", "Utrecht",
            new LabourMarketRegion("AM21", "Midden-Utrecht"));
    private static final Organisation DIVOSA = Organisation.partner("DIVOSA", "Divosa", OrganisationKind.KOEPELORGANISATIE);

    @Test
    void rolesFromGroupsIgnoreWhatIsNotARoleOfThePlatform() {
        assertEquals(EnumSet.of(Role.ADMIN, Role.EDITOR),
                IdentityClaims.rolesFrom(List.of("admin", "offline_access", "uma_authorization", "editor", "default-roles-lerend-stelsel")));
        assertEquals(Set.of(), IdentityClaims.rolesFrom(null));
    }

    @Test
    void claimsFallBackToTheUsernameAndDropBlanks() {
        IdentityClaims claims = new IdentityClaims("sub-1", "jdevries", " ", "", null, null);
        assertEquals("jdevries", claims.displayName());
        assertNull(claims.email());
        assertEquals(Set.of(), claims.roles());
        assertThrows(IllegalArgumentException.class, () -> new IdentityClaims(" ", "x", "x", null, null, null));
    }

    @Test
    void profileTakesOverChangedClaimsAndSaysSo() {
        UserProfile profile = new UserProfile(new IdentityClaims("sub-1", "fatima", "Fatima El Amrani", "f@example.org",
                "GM0344", EnumSet.of(Role.PROFESSIONAL)), UTRECHT, Instant.parse("2026-01-05T08:00:00Z"));
        assertFalse(profile.apply(new IdentityClaims("sub-1", "fatima", "Fatima El Amrani", "f@example.org", "GM0344",
                EnumSet.of(Role.PROFESSIONAL)), UTRECHT));
        assertTrue(profile.apply(new IdentityClaims("sub-1", "fatima", "Fatima El Amrani", "f@example.org", "DIVOSA",
                EnumSet.of(Role.PROFESSIONAL, Role.FACILITATOR)), DIVOSA));
        assertEquals("DIVOSA", profile.getOrganisation().getCode());
        assertEquals(EnumSet.of(Role.PROFESSIONAL, Role.FACILITATOR), profile.getRoles());
        assertThrows(IllegalArgumentException.class, () -> profile.apply(new IdentityClaims("sub-2", "x", "x", null, null, null), null));
    }

    @Test
    void anAdminsCorrectionOfTheOrganisationSurvivesLaterSignInsUntilUndone() {
        IdentityClaims atUtrecht = new IdentityClaims("sub-1", "fatima", "Fatima El Amrani", null, "GM0344", EnumSet.of(Role.PROFESSIONAL));
        UserProfile profile = new UserProfile(atUtrecht, UTRECHT, Instant.parse("2026-01-05T08:00:00Z"));
        assertEquals("GM0344", profile.getClaimedOrganisation());
        assertTrue(profile.correctOrganisation(DIVOSA));
        assertFalse(profile.correctOrganisation(DIVOSA), "the same correction again changes nothing");
        assertFalse(profile.apply(atUtrecht, UTRECHT), "a sign-in with the same claims changes nothing");
        assertEquals("DIVOSA", profile.getOrganisation().getCode());
        assertEquals("GM0344", profile.getClaimedOrganisation(), "what Keycloak says stays visible");
        assertTrue(profile.correctOrganisation(null));
        assertTrue(profile.apply(atUtrecht, UTRECHT), "undone: the next sign-in takes Keycloak's organisation again");
        assertEquals("GM0344", profile.getOrganisation().getCode());
    }

    @Test
    void accessIsWithdrawnAndGivenBack() {
        UserProfile profile = new UserProfile(new IdentityClaims("sub-1", "fatima", null, null, null, null), null, Instant.now());
        assertTrue(profile.isActive());
        assertTrue(profile.setActive(false));
        assertFalse(profile.setActive(false));
        assertFalse(profile.isActive());
        assertTrue(profile.setActive(true));
    }

    @Test
    void aGemeenteIsNeverAPartner() {
        assertTrue(UTRECHT.isGemeente());
        assertFalse(DIVOSA.isGemeente());
        assertThrows(IllegalArgumentException.class, () -> Organisation.partner("GM0001", "X", OrganisationKind.GEMEENTE));
    }

    @Test
    void theLanguageIsUnknownUntilThePersonSwitchesAndChangesOnlyWhenItDiffers() {
        UserProfile profile = new UserProfile(new IdentityClaims("sub-9", "anna", "Anna", null, "GM0344", EnumSet.of(Role.PROFESSIONAL)),
                UTRECHT, Instant.parse("2026-01-01T00:00:00Z"));
        assertNull(profile.getLanguage(), "never switched: unknown");
        assertTrue(profile.chooseLanguage("en"));
        assertEquals("en", profile.getLanguage().getLanguage());
        assertFalse(profile.chooseLanguage("en"), "the same choice again changes nothing");
        assertFalse(profile.chooseLanguage("de"), "only Dutch or English");
        assertFalse(profile.chooseLanguage(null));
        assertTrue(profile.chooseLanguage("nl"));
        assertEquals("nl", profile.getLanguage().getLanguage());
    }
}
