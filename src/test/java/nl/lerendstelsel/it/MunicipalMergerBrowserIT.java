package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The municipal merger in the browser: the admin chooses two gemeenten and the successor, sees in the confirmation
 * dialog what will move, cancels once, then confirms. Two gemeenten of this run go up in Hoogeveen (GM0118), so the
 * number of gemeenten other tests see stays 342.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class MunicipalMergerBrowserIT {

    private static final long RUN = System.nanoTime();
    private static final String A = "GM" + (8100 + RUN % 800 / 2 * 2);
    private static final String B = "GM" + (8101 + RUN % 800 / 2 * 2);

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anAdminMergesTwoGemeentenAfterSeeingWhatMoves() throws Exception {
        for (String code : List.of(A, B)) {
            assertEquals(201, CommunitiesApiIT.call("POST", "/gemeenten", "admin", Json.createObjectBuilder().add("code", code)
                    .add("naam", "Browsergemeente " + code).add("arbeidsmarktregio", "AM03").build().toString()).status());
        }
        String reference = BottleneckApiIT.call("POST", "", "professional", Json.createObjectBuilder()
                .add("titel", "Taalschool in " + A + " sluit").add("omschrijving", "Inburgeraars moeten ver reizen voor hun lessen.")
                .add("thema", "taal").add("gemeente", A).build().toString()).body().getString("referentie");

        browser.signIn("admin");
        browser.open("/app/beheer/herindeling.xhtml");
        Select merging = new Select(browser.driver.findElement(By.id("herindeling:gemeenten")));
        merging.selectByValue(A);
        merging.selectByValue(B);
        browser.driver.findElement(By.id("herindeling:code")).sendKeys("GM0118");
        browser.driver.findElement(By.id("herindeling:per")).sendKeys("01-01-2027");
        browser.submit(By.id("herindeling:bekijken"));

        String dialog = browser.text("#bevestigen");
        assertTrue(dialog.contains("Browsergemeente " + A) && dialog.contains("Hoogeveen (GM0118)"), dialog);
        assertEquals("1", browser.text("#bevestigen .aantal-gemeente"));
        browser.assertAccessible("herindeling-bevestigen");
        browser.submit(By.id("bevestiging:annuleren"));
        assertTrue(browser.driver.findElements(By.id("bevestigen")).isEmpty(), "the dialog is gone");
        assertTrue(CommunitiesApiIT.call("GET", "/gemeenten/" + A, "admin", null).object().getBoolean("actief"), "cancelled: nothing moved");

        merging = new Select(browser.driver.findElement(By.id("herindeling:gemeenten")));
        merging.selectByValue(A);
        merging.selectByValue(B);
        browser.driver.findElement(By.id("herindeling:code")).clear();
        browser.driver.findElement(By.id("herindeling:code")).sendKeys("GM0118");
        browser.submit(By.id("herindeling:bekijken"));
        browser.submit(By.id("bevestiging:uitvoeren"));
        assertTrue(browser.text("#meldingen").contains("De herindeling is uitgevoerd."), browser.text("#meldingen"));
        assertEquals("1", browser.text("#uitkomst .aantal-gemeente"));

        JsonObject old = CommunitiesApiIT.call("GET", "/gemeenten/" + A, "admin", null).object();
        assertFalse(old.getBoolean("actief"));
        assertEquals("GM0118", old.getString("opgegaanIn"));
        assertEquals("GM0118", BottleneckApiIT.call("GET", "/" + reference, "admin", null).body().getString("gemeente"));

        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        assertTrue(browser.driver.getPageSource().contains("opgegaan in Hoogeveen (GM0118)"), "the history says so");
        browser.open("/app/knelpunten/nieuw.xhtml");
        assertTrue(browser.driver.findElements(By.cssSelector("option[value='" + A + "']")).isEmpty(), "not offered any more");
        browser.signOut();
    }
}
