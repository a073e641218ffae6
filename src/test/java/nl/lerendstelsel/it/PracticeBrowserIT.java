package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 30, praktijkvoorbeelden, in the browser: a professional of Utrecht writes a practice example and submits it, an
 * editor finds it in the review list and publishes it, an anonymous visitor finds it in the public catalogue by its
 * filters and reads it, and a professional of Rotterdam marks "ook bij ons toegepast" (the author's own gemeente is not
 * offered that). axe checks the form, the review list, the catalogue and the practice's page.
 */
@ExtendWith(Stack.class)
class PracticeBrowserIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @RegisterExtension
    static final Browser browser = new Browser();

    /**
     * A practice example of Utrecht (theme taal, gezinsmigranten, a pilot) written and submitted by {@code professional},
     * published by {@code editor}; returns its id with the browser signed out. With {@code checkAccessibility}, axe checks
     * the form and the review list on the way.
     */
    static long publishedPractice(Browser browser, String title, boolean checkAccessibility) {
        browser.signIn("professional");
        browser.open("/app/praktijkvoorbeelden/bewerken.xhtml");
        if (checkAccessibility) {
            browser.assertAccessible("practice-form");
        }
        browser.fill("praktijk:titel", title);
        new Select(browser.driver.findElement(By.id("praktijk:gemeenten"))).selectByValue("GM0344");
        browser.driver.findElement(By.cssSelector("input[name='praktijk:themas'][value='taal']")).click();
        browser.driver.findElement(By.cssSelector("input[name='praktijk:doelgroepen'][value='GEZINSMIGRANTEN']")).click();
        new Select(browser.driver.findElement(By.id("praktijk:status"))).selectByValue("PILOT");
        browser.fill("praktijk:aanpak", "Elke nieuwe inburgeraar krijgt vanaf de eerste week een taalmaatje uit de buurt.");
        browser.fill("praktijk:resultaten", "Van de 25 deelnemers haalden er 21 binnen een jaar A2.");
        browser.fill("praktijk:contactrol", "Coördinator taalmaatjes");
        browser.submit(By.id("praktijk:opslaan-indienen"));
        long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(browser.text("#niet-openbaar").contains("ter review"), browser.text("#niet-openbaar"));
        browser.handOverTo("editor", "/app/redactie/praktijkvoorbeelden.xhtml");
        if (checkAccessibility) {
            browser.assertAccessible("practice-review");
        }
        browser.open("/praktijkvoorbeelden/praktijk.xhtml?id=" + id);
        browser.submit(By.id("stappen:publiceren"));
        assertTrue(browser.driver.findElements(By.id("niet-openbaar")).isEmpty(), "published");
        browser.signOut();
        return id;
    }

    /** The results of a search, once the index has the practice (it follows the commit) or after some 15 seconds. */
    private static String searched(String words) {
        String shown = "";
        for (int i = 0; i < 60 && !shown.contains(RUN); i++) {
            browser.open("/zoeken.xhtml?q=" + words.replace(' ', '+'));
            shown = browser.driver.findElements(By.id("resultaten")).stream().map(e -> e.getText()).findFirst().orElse("");
            if (!shown.contains(RUN)) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return shown;
                }
            }
        }
        return shown;
    }

    @Test
    void writtenSubmittedPublishedFoundAndAdoptedByAnotherGemeente() {
        String title = "Taalmaatje vanaf de eerste week " + RUN;
        long id = publishedPractice(browser, title, true);

        browser.forgetCookies();
        browser.open("/praktijkvoorbeelden/index.xhtml?thema=taal&provincie=Utrecht&doelgroep=gezinsmigranten&status=PILOT");
        browser.assertAccessible("practice-catalogue");
        assertTrue(browser.text("#praktijken").contains(title), "found by its filters");
        assertTrue(searched("taalmaatje " + RUN).contains(title), "an anonymous search finds it");
        browser.open("/praktijkvoorbeelden/index.xhtml?thema=taal&status=AFGEROND");
        assertFalse(browser.driver.findElement(By.id("praktijken")).getText().contains(title), "not under another status");
        browser.open("/praktijkvoorbeelden/index.xhtml?thema=taal&provincie=Utrecht&doelgroep=gezinsmigranten&status=PILOT");
        browser.submit(By.linkText(title));
        assertEquals(title, browser.text("h1"));
        assertTrue(browser.text("#resultaten").contains("21 binnen een jaar"));
        assertTrue(browser.driver.findElements(By.id("toegepast")).isEmpty(), "a visitor marks nothing");
        browser.assertAccessible("practice-page");

        browser.signIn("professional");
        browser.open("/praktijkvoorbeelden/praktijk.xhtml?id=" + id);
        assertTrue(browser.driver.findElements(By.id("toegepast:toepassen")).isEmpty(), "Utrecht's own practice");
        browser.handOverTo("professional2", "/praktijkvoorbeelden/praktijk.xhtml?id=" + id);
        browser.submit(By.id("toegepast:toepassen"));
        assertTrue(browser.text("#toegepast-aantal").contains("Rotterdam"), browser.text("#toegepast-aantal"));
        assertTrue(browser.text("#toegepast-aantal").contains("1 andere organisatie"), browser.text("#toegepast-aantal"));
        browser.assertAccessible("practice-page-adopted");
        browser.submit(By.id("toegepast:niet-toepassen"));
        assertTrue(browser.text("#toegepast-aantal").contains("geen andere organisatie"), browser.text("#toegepast-aantal"));
        browser.submit(By.id("toegepast:toepassen"));
        browser.signOut();
    }
}
