package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The loop through SZW in the browser: a professional's knelpunt goes up through the facilitator and the coordinator,
 * the coordinator bundles it into a signal and submits it, the ministry acknowledges, takes it in hand, sends an interim
 * answer that moves the answer deadline, and publishes its final answer "niet overgenomen", and the professional finds
 * that answer and the true outcome (closed, not adopted; not "opgelost") on their knelpunt and in their notifications.
 * Every page on the way passes the axe check.
 */
@ExtendWith(Stack.class)
class SignalLoopBrowserIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void fromAProfessionalToTheMinistryAndBack() throws Exception {
        browser.signIn("professional");
        browser.reportKnelpunt("Geen beslistermijn voor de ontheffing na de Z-route",
                "Na de Z-route wachten inburgeraars maanden op het besluit over hun ontheffing; de termijn loopt door.",
                "zelfredzaamheidsroute", "GM0344");
        String knelpunt = browser.text("#referentie");

        browser.handOverTo("facilitator", "/app/knelpunten/detail.xhtml?ref=" + knelpunt);
        browser.act("IN_BEHANDELING_NEMEN", null);
        browser.act("OPSCHALEN", "Speelt in het hele land; de regelgeving kent geen beslistermijn.");

        browser.handOverTo("coordinator", "/app/knelpunten/detail.xhtml?ref=" + knelpunt);
        browser.act("IN_BEHANDELING_NEMEN", null);
        browser.driver.findElement(By.id("bundelen")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signaal:titel")));
        WebElement box = browser.driver.findElement(By.cssSelector("input[type='checkbox'][value='" + knelpunt + "']"));
        assertTrue(box.isSelected(), "the knelpunt the coordinator came from is chosen already");
        browser.assertAccessible("signaal-nieuw");
        // narrowing the candidates by words never drops what was chosen
        browser.driver.findElement(By.id("zoek")).sendKeys("geen-enkel-knelpunt-heet-zo");
        browser.submit(By.id("signaal:zoeken"));
        List<WebElement> boxes = browser.driver.findElements(By.cssSelector("#signaal\\:knelpunten input[type='checkbox']"));
        assertEquals(1, boxes.size(), "only the chosen one is left");
        assertTrue(boxes.get(0).isSelected() && boxes.get(0).getAttribute("value").equals(knelpunt));
        browser.driver.findElement(By.id("zoek")).clear();
        browser.driver.findElement(By.id("zoek")).sendKeys("beslistermijn z-route");
        new Select(browser.driver.findElement(By.id("gemeente"))).selectByValue("GM0344");
        browser.submit(By.id("signaal:zoeken"));
        assertTrue(browser.driver.findElement(By.cssSelector("input[type='checkbox'][value='" + knelpunt + "']")).isSelected());
        assertEquals("beslistermijn z-route", browser.driver.findElement(By.id("zoek")).getAttribute("value"));
        assertEquals("GM0344", new Select(browser.driver.findElement(By.id("gemeente"))).getFirstSelectedOption().getAttribute("value"));
        // a least support the knelpunt does not have leaves it in the list: it is chosen
        new Select(browser.driver.findElement(By.id("steun"))).selectByValue("5");
        browser.submit(By.id("signaal:zoeken"));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#signaal\\:knelpunten input[type='checkbox']")).size());
        assertTrue(browser.driver.findElement(By.cssSelector("input[type='checkbox'][value='" + knelpunt + "']")).isSelected());
        assertEquals("5", new Select(browser.driver.findElement(By.id("steun"))).getFirstSelectedOption().getAttribute("value"));
        browser.assertAccessible("signaal-nieuw-zoeken");
        browser.fill("signaal:titel", "Beslistermijn voor de ontheffing na de Z-route");
        browser.fill("signaal:probleem", "Inburgeraars die de Z-route hebben afgerond wachten maanden op een besluit over hun ontheffing.");
        browser.fill("signaal:analyse", "De regelgeving kent geen beslistermijn; gemeenten kunnen dit niet zelf oplossen.");
        new Select(browser.driver.findElement(By.id("signaal:urgentie"))).selectByValue("HOOG");
        new Select(browser.driver.findElement(By.id("signaal:voorstel"))).selectByValue("AANPASSING_WET_REGELGEVING");
        browser.fill("signaal:voorstel-toelichting", "Neem een beslistermijn van acht weken op in het Besluit inburgering 2021.");
        browser.driver.findElement(By.cssSelector("input[name='signaal:ook-voorstellen'][value='VERDUIDELIJKING']")).click();
        browser.submit(By.id("signaal:opslaan"));
        String signal = browser.text("#referentie");
        assertEquals("Neem een beslistermijn van acht weken op in het Besluit inburgering 2021.", browser.text("#voorstel-toelichting"));
        assertTrue(browser.text("#voorstel").contains("verduidelijking"), browser.text("#voorstel"));
        WebElement law = browser.nameLawArticles("BI2021 art. 5.3");
        assertEquals("artikel 5.3 van het Besluit inburgering 2021", law.getText());
        assertEquals("https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=5.3", law.getAttribute("href"));
        assertTrue(signal.matches("SIG-\\d{4}-\\d{3}"), signal);
        assertEquals("concept", browser.text("#status"));
        assertEquals("1", browser.text("#bewijs-aantal"));
        browser.submit(By.id("indienen:indienen-knop"));
        browser.assertAccessible("signaal-indienen-bevestigen");
        browser.submit(By.id("indienen:bevestig-indienen"));
        assertEquals("ingediend", browser.text("#status"));

        browser.handOverTo("ministry", "/app/signalen/index.xhtml?status=INGEDIEND");
        assertTrue(browser.text("#signalen").contains(signal), browser.text("#signalen"));
        browser.assertAccessible("signalen-inbox");
        browser.open("/app/signalen/signaal.xhtml?ref=" + signal);
        assertEquals("nog niemand", browser.text("#eigenaar-naam"));
        browser.submit(By.id("eigenaar:oppakken"));
        assertFalse(browser.text("#eigenaar-naam").equals("nog niemand"), browser.text("#eigenaar-naam"));
        assertTrue(browser.driver.findElements(By.id("eigenaar:oppakken")).isEmpty(), "taken: no second time");
        browser.submit(By.id("ministerie:ontvangen"));
        assertTrue(browser.text("#status").startsWith("ontvangen"), browser.text("#status"));
        browser.submit(By.id("ministerie:in-behandeling"));
        assertTrue(browser.text("#status").startsWith("in behandeling"), browser.text("#status"));

        // An interim answer first: what happens next and by when; a Sunday becomes the next working day.
        LocalDate sunday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(9).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        LocalDate due = sunday.plusDays(1);
        while (!WorkingDayCalendar.statutory().isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        String shown = due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("nl")));
        browser.fill("tussenbericht:tekst", "Verder overleg met DUO en de VNG volgt; wij antwoorden na dat overleg.");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.driver.findElement(By.id("tussenbericht:datum")), sunday.toString());
        browser.submit(By.id("tussenbericht:tussenbericht-knop"));
        assertTrue(browser.text("#status").startsWith("in behandeling"), browser.text("#status"));
        assertTrue(browser.text("#tussenberichten").contains("Verder overleg met DUO en de VNG volgt"), browser.text("#tussenberichten"));
        assertTrue(browser.text("#tussenberichten").contains(shown), shown + ": " + browser.text("#tussenberichten"));
        assertTrue(browser.text("#antwoord-uiterlijk").startsWith(shown), shown + ": " + browser.text("#antwoord-uiterlijk"));
        assertTrue(browser.text("#geschiedenis").contains("Tussenbericht van SZW"), browser.text("#geschiedenis"));
        browser.assertAccessible("signaal-tussenbericht");
        new Select(browser.driver.findElement(By.id("beantwoorden:besluit"))).selectByValue("NIET_OVERGENOMEN");
        browser.fill("beantwoorden:tekst", "SZW neemt dit niet over: de Awb geeft al een beslistermijn van acht weken voor deze ontheffing.");
        browser.submit(By.id("beantwoorden:publiceren"));
        assertTrue(browser.text("#beantwoorden-vraag").contains("1"), browser.text("#beantwoorden-vraag"));
        browser.assertAccessible("signaal-beantwoorden-bevestigen");
        browser.submit(By.id("beantwoorden:bevestig-publiceren"));
        assertEquals("beantwoord", browser.text("#status"));
        assertTrue(browser.text("#besluit").contains("niet overgenomen"), browser.text("#besluit"));
        browser.assertAccessible("signaal-beantwoord");
        browser.open("/app/signalen/rapportage.xhtml");
        browser.assertAccessible("signaleringsrapportage");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        browser.open("/app/signalen/rapportage.xhtml?van=" + today + "&tot=" + today);
        assertTrue(browser.text("#rapportage-signalen").contains(signal), browser.text("#rapportage-signalen"));
        String proposals = browser.driver.findElement(By.xpath("//table[@id='rapportage-signalen']//tr[td//a[normalize-space()='"
                + signal + "']]/td[contains(@class,'voorstellen')]")).getText();
        assertEquals("aanpassing wet- of regelgeving, verduidelijking", proposals, "every kind of proposal, the main one first");
        assertTrue(browser.text("#rapportage-knelpunten").contains(knelpunt));
        browser.open("/app/signalen/rapportage.xhtml?van=2026-13-01");
        assertTrue(browser.text("#periode-fout").contains("JJJJ-MM-DD"), browser.text("#periode-fout"));
        browser.assertAccessibleWithoutConsoleErrors("signaleringsrapportage-fout");

        browser.handOverTo("professional", "/app/knelpunten/detail.xhtml?ref=" + knelpunt);
        assertTrue(browser.text("#terugkoppeling").contains("beslistermijn van acht weken"), browser.text("#terugkoppeling"));
        // the true outcome: closed, not adopted — not "opgelost"
        assertEquals("Gesloten", browser.text("#status"), "not adopted is not claimed solved");
        assertTrue(browser.text("#afhandelcategorie").contains("Niet overgenomen"), browser.text("#afhandelcategorie"));
        assertTrue(browser.text("#signalen").contains(signal), browser.text("#signalen"));
        browser.open("/app/meldingen/index.xhtml");
        assertTrue(browser.text("#lijst").contains("beslistermijn van acht weken"), browser.text("#lijst"));
        browser.open("/app/signalen/signaal.xhtml?ref=" + signal);
        assertTrue(browser.text("#antwoord-tekst").contains("beslistermijn van acht weken"));
        // the clarification thread is for the coordinators and SZW (issue 27): the reporter is told so
        assertTrue(browser.text("#overleg-afgeschermd").contains("alleen voor hen"), browser.text("#overleg-sectie"));
        assertTrue(browser.driver.findElements(By.id("berichten")).isEmpty(), "no thread for the reporter");
        browser.assertAccessible("signaal-voor-melder");
        browser.signOut();
    }
}
