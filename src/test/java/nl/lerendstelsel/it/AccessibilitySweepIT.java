package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * axe-core on every page as the people who use it see it, including the states that are easy to forget: empty lists
 * and searches, a form sent back with errors, an unknown signal, a page that does not exist (A1, A3). One table of
 * pages per role; every violation is listed, not only the first. The menu pages of every role are checked by the tour
 * ({@link TourBrowserIT}).
 */
@ExtendWith(Stack.class)
class AccessibilitySweepIT {

    /**
     * The pages and states per role. A menu page as the role first sees it is not here: {@link TourBrowserIT} runs the
     * same axe check ({@link Browser#assertAccessible}) on every menu link of every demo role at 1280 px, so this table
     * keeps what the tour does not reach: the public pages signed out, filtered, paged and empty states, pages outside
     * the menu and the forms sent back with errors (below). Editors have nothing left here: their start page and the
     * editorial page are both menu pages.
     */
    private static final Map<String, List<String>> PAGES = Map.of(
            "", List.of("/", "/vraag-en-antwoord/", "/vraag-en-antwoord/thema.xhtml?thema=leerbaarheidstoets", "/kennisbank/",
                    "/kennisbank/index.xhtml?thema=taal&pagina=2", "/zoeken.xhtml?q=toets", "/zoeken.xhtml?q=qqqzzzxxy", "/bestaat-niet.xhtml",
                    "/praktijkvoorbeelden/index.xhtml?thema=taal&status=PILOT&doelgroep=statushouders"),
            "professional", List.of("/app/knelpunten/index.xhtml?thema=financiering&status=HEROPEND&gemeente=GM0014",
                    "/app/signalen/index.xhtml?mijn=true&pagina=2", "/app/signalen/signaal.xhtml?ref=SIG-1999-001",
                    "/app/meldingen/index.xhtml", "/app/meldingen/instellingen.xhtml",
                    "/app/praktijkvoorbeelden/index.xhtml", "/app/praktijkvoorbeelden/bewerken.xhtml"),
            "coordinator", List.of("/app/knelpunten/wachtrij.xhtml?toegewezen=mij", "/app/knelpunten/wachtrij.xhtml?pagina=2",
                    "/app/signalen/nieuw.xhtml", "/app/signalen/rapportage.xhtml",
                    "/app/signalen/rapportage.xhtml?van=2020-01-01&tot=2020-03-31", "/app/dashboard/index.xhtml?thema=financiering&regio=AM01",
                    "/app/dashboard/jaarrapportage.xhtml"),
            "admin", List.of("/app/beheer/referentiedata.xhtml?sortering=-regio&pagina=3",
                    "/app/beheer/referentiedata.xhtml?q=geen-gemeente", "/app/beheer/wijzigen.xhtml", "/app/beheer/herindeling.xhtml",
                    "/app/beheer/personen.xhtml?q=qqqzzzxxy",
                    "/app/beheer/auditlog.xhtml?van=2026-02-30", "/app/beheer/auditlog.xhtml?actie=GEEN_ACTIE",
                    "/app/beheer/persoon.xhtml?id=999999999"));

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    private static void check(String name, List<String> failures) {
        try {
            browser.assertAccessible(name);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    @Test
    void everyPageAndStatePassesAxe() {
        List<String> failures = new ArrayList<>();
        for (String role : List.of("", "professional", "coordinator", "admin")) {
            if (!role.isEmpty()) {
                browser.signIn(role);
            }
            for (String path : PAGES.get(role)) {
                browser.open(path);
                check(role + " " + path, failures);
            }
            if (role.equals("professional")) {
                browser.open("/app/knelpunten/nieuw.xhtml");
                browser.submit(By.id("melden:verzenden"));
                check("professional: knelpunt form sent back with errors", failures);
            }
            if (role.equals("coordinator")) {
                browser.open("/app/signalen/nieuw.xhtml");
                browser.submit(By.id("signaal:opslaan"));
                check("coordinator: signal form sent back with errors", failures);
            }
            if (role.equals("admin")) {
                browser.open("/app/beheer/personen.xhtml?q=professional");
                browser.submit(By.cssSelector("#personen tbody a"));
                check("admin: a person", failures);
                browser.driver.findElement(By.id("persoon-toegang:intrekken")).click();
                browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("persoon-toegang:bevestigen")));
                check("admin: the confirm dialog for withdrawing access", failures);
                browser.driver.findElement(By.id("persoon-toegang:nee")).click();
            }
            if (!role.isEmpty()) {
                browser.open("/app/start.xhtml");
                browser.signOut();
            }
        }
        assertEquals(List.of(), failures, failures.size() + " pages or states with axe violations");
    }
}
