package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 27 (ASVS V3.3, V4.1): role changes and disabled accounts in Keycloak apply at the next request once the session's
 * re-check interval has passed (production every 180 s, the test stack every {@link Stack#SESSION_RECHECK_SECONDS} s),
 * not at the next sign-in. A demoted administrator is refused the administration pages; a disabled account or a Keycloak
 * session an administrator ended is signed out with a page that says so.
 */
@ExtendWith(Stack.class)
class RoleChangesIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeEach
    void signedOutEverywhere() {
        browser.forgetCookies();
    }

    /**
     * Opens {@code path} until its heading is {@code expected}, and returns the last heading seen. A change in Keycloak
     * applies at the first request after the session's re-check interval; this waits for that request (a look every half
     * second) instead of sleeping past the interval, and gives up 5 s after a whole interval.
     */
    private static String headingOnceRechecked(String path, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + (Stack.SESSION_RECHECK_SECONDS + 5) * 1_000_000_000L;
        while (true) {
            browser.open(path);
            String heading = browser.text("h1");
            if (heading.equals(expected) || System.nanoTime() > deadline) {
                return heading;
            }
            Thread.sleep(500);
        }
    }

    @Test
    void aDemotedAdministratorLosesTheAdministrationPagesAndADisabledAccountIsSignedOut() throws Exception {
        String username = "beheerder-tijdelijk";
        Keycloak.ensureUser(username, "Tijdelijk", "Beheerder", "beheerder.tijdelijk@example.org", "VNG", "admin");
        browser.signIn(username);
        browser.open("/app/beheer/personen.xhtml");
        assertTrue(browser.driver.findElements(By.cssSelector("section.error-page")).isEmpty(), "an administrator manages people");

        Keycloak.removeRole(username, "admin");
        String refused = headingOnceRechecked("/app/beheer/personen.xhtml", "U hebt geen toegang tot deze pagina");
        System.out.println("Issue 27 demoted administrator on an administration page: " + refused);
        assertEquals("U hebt geen toegang tot deze pagina", refused, "the demotion applies at the next request after the re-check interval");
        browser.open("/app/start.xhtml");
        assertEquals("U hebt geen toegang tot deze pagina", browser.text("h1"), "without an application role: public pages only");
        browser.open("/");
        assertTrue(browser.driver.findElements(By.cssSelector("section.error-page")).isEmpty(), "the public pages stay open");

        try {
            Keycloak.setEnabled(username, false);
            String ended = headingOnceRechecked("/app/start.xhtml", "Uw aanmelding is beëindigd");
            System.out.println("Issue 27 disabled account: " + ended);
            assertEquals("Uw aanmelding is beëindigd", ended);
            browser.assertAccessibleWithoutConsoleErrors("aanmelding-beeindigd");
            browser.open("/app/start.xhtml");
            browser.wait.until(ExpectedConditions.urlContains(Stack.KEYCLOAK_URL));
            assertTrue(browser.driver.findElements(By.id("gebruiker")).isEmpty(), "signed out of the application");
        } finally {
            Keycloak.setEnabled(username, true);
        }
    }

    @Test
    void aKeycloakSessionAnAdministratorEndedEndsTheApplicationSession() throws Exception {
        String username = "professional-sessie";
        Keycloak.ensureUser(username, "Sessie", "Professional", "professional.sessie@example.org", "VNG", "professional");
        browser.signIn(username);
        Keycloak.signOutEverywhere(username);
        assertEquals("Uw aanmelding is beëindigd", headingOnceRechecked("/app/start.xhtml", "Uw aanmelding is beëindigd"));
        browser.open("/app/start.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        assertTrue(browser.driver.getCurrentUrl().startsWith(Stack.KEYCLOAK_URL), "Keycloak asks for the password again");
    }
}
