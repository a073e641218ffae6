package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A question's way to the public: a professional asks, an editor answers it, the Divosa and SZW editors sign off, and
 * an anonymous visitor finds the answer through search. axe-core on every page, the public ones included.
 */
@ExtendWith(Stack.class)
class QaBrowserIT {

    private static final String WORD = "herkansingsregel" + Long.toString(System.nanoTime(), 36).substring(0, 4);
    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void askAnswerSignOffAndFindIt() throws Exception {
        String question = "Hoe vaak mag een inburgeraar de leerbaarheidstoets herkansen volgens de " + WORD + "?";

        browser.signIn("professional");
        browser.open("/app/vraag-stellen.xhtml");
        new Select(browser.driver.findElement(By.id("vragen:thema"))).selectByValue("leerbaarheidstoets");
        browser.fill("vragen:vraag", question);
        browser.assertAccessible("vraag-stellen");
        browser.submit(By.id("vragen:versturen"));
        assertTrue(browser.text("#vragen\\:meldingen").contains("verstuurd"), browser.text("#vragen\\:meldingen"));
        assertTrue(browser.text("#mijn-vragen").contains(WORD));

        browser.handOverTo("editor", "/app/redactie/index.xhtml");
        browser.assertAccessible("redactie");
        WebElement asked = browser.driver.findElements(By.cssSelector("#gestelde-vragen li")).stream()
                .filter(li -> li.getText().contains(WORD)).findFirst().orElseThrow();
        WebElement page = browser.driver.findElement(By.tagName("html"));
        asked.findElement(By.linkText("Beantwoorden")).click();
        browser.waitUntilGone(page);
        new Select(browser.driver.findElement(By.id("item:thema"))).selectByValue("leerbaarheidstoets");
        browser.driver.findElement(By.id("item:partners:1")).click(); // VNG need not sign off this one
        browser.fill("item:vraag", question);
        browser.fill("item:antwoord", "De " + WORD + " staat in het Besluit inburgering 2021: de toets wordt niet herkanst; de uitkomst weegt mee in de brede intake.");
        browser.fill("item:wetsverwijzingen", "BI2021 art. 2.3\nWI2021 art. 14 lid 1");
        browser.assertAccessible("redactie-item");
        browser.submit(By.id("item:opslaan"));
        assertTrue(browser.text("#versie-status").contains("concept"), browser.text("#versie-status"));
        browser.submit(By.id("item:ter-review"));
        assertTrue(browser.text("#versie-status").contains("ter review"), browser.text("#versie-status"));
        assertTrue(browser.driver.findElements(By.id("item:goedkeuren")).isEmpty(), "four eyes: the writer is offered no sign-off");
        String itemUrl = browser.driver.getCurrentUrl();
        browser.signOut();

        browser.signIn("editor2"); // a second Divosa editor signs off for Divosa
        browser.driver.get(itemUrl);
        browser.submit(By.id("item:goedkeuren"));
        assertTrue(browser.text("#versie-status").contains("Divosa"), browser.text("#versie-status"));
        assertTrue(browser.text("#versie-status").contains("ter review"), "SZW has not signed off yet");
        browser.signOut();

        browser.signIn("editor-szw");
        browser.driver.get(itemUrl);
        browser.assertAccessible("redactie-goedkeuren");
        browser.submit(By.id("item:goedkeuren"));
        assertTrue(browser.text("#versie-status").contains("gepubliceerd"), browser.text("#versie-status"));
        browser.signOut();

        // an anonymous visitor searches with another word form and finds it
        String found = "";
        for (int i = 0; i < 40 && !found.contains(WORD); i++) {
            browser.open("/zoeken.xhtml?q=" + WORD + "+herkanst");
            found = browser.driver.findElements(By.id("resultaten")).isEmpty() ? "" : browser.text("#resultaten");
            if (!found.contains(WORD)) {
                Thread.sleep(250);
            }
        }
        assertTrue(found.contains(question), found);
        assertTrue(browser.driver.findElement(By.cssSelector("#resultaten mark")).getText().length() > 0, "matched words are highlighted");
        browser.assertAccessible("zoeken");
        browser.submit(By.linkText(question));
        assertEquals(question, browser.text("#vraag"));
        assertTrue(browser.text("#wetsverwijzingen").contains("artikel 14, eerste lid, van de Wet inburgering 2021"), browser.text("#wetsverwijzingen"));
        assertTrue(browser.text("#laatst-gewijzigd").length() > 0);
        browser.assertAccessible("vraag");
        browser.submit(By.id("bruikbaar:ja"));
        assertTrue(browser.text("#bruikbaar\\:meldingen").contains("Bedankt"), browser.text("#bruikbaar\\:meldingen"));

        browser.open("/vraag-en-antwoord/index.xhtml");
        browser.assertAccessible("vraag-en-antwoord");
        browser.open("/vraag-en-antwoord/thema.xhtml?code=leerbaarheidstoets");
        assertTrue(browser.text("#vragen").contains(question), browser.text("#vragen"));
        browser.assertAccessible("thema");
        browser.open("/kennisbank/index.xhtml");
        browser.assertAccessible("kennisbank");
        browser.open("/zoeken.xhtml?q=zzzzzonbekend");
        assertTrue(browser.text("#geen-resultaten").contains("Niets gevonden"));
        browser.assertAccessibleWithoutConsoleErrors("zoeken-leeg");
    }

    /**
     * An answer past its end date stays readable but says "mogelijk verouderd" with that date (axe-clean), and is on the
     * editors' list of expired answers.
     */
    @Test
    void anExpiredAnswerIsMarkedPossiblyOutdated() throws Exception {
        java.time.LocalDate ended = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(3);
        String question = "Gold de " + WORD + " ook voor het examen in 2025?";
        long entry = QaApiIT.published("nazorg", question, "Ja, de " + WORD + " gold tot de wijziging van het besluit.", null, ended);

        browser.open("/vraag-en-antwoord/vraag.xhtml?id=" + entry);
        assertEquals(question, browser.text("#vraag"));
        String notice = browser.text("#verouderd");
        String shown = ended.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.forLanguageTag("nl"))); // as the pages show a day, e.g. "4 dec. 2026"
        assertTrue(notice.startsWith("Mogelijk verouderd. Dit antwoord gold tot en met "), notice);
        assertTrue(notice.contains(shown), "the notice names the end date " + shown + ": " + notice);
        browser.assertAccessible("vraag-verouderd");
        browser.open("/vraag-en-antwoord/thema.xhtml?code=nazorg");
        String listed = browser.driver.findElements(By.cssSelector("#vragen li")).stream().map(WebElement::getText)
                .filter(text -> text.contains(question)).findFirst().orElseThrow();
        assertTrue(listed.contains("(mogelijk verouderd)"), "the theme's list marks it too: " + listed);
        browser.assertAccessible("thema-verouderd");

        browser.signIn("editor2");
        browser.open("/app/redactie/index.xhtml");
        String expired = browser.text("#verlopen");
        assertTrue(expired.contains(question), expired);
        browser.assertAccessible("redactie-verlopen");
        browser.signOut();
        assertEquals(List.of(), browser.consoleErrors());
    }
}
