package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Mijn werk" ({@code /app/start.xhtml}) as the browser tests use it: finding a knelpunt or signal in one of its sections,
 * or, when other work fills the section's lines (the whole suite runs on one stack), on the list behind "Alles bekijken".
 */
final class WorkPage {

    private WorkPage() {
    }

    /**
     * The link to {@code reference} on "Mijn werk" in the section {@code section}: among the lines the section shows or,
     * when older work fills those (the whole suite runs on one stack), on the list its "Alles bekijken" opens, page by
     * page. Opens the knelpunt or signal from it.
     */
    static void open(Browser browser, String section, String reference) {
        browser.open("/app/start.xhtml");
        browser.text("#" + section + " h3");
        List<WebElement> here = inSection(browser, section, reference);
        if (here.isEmpty()) {
            String count = browser.text("#" + section + " .work-count");
            assertTrue(Long.parseLong(count.replaceAll("\\D", "")) > LINES, reference + " is not among the lines of " + section
                    + " " + count + ": " + browser.text("#" + section));
            browser.submit(By.cssSelector("#" + section + " .work-more a"));
            By next = By.xpath("//nav[@class='pager']//a[normalize-space()='Volgende pagina']");
            while (linkTo(browser, reference).isEmpty()) {
                assertFalse(browser.driver.findElements(next).isEmpty(),
                        reference + " is not on the list behind " + section + ": " + browser.driver.getCurrentUrl());
                browser.submit(next);
            }
            here = linkTo(browser, reference);
        }
        WebElement page = browser.driver.findElement(By.tagName("html"));
        here.get(0).click();
        browser.waitUntilGone(page);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referentie"), reference));
    }

    /** How many lines a section of "Mijn werk" shows (WorkService.SHOWN). */
    static final int LINES = 5;

    /** The links to {@code reference} in a section of "Mijn werk". */
    static List<WebElement> inSection(Browser browser, String section, String reference) {
        return browser.driver.findElement(By.id(section)).findElements(By.tagName("a")).stream().filter(a -> links(a, reference)).toList();
    }

    /** The links on the page that open {@code reference}. */
    private static List<WebElement> linkTo(Browser browser, String reference) {
        return browser.driver.findElements(By.cssSelector("main a[href*='ref=']")).stream().filter(a -> links(a, reference)).toList();
    }

    private static boolean links(WebElement a, String reference) {
        String href = String.valueOf(a.getAttribute("href"));
        return href.matches(".*[?&]ref=" + java.util.regex.Pattern.quote(reference) + "(&.*)?$");
    }
}
