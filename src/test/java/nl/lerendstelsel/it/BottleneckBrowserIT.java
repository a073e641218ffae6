package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A professional reports a knelpunt in the browser (first with a BSN in the text, which the guard refuses),
 * a facilitator takes it and escalates it, and the reporter sees it at linking level with its history.
 */
@ExtendWith(Stack.class)
class BottleneckBrowserIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    @AfterEach
    void screenshot(TestInfo info) throws Exception {
        browser.screenshot("knelpunt-" + info.getTestMethod().orElseThrow().getName());
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("lerend.it.work.dir", "target/it"),
                "screenshots", "knelpunt-" + info.getTestMethod().orElseThrow().getName() + ".html"), browser.driver.getPageSource());
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void reportRefusePersonalDataEscalateAndFollow() {
        browser.signIn("professional");
        browser.reportKnelpunt("Geen plek bij taalscholen voor de onderwijsroute",
                "De student met BSN 123456782 kan pas over drie maanden starten.", "onderwijsroute", "GM0344");

        String error = browser.text("#melden\\:omschrijving-fout");
        assertTrue(error.contains("burgerservicenummer"), error);
        assertFalse(browser.driver.getPageSource().contains("123456782</"), "the number is not echoed back in a message");
        assertTrue(browser.text("#melden\\:samenvatting").contains("niets opgeslagen"));
        browser.assertAccessible("knelpunt-melden-fout");

        browser.fill("melden:omschrijving", "Studenten in de onderwijsroute kunnen pas na drie maanden starten bij een taalschool.");
        browser.submit(By.id("melden:verzenden"));
        String notice = browser.text("#gemeld");
        String reference = browser.text("#referentie");
        assertTrue(notice.contains(reference) && reference.matches("KP-\\d{4}-\\d{5}"), notice);
        assertEquals("Uitvoeringsniveau", browser.text("#niveau"));
        browser.assertAccessible("knelpunt-detail");
        // the reporter names the article of law it is about; it links to the text in force
        WebElement law = browser.nameLawArticles("WI2021 art. 13 lid 1");
        assertEquals("artikel 13, eerste lid, van de Wet inburgering 2021", law.getText());
        assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=13&lid=1", law.getAttribute("href"));
        browser.assertAccessible("knelpunt-wetsartikelen");
        browser.open("/app/knelpunten/index.xhtml");
        // The list reads only the columns of its rows (JpaBottleneckRepository.rows): each of them is shown.
        String row = browser.driver.findElement(By.xpath("//table[@id='knelpunten']//tr[td[normalize-space()='" + reference + "']]")).getText();
        for (String shown : List.of("Geen plek bij taalscholen voor de onderwijsroute", "Onderwijsroute", "Utrecht",
                "Uitvoeringsniveau", "Gemeld")) {
            assertTrue(row.contains(shown), shown + " in " + row);
        }
        assertTrue(row.matches("(?s).*\\d{1,2} \\p{L}+\\.? \\d{4}.*\\d{1,2} \\p{L}+\\.? \\d{4}.*"), "due and changed dates in " + row);
        browser.assertAccessible("knelpunten-lijst");

        browser.handOverTo("professional2", "/app/knelpunten/detail.xhtml?ref=" + reference);
        browser.fill("steun:toelichting", "In Rotterdam wachten studenten ook maanden.");
        browser.submit(By.id("steun:ook-bij-ons"));
        assertTrue(browser.text("#steunbetuigingen").contains("Rotterdam"));
        assertTrue(browser.text("#steun-aantallen").startsWith("Dit knelpunt speelt in 2 gemeente"), browser.text("#steun-aantallen"));
        assertTrue(browser.driver.findElements(By.id("steun:ook-bij-ons")).isEmpty(), "one support per organisation");
        browser.assertAccessible("knelpunt-gesteund");
        assertTrue(browser.text("#acties\\:meldingen").contains("Uw steun is geregistreerd"), browser.text("#acties\\:meldingen"));

        // A comment is posted, then the page comes back by GET (post/redirect/get): a refresh does not post it twice.
        String comment = "Bij ons helpt een vaste contactpersoon bij DUO " + System.nanoTime() + ".";
        browser.fill("reageren:reactie", comment);
        browser.submit(By.id("reageren:plaatsen"));
        assertTrue(browser.text("#acties\\:meldingen").contains("Uw reactie is geplaatst"), browser.text("#acties\\:meldingen"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/app/knelpunten/detail.xhtml?ref=" + reference), browser.driver.getCurrentUrl());
        assertEquals(1, occurrences(browser.text("#geschiedenis"), comment));
        browser.driver.navigate().refresh();
        assertEquals(1, occurrences(browser.text("#geschiedenis"), comment), "a refresh does not post the comment again");
        assertTrue(browser.driver.findElements(By.cssSelector("#acties\\:meldingen li")).isEmpty(), "the message was for one showing");

        browser.handOverTo("facilitator", "/app/knelpunten/detail.xhtml?ref=" + reference);
        click("IN_BEHANDELING_NEMEN");
        assertEquals("In behandeling", browser.text("#status"));
        click("OPSCHALEN");
        assertTrue(browser.text("#acties\\:toelichting-fout").length() > 0, "escalating needs a reason");
        browser.fill("acties:toelichting", "Speelt ook in Amersfoort en Nieuwegein.");
        click("OPSCHALEN");
        assertEquals("Schakelniveau", browser.text("#niveau"));
        browser.assertAccessible("knelpunt-opgeschaald");

        browser.handOverTo("professional", "/app/knelpunten/detail.xhtml?ref=" + reference);
        assertEquals("Schakelniveau", browser.text("#niveau"));
        List<String> history = browser.driver.findElements(By.cssSelector("#geschiedenis li strong")).stream()
                .map(e -> e.getText()).toList();
        assertEquals(List.of("Gemeld", "Reactie", "In behandeling nemen", "Opschalen naar schakelniveau"), history);
        assertTrue(browser.text("#geschiedenis").contains("Speelt ook in Amersfoort"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("knelpunt-detail-melder");

        browser.open("/app/knelpunten/index.xhtml");
        new Select(browser.driver.findElement(By.id("niveau"))).selectByValue("LINKING");
        browser.driver.findElement(By.id("mijn")).click();
        browser.submit(By.id("filteren"));
        assertTrue(browser.text("#knelpunten").contains(reference));
        assertEquals("LINKING", new Select(browser.driver.findElement(By.id("niveau"))).getFirstSelectedOption().getAttribute("value"));
        browser.assertAccessible("knelpunten-gefilterd");
        browser.open("/app/knelpunten/index.xhtml?niveau=EXECUTION&mijn=true&thema=onderwijsroute");
        assertTrue(browser.driver.findElements(By.id("knelpunten")).isEmpty() || !browser.text("#knelpunten").contains(reference));
        browser.signOut();
    }

    @Test
    void theFacilitatorTakesFromTheQueueAndAssigns() throws Exception {
        String reference = BottleneckApiIT.reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        browser.signIn("facilitator");
        browser.open("/app/knelpunten/wachtrij.xhtml");
        assertTrue(browser.text("h1").contains("Uitvoeringsniveau"), browser.text("h1"));
        WebElement first = browser.driver.findElements(By.cssSelector("#knelpunten tbody tr")).get(0);
        // the reference is the first column; the link is the title (issue 31)
        String firstReference = first.findElement(By.cssSelector("td")).getText();
        WebElement page = browser.driver.findElement(By.tagName("html"));
        first.findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitUntilGone(page);
        assertTrue(browser.text("#wachtrij\\:meldingen").contains(firstReference), browser.text("#wachtrij\\:meldingen"));
        browser.assertAccessible("wachtrij");

        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        assertTrue(browser.text("#termijn").startsWith("Termijn: uiterlijk"), browser.text("#termijn"));
        WebElement assignee = browser.driver.findElement(By.id("toewijzen:behandelaar_input"));
        assertEquals("toewijzen:behandelaar_input", browser.driver.findElement(By.cssSelector("label[for='toewijzen:behandelaar_input']"))
                .getAttribute("for"), "the label names the field people type in");
        assignee.sendKeys("facilitator");
        By suggestion = By.cssSelector("li.ui-autocomplete-item[data-item-value='facilitator']");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(suggestion));
        assertTrue(browser.text("li.ui-autocomplete-item[data-item-value='facilitator']").contains("("),
                "a suggestion shows the name and organisation: " + browser.text("li.ui-autocomplete-item[data-item-value='facilitator']"));
        browser.assertAccessible("toewijzen-suggesties");
        browser.driver.findElement(suggestion).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(suggestion));
        assertTrue(assignee.getAttribute("value").startsWith("Sanne"), assignee.getAttribute("value"));
        browser.submit(By.id("toewijzen:wijs-toe"));
        assertTrue(browser.text("#acties\\:meldingen").startsWith("Toegewezen aan"), browser.text("#acties\\:meldingen"));
        assertTrue(browser.text("#geschiedenis").contains("Toegewezen aan"));
        browser.assertAccessibleWithoutConsoleErrors("knelpunt-toegewezen");
        browser.signOut();
    }

    @Test
    void theReporterEditsBeforeItIsTaken() throws Exception {
        String reference = BottleneckApiIT.reported("Inburgeraars wachten zes weken op een afspraak voor de toets.");
        browser.signIn("professional");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + reference);
        browser.driver.findElement(By.id("bewerken")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bewerken:titel")));
        browser.assertAccessible("knelpunt-wijzigen");
        browser.fill("bewerken:omschrijving", "Mail a.jansen@voorbeeld.nl voor de lijst met namen.");
        browser.submit(By.id("bewerken:opslaan"));
        assertTrue(browser.text("#bewerken\\:omschrijving-fout").length() > 0, "the guard refuses the e-mail address");
        browser.fill("bewerken:omschrijving", "Inburgeraars wachten inmiddels **acht weken** op een afspraak voor de toets.\n\n- <b>geen</b> plek\n- geen datum");
        browser.fill("bewerken:titel", "Acht weken wachten op de leerbaarheidstoets");
        browser.submit(By.id("bewerken:opslaan"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gewijzigd")));
        assertEquals("Acht weken wachten op de leerbaarheidstoets", browser.text("#titel"));
        assertEquals("acht weken", browser.text("#omschrijving strong"), "simple markup is shown as formatting");
        assertEquals(2, browser.driver.findElements(By.cssSelector("#omschrijving li")).size());
        assertTrue(browser.driver.findElements(By.cssSelector("#omschrijving b")).isEmpty(), "typed HTML stays text");
        assertTrue(browser.text("#omschrijving").contains("<b>geen</b> plek"), browser.text("#omschrijving"));
        assertTrue(browser.text("#geschiedenis").contains("Gewijzigd: titel, omschrijving"), browser.text("#geschiedenis"));

        browser.handOverTo("professional2", "/app/knelpunten/detail.xhtml?ref=" + reference);
        assertTrue(browser.driver.findElements(By.id("bewerken")).isEmpty(), "only the reporter edits");
        browser.signOut();
    }

    /**
     * Issue 26: resolving asks how it ended; the page, its history and the editors' worklist show it; the reporter
     * withdraws their own knelpunt with a reason.
     */
    @Test
    void resolvingRecordsItsCategoryAndTheReporterWithdraws() throws Exception {
        String explained = BottleneckApiIT.reported("Mag de leerbaarheidstoets na ziekte opnieuw worden afgenomen?");
        browser.signIn("facilitator");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + explained);
        browser.act("IN_BEHANDELING_NEMEN", null);
        browser.act("OPLOSSEN", "De toets is één bron van de brede intake; leg uw eigen waarneming daarnaast vast.");
        assertTrue(browser.text("#acties\\:afhandelcategorie-fout").contains("afhandelcategorie"),
                "resolving without a category is refused: " + browser.text("#acties\\:afhandelcategorie-fout"));
        assertEquals("In behandeling", browser.text("#status"));
        browser.assertAccessible("knelpunt-oplossen-zonder-categorie");
        new Select(browser.driver.findElement(By.id("acties:afhandelcategorie"))).selectByValue("VERDUIDELIJKT");
        browser.act("OPLOSSEN", "De toets is één bron van de brede intake; leg uw eigen waarneming daarnaast vast.");
        assertEquals("Opgelost", browser.text("#status"));
        assertEquals("Verduidelijkt", browser.text("#afhandelcategorie"));
        assertTrue(browser.text("#geschiedenis").contains("Afhandelcategorie: Verduidelijkt"), browser.text("#geschiedenis"));
        browser.assertAccessible("knelpunt-verduidelijkt");
        browser.open("/app/knelpunten/index.xhtml?afhandelcategorie=VERDUIDELIJKT");
        assertTrue(browser.text("#knelpunten").contains(explained), "the list filters on the category");

        browser.handOverTo("editor", "/app/redactie/index.xhtml");
        assertTrue(browser.text("#kandidaten").contains(explained), browser.text("#kandidaten"));
        browser.assertAccessible("redactie-kandidaten");
        browser.signOut();

        String withdrawn = BottleneckApiIT.reported("De taalschool stuurt geen voortgangsrapportages.");
        browser.signIn("professional");
        browser.open("/app/knelpunten/detail.xhtml?ref=" + withdrawn);
        assertTrue(browser.driver.findElements(By.id("acties:afhandelcategorie")).isEmpty(), "withdrawing needs no category");
        browser.act("INTREKKEN", "De rapportages komen sinds deze maand wel binnen.");
        assertEquals("Gesloten", browser.text("#status"));
        assertEquals("Ingetrokken door de melder", browser.text("#afhandelcategorie"));
        assertTrue(browser.text("#terugkoppeling").contains("sinds deze maand"), browser.text("#terugkoppeling"));
        browser.assertAccessibleWithoutConsoleErrors("knelpunt-ingetrokken");
        browser.signOut();
    }

    @Test
    void unknownReferenceIsA404() {
        browser.signIn("coordinator");
        browser.open("/app/knelpunten/detail.xhtml?ref=KP-1999-00001");
        assertTrue(browser.text("h1").contains("bestaat niet"));
        browser.signOut();
    }

    private static void click(String action) {
        browser.submit(By.cssSelector("[data-action='" + action + "']"));
    }
}
