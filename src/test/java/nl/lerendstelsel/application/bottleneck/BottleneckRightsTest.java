package nl.lerendstelsel.application.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

/** The one rule of what a caller may do with a knelpunt, which the detail page, the API and the services share. */
class BottleneckRightsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final LabourMarketRegion REGION = new LabourMarketRegion("AM13", "Midden-Utrecht");
    private static final Organisation UTRECHT = Organisation.gemeente("GM0344", "Utrecht", "Utrecht", REGION);

    private static Bottleneck knelpunt() {
        UserProfile reporter = new UserProfile(new IdentityClaims("reporter", "fatima", "Fatima El Amrani", null, "GM0344",
                EnumSet.of(Role.PROFESSIONAL)), UTRECHT, NOW);
        return Bottleneck.report("KP-2026-00001", new Bottleneck.Report("Wachtlijst toets", "Lange wachttijden.", null, null, null),
                new Theme("leerbaarheidstoets", "Leerbaarheidstoets", "Learnability test", null, null, 1), UTRECHT, reporter, NOW);
    }

    private static BottleneckRights rights(Bottleneck b, String organisation, Set<Role> roles, Set<Actor> actors, boolean reopenWindowOpen) {
        Caller caller = new Caller("someone", roles, "test");
        Viewer viewer = Viewer.of("someone", organisation, roles).withProfileId(7L);
        return BottleneckRights.of(b, caller, viewer, actors, reopenWindowOpen);
    }

    @Test
    void theReporterEditsANewKnelpuntButNeitherSupportsNorAssignsIt() {
        BottleneckRights r = rights(knelpunt(), "GM0344", Set.of(Role.PROFESSIONAL), EnumSet.of(Actor.REPORTER), true);
        assertTrue(r.edit());
        assertTrue(r.editor());
        assertTrue(r.comment());
        assertTrue(r.attach());
        assertFalse(r.support(), "not for the reporting organisation itself");
        assertFalse(r.assign());
        assertFalse(r.merge());
        assertFalse(r.admin());
    }

    @Test
    void aProfessionalOfAnotherOrganisationSupportsOnce() {
        Bottleneck b = knelpunt();
        assertTrue(rights(b, "GM0363", Set.of(Role.PROFESSIONAL), EnumSet.noneOf(Actor.class), true).support());
        assertFalse(rights(b, "GM0363", Set.of(Role.PROFESSIONAL), EnumSet.of(Actor.SUPPORTER), true).support(),
                "already supported by their organisation");
        assertFalse(rights(b, null, Set.of(Role.PROFESSIONAL), EnumSet.noneOf(Actor.class), true).support(), "no organisation");
        BottleneckRights reader = rights(b, "GM0363", Set.of(Role.MINISTRY), EnumSet.noneOf(Actor.class), true);
        assertFalse(reader.support());
        assertFalse(reader.comment());
        assertFalse(reader.edit());
        assertFalse(reader.attach());
        assertEquals(List.of(), reader.actions());
    }

    @Test
    void theLevelsHandlerTakesAssignsAndMergesButAFacilitatorOfAnotherCopDoesNot() {
        Bottleneck b = knelpunt();
        BottleneckRights handler = rights(b, "GM0363", Set.of(Role.FACILITATOR), EnumSet.of(Actor.HANDLER_EXECUTION), true);
        assertTrue(handler.handler());
        assertTrue(handler.assign());
        assertTrue(handler.merge());
        assertTrue(handler.may(Action.IN_BEHANDELING_NEMEN));
        assertFalse(handler.edit());
        assertTrue(handler.comment());
        BottleneckRights otherCop = rights(b, "GM0363", Set.of(Role.FACILITATOR), EnumSet.noneOf(Actor.class), true);
        assertFalse(otherCop.handler());
        assertFalse(otherCop.assign());
        assertFalse(otherCop.merge());
        assertEquals(List.of(), otherCop.actions());
    }

    @Test
    void anAdminCorrectsAndAssignsWhileOpen() {
        BottleneckRights admin = rights(knelpunt(), null, Set.of(Role.ADMIN), EnumSet.of(Actor.ADMIN), false);
        assertTrue(admin.admin());
        assertTrue(admin.edit());
        assertTrue(admin.assign());
        assertTrue(admin.attach());
        assertTrue(admin.comment());
    }

    @Test
    void reopeningAfterTheWindowIsLeftToAdmins() {
        Bottleneck b = knelpunt();
        UserProfile handler = new UserProfile(new IdentityClaims("handler", "henk", "Henk de Vries", null, "GM0344",
                EnumSet.of(Role.FACILITATOR)), UTRECHT, NOW);
        b.perform(Action.IN_BEHANDELING_NEMEN, EnumSet.of(Actor.HANDLER_EXECUTION), handler, null, NOW);
        b.perform(Action.OPLOSSEN, EnumSet.of(Actor.HANDLER_EXECUTION), handler, "Opgelost: de wachtlijst is weg.", NOW);
        assertTrue(rights(b, "GM0344", Set.of(Role.PROFESSIONAL), EnumSet.of(Actor.REPORTER), true).may(Action.HEROPENEN));
        BottleneckRights late = rights(b, "GM0344", Set.of(Role.PROFESSIONAL), EnumSet.of(Actor.REPORTER), false);
        assertFalse(late.may(Action.HEROPENEN));
        assertFalse(late.open());
        assertFalse(late.edit());
        assertFalse(late.attach());
        assertTrue(rights(b, null, Set.of(Role.ADMIN), EnumSet.of(Actor.ADMIN), false).may(Action.HEROPENEN));
    }
}
