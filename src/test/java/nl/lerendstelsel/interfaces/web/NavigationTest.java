package nl.lerendstelsel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.infrastructure.security.SignedInUser;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private static List<String> labels(SignedInUser user) {
        return Navigation.itemsFor(user).stream().map(Navigation.Item::labelKey).toList();
    }

    private static SignedInUser user(Role... roles) {
        return new SignedInUser(1, "sub", "u", "U", "GM0344", "Utrecht", roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
    }

    @Test
    void visitorsSeeOnlyThePublicPages() {
        assertEquals(List.of("nav.home", "nav.qa", "nav.knowledge", "nav.practices", "nav.search"), labels(null));
    }

    @Test
    void everySignedInPersonFindsAskingAQuestionInTheMenu() {
        for (Role role : Role.values()) {
            assertEquals(true, labels(user(role)).contains("nav.ask"), role.name());
        }
    }

    @Test
    void signedInPeopleSeeTheirPagesAndOnlyAdminsSeeAdministration() {
        assertEquals(List.of("nav.home", "nav.qa", "nav.knowledge", "nav.practices", "nav.search", "nav.start", "nav.myGemeente", "nav.bottlenecks", "nav.reportBottleneck", "nav.ask", "nav.cops", "nav.signals", "nav.profile"),
                labels(user(Role.PROFESSIONAL)));
        assertEquals(List.of("nav.home", "nav.qa", "nav.knowledge", "nav.practices", "nav.search", "nav.start", "nav.myGemeente", "nav.bottlenecks", "nav.ask", "nav.queue", "nav.cops", "nav.signals", "nav.dashboard", "nav.monitor", "nav.profile"),
                labels(user(Role.COORDINATOR)));
        assertEquals(List.of("nav.home", "nav.qa", "nav.knowledge", "nav.practices", "nav.search", "nav.start", "nav.myGemeente", "nav.bottlenecks", "nav.ask", "nav.queue", "nav.cops", "nav.signals", "nav.dashboard", "nav.profile"),
                labels(user(Role.FACILITATOR)));
        assertEquals(List.of("nav.home", "nav.qa", "nav.knowledge", "nav.practices", "nav.search", "nav.start", "nav.myGemeente", "nav.bottlenecks", "nav.reportBottleneck", "nav.ask", "nav.queue", "nav.cops", "nav.signals",
                "nav.dashboard", "nav.monitor", "nav.editorial", "nav.profile", "nav.referenceData", "nav.settings", "nav.people", "nav.auditLog",
                "nav.retention"), labels(user(Role.ADMIN)));
        assertEquals(List.of("nav.home", "nav.qa", "nav.knowledge", "nav.practices", "nav.search", "nav.start", "nav.myGemeente", "nav.bottlenecks", "nav.ask", "nav.cops", "nav.signals",
                "nav.dashboard", "nav.monitor", "nav.profile"), labels(user(Role.MINISTRY)));
        assertEquals(List.of("nav.home", "nav.qa", "nav.knowledge", "nav.practices", "nav.search"), labels(user()));
    }

    @Test
    void mijnGemeenteIsForThoseWithAnOrganisation() {
        SignedInUser without = new SignedInUser(1, "sub", "u", "U", null, null, EnumSet.of(Role.PROFESSIONAL));
        assertEquals(false, labels(without).contains("nav.myGemeente"));
        assertEquals(true, labels(user(Role.MINISTRY)).contains("nav.myGemeente"));
    }
}
