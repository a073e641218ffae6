package nl.lerendstelsel.domain.model.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

/** The visibility rule of restricted knelpunten, for every kind of viewer, at execution and at system level. */
class ViewerTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Organisation UTRECHT = Organisation.gemeente("GM0344", "Utrecht", "Utrecht", new LabourMarketRegion("AM13", "Midden-Utrecht"));

    private static Bottleneck knelpunt(boolean restricted) {
        UserProfile reporter = new UserProfile(new IdentityClaims("reporter", "fatima", "Fatima El Amrani", null, "GM0344",
                EnumSet.of(Role.PROFESSIONAL)), UTRECHT, NOW);
        Bottleneck b = Bottleneck.report("KP-2026-00001", new Bottleneck.Report("Wachtlijst toets", "Lange wachttijden.", null, null, null),
                new Theme("leerbaarheidstoets", "Leerbaarheidstoets", "Learnability test", null, null, 1), UTRECHT, reporter, NOW);
        b.setRestricted(restricted);
        return b;
    }

    private static Viewer viewer(String subject, String organisation, Role... roles) {
        return Viewer.of(subject, organisation, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    @Test
    void everyoneSeesAnOpenKnelpunt() {
        Bottleneck open = knelpunt(false);
        for (Role role : Role.values()) {
            assertTrue(viewer("x", "GM0599", role).maySee(open), role.name());
        }
        assertTrue(viewer("x", null).maySee(open));
    }

    @Test
    void aRestrictedKnelpuntOnlyForItsOrganisationHandlersAndAdmins() {
        Bottleneck restricted = knelpunt(true);
        assertTrue(viewer("reporter", "GM0344", Role.PROFESSIONAL).maySee(restricted), "the reporter");
        assertTrue(viewer("reporter", null, Role.PROFESSIONAL).maySee(restricted), "the reporter, even without an organisation");
        assertTrue(viewer("colleague", "GM0344", Role.PROFESSIONAL).maySee(restricted), "a colleague in Utrecht");
        assertTrue(viewer("f", "DIVOSA", Role.FACILITATOR).maySee(restricted));
        assertTrue(viewer("c", "VNG", Role.COORDINATOR).maySee(restricted));
        assertTrue(viewer("a", "DIVOSA", Role.ADMIN).maySee(restricted));
        assertFalse(viewer("p", "GM0599", Role.PROFESSIONAL).maySee(restricted), "another gemeente");
        assertFalse(viewer("e", "DIVOSA", Role.EDITOR).maySee(restricted), "an editor");
        assertFalse(viewer("m", "SZW", Role.MINISTRY).maySee(restricted), "the ministry before system level");
        assertFalse(viewer("x", null).maySee(restricted), "no roles, no organisation");
    }

    @Test
    void theMinistrySeesARestrictedKnelpuntOnceAtSystemLevel() {
        Bottleneck restricted = knelpunt(true);
        UserProfile handler = new UserProfile(new IdentityClaims("h", "h", "Handler", null, "DIVOSA", EnumSet.of(Role.ADMIN)), null, NOW);
        Set<Actor> admin = EnumSet.of(Actor.ADMIN);
        restricted.perform(Action.IN_BEHANDELING_NEMEN, admin, handler, null, NOW);
        restricted.perform(Action.OPSCHALEN, admin, handler, "Landelijk probleem.", NOW);
        restricted.perform(Action.IN_BEHANDELING_NEMEN, admin, handler, null, NOW);
        restricted.perform(Action.AAN_SIGNAAL_KOPPELEN, admin, handler, "SG-2026-00001", NOW);
        assertEquals(Level.SYSTEM, restricted.getLevel());
        assertTrue(viewer("m", "SZW", Role.MINISTRY).maySee(restricted));
        assertFalse(viewer("e", "DIVOSA", Role.EDITOR).maySee(restricted));
    }
}
