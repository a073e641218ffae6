package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Suggestions while typing a new knelpunt, and a facilitator merging a duplicate through the page with a confirmation. */
@ExtendWith(Stack.class)
class DuplicatesBrowserIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    private static String report(String username, String title, String gemeente) throws Exception {
        return BottleneckApiIT.call("POST", "", username, Json.createObjectBuilder().add("titel", title)
                .add("omschrijving", "Nieuwkomers krijgen pas na maanden een plek in een taalklas van het onderwijsroute-traject.")
                .add("thema", "onderwijsroute").add("gemeente", gemeente).build().toString()).body().getString("referentie");
    }

    @Test
    void suggestionsWhileTypingAndMergingWithConfirmation() throws Exception {
        String existing = report("professional", "Wachtlijsten voor taalklassen in de onderwijsroute", "GM0344");
        String duplicate = report("professional2", "Wachtlijst taalklas onderwijsroute", "GM0599");

        browser.signIn("professional3");
        browser.open("/app/knelpunten/nieuw.xhtml");
        browser.driver.findElement(By.id("melden:titel")).sendKeys("Lange wachtlijsten taalklassen onderwijsroute");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vergelijkbare-knelpunten")));
        String suggestions = browser.text("#vergelijkbare-knelpunten");
        assertTrue(suggestions.contains(existing) && suggestions.contains(duplicate), suggestions);
        browser.assertAccessibleWithoutConsoleErrors("vergelijkbare-knelpunten");

        browser.handOverTo("facilitator", "/app/knelpunten/detail.xhtml?ref=" + duplicate);
        assertTrue(browser.driver.findElements(By.id("kandidaten")).isEmpty(), "candidates are searched for on request");
        browser.driver.findElement(By.id("samenvoegen:zoek-kandidaten")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kandidaten")));
        assertTrue(browser.text("#kandidaten").contains(existing), browser.text("#kandidaten"));
        // each candidate's title opens it, to compare before merging
        assertTrue(browser.driver.findElements(By.cssSelector("#kandidaten a")).stream()
                .anyMatch(a -> a.getAttribute("href").endsWith("/app/knelpunten/detail.xhtml?ref=" + existing)), browser.text("#kandidaten"));
        browser.assertAccessible("samenvoegen-kandidaten");
        browser.driver.findElement(By.id("samenvoegen:behouden")).sendKeys(existing.toLowerCase());
        browser.driver.findElement(By.id("samenvoegen:reden")).sendKeys("Zelfde wachtlijstprobleem; verder in " + existing + ".");
        browser.driver.findElement(By.id("samenvoegen:controleren")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bevestiging")));
        assertTrue(browser.text("#bevestiging").contains("kan niet ongedaan"), browser.text("#bevestiging"));
        browser.assertAccessible("samenvoegen-bevestigen");
        browser.driver.findElement(By.id("samenvoegen:bevestigen")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("samengevoegd-in")));
        assertEquals("Gesloten", browser.text("#status"));
        assertTrue(browser.text("#terugkoppeling").startsWith("Samengevoegd met " + existing), browser.text("#terugkoppeling"));
        browser.driver.findElement(By.cssSelector("#samengevoegd-in a")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("referentie"), existing));
        assertTrue(browser.text("#geschiedenis").contains("uit " + duplicate), browser.text("#geschiedenis"));
        assertTrue(browser.text("#steunbetuigingen").contains("Rotterdam"), browser.text("#steunbetuigingen"));
        browser.assertAccessible("samengevoegd");
        browser.signOut();
    }

    @Test
    void aFacilitatorSplitsOnThePage() throws Exception {
        String original = report("professional", "Taalklas vol en geen vervoer naar de school", "GM0344");
        browser.signIn("facilitator");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + original);
        browser.driver.findElement(By.id("splitsen")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("splitsen:splits")));
        browser.assertAccessible("splitsen");
        var titles = browser.driver.findElements(By.cssSelector("input[id$=':titel']"));
        var descriptions = browser.driver.findElements(By.cssSelector("textarea[id$=':omschrijving']"));
        titles.get(0).sendKeys("Taalklassen zitten vol");
        descriptions.get(0).sendKeys("Er is geen plek in de taalklassen van de onderwijsroute.");
        titles.get(1).sendKeys("Geen vervoer naar de taalschool");
        descriptions.get(1).sendKeys("Jongeren uit de kleine kernen kunnen de school niet bereiken.");
        browser.driver.findElement(By.id("splitsen:reden")).sendKeys("Twee verschillende problemen.");
        browser.driver.findElement(By.id("splitsen:splits")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gesplitst")));
        assertTrue(browser.text("#gesplitst").startsWith("Gesplitst in KP-"), browser.text("#gesplitst"));
        assertEquals("Gesloten", browser.text("#status"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();
    }
}
