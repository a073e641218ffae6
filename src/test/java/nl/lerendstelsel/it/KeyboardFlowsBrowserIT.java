package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Quality bar A2: the main flows with the keyboard alone, with visible focus. Every step is a key press sent to
 * whatever has the focus (Tab, Shift+Tab, Enter, Space, letters and arrow keys for a list) — never a click, never
 * an element's own {@code sendKeys} — and after every Tab the element that got the focus must show it: its computed
 * outline or box-shadow is visible and differs from the same element's style before it had the focus. The flows:
 * a professional posts a knelpunt; the facilitator escalates it; the coordinator bundles it into a signal to SZW;
 * the ministry answers the signal; an anonymous visitor finds a published answer through search. The skip link is
 * used on the way and must move the focus to the main content.
 */
@ExtendWith(Stack.class)
class KeyboardFlowsBrowserIT {

    private static final String WORD = "toetsplanning" + Long.toString(System.nanoTime(), 36).substring(0, 4);
    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();
    private static int keys;
    private static int focusChecks;

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    private static void press(CharSequence... key) {
        new Actions(browser.driver).sendKeys(key).perform();
        keys++;
    }

    private static final String FOCUS_STYLE = "const s = getComputedStyle(arguments[0]);"
            + "return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');";

    /** The style of every focusable element of the page before any has the focus (kept in the page's window). */
    private static void rememberUnfocusedStyles() {
        js("if (window.__unfocused) return;"
                + "window.__unfocused = new WeakMap();"
                + "for (const e of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')) {"
                + "  if (e === document.activeElement) continue;"
                + "  const s = getComputedStyle(e);"
                + "  window.__unfocused.set(e, [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|'));"
                + "}");
    }

    /** Fails unless the focused element shows a visible focus indicator that it does not show without the focus. */
    private static void assertVisibleFocus() {
        String problem = (String) js("const e = document.activeElement;"
                + "if (!e || e === document.body) return 'nothing has the focus';"
                + "const s = getComputedStyle(e);"
                + "const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');"
                + "const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);"
                + "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent(s.outlineColor);"
                + "const shadow = s.boxShadow && s.boxShadow !== 'none';"
                + "const before = window.__unfocused ? window.__unfocused.get(e) : undefined;"
                + "if ((outline || shadow) && before !== now) return null;"
                + "return 'no visible focus on ' + e.outerHTML.substring(0, 160) + ': ' + now + ' (unfocused: ' + before"
                + " + '; document.hasFocus(): ' + document.hasFocus() + ')';");
        focusChecks++;
        if (problem != null) {
            browser.screenshot("a2-focus");
            fail(problem + " on " + browser.driver.getCurrentUrl());
        }
    }

    private static WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    /** Tabs (forwards, or backwards with Shift) until the element is focused, checking the focus at every stop. */
    private static void tabTo(By target, boolean backwards) {
        rememberUnfocusedStyles();
        WebElement wanted = browser.wait.until(ExpectedConditions.presenceOfElementLocated(target));
        for (int i = 0; i < 150; i++) {
            if (backwards) {
                // Actions.sendKeys releases a modifier at once: hold Shift explicitly
                new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
                keys++;
            } else {
                press(Keys.TAB);
            }
            assertVisibleFocus();
            if (active().equals(wanted)) {
                return;
            }
        }
        fail("Tab never reached " + target + " on " + browser.driver.getCurrentUrl());
    }

    private static void tabTo(By target) {
        tabTo(target, false);
    }

    /** Types into the focused element. */
    private static void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
        keys += text.length();
    }

    /** Tabs to a field and types. */
    private static void fill(By field, String text) {
        tabTo(field);
        type(text);
        assertEquals(text, browser.driver.findElement(field).getAttribute("value"));
    }

    /** Tabs to a list and chooses an option with the keyboard: type-ahead on the first word, then the arrow keys. */
    private static void choose(By list, String value) {
        tabTo(list);
        Select select = new Select(browser.driver.findElement(list));
        if (value.equals(select.getFirstSelectedOption().getAttribute("value"))) {
            return; // chosen already: typing ahead would move on to the next match
        }
        String label = select.getOptions().stream().filter(o -> value.equals(o.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + value + " in " + list)).getText();
        type(label.split(" ")[0]);
        for (int i = 0; i < 400 && !value.equals(select.getFirstSelectedOption().getAttribute("value")); i++) {
            press(Keys.ARROW_DOWN);
        }
        for (int i = 0; i < 400 && !value.equals(select.getFirstSelectedOption().getAttribute("value")); i++) {
            press(Keys.ARROW_UP);
        }
        assertEquals(value, select.getFirstSelectedOption().getAttribute("value"), "chosen with the keyboard in " + list);
    }

    /** Tabs to a button or link and presses a key that activates it; waits for the next page. */
    private static void activate(By target, CharSequence key) {
        activate(target, key, false);
    }

    private static void activate(By target, CharSequence key, boolean backwards) {
        tabTo(target, backwards);
        WebElement page = browser.driver.findElement(By.tagName("html"));
        press(key);
        browser.waitUntilGone(page);
    }

    /** The skip link is the first stop; Enter moves the focus to the main content. */
    private static void skipToContent() {
        rememberUnfocusedStyles();
        press(Keys.TAB);
        assertVisibleFocus();
        assertTrue(active().getAttribute("class").contains("skip-link"), "the first Tab reaches the skip link: " + active().getAttribute("outerHTML"));
        press(Keys.ENTER);
        assertEquals("inhoud", active().getAttribute("id"), "the skip link moves the focus to the main content");
    }

    private static int keysOf(Runnable flow) {
        int before = keys;
        flow.run();
        return keys - before;
    }

    @Test
    void postEscalateAnswerAndFindWithTheKeyboardAlone() throws Exception {
        String title = "Toetsafspraken " + WORD + " lopen vast in de planning";
        String[] reference = new String[1];
        String[] signal = new String[1];

        browser.signIn("professional");
        int posting = keysOf(() -> {
            browser.open("/app/start.xhtml");
            activate(By.cssSelector("#hoofdmenu a[href*='/app/knelpunten/nieuw.xhtml']"), Keys.ENTER);
            skipToContent();
            fill(By.id("melden:titel"), title);
            tabTo(By.id("melden:omschrijving"));
            tabTo(By.id("melden:titel"), true); // and back with Shift+Tab
            fill(By.id("melden:omschrijving"), "Inburgeraars krijgen pas na zes weken een afspraak voor de toets, waardoor het PIP later klaar is.");
            choose(By.id("melden:thema"), "leerbaarheidstoets");
            assertEquals("GM0344", new Select(browser.driver.findElement(By.id("melden:gemeente"))).getFirstSelectedOption()
                    .getAttribute("value"), "the form starts at the reporter's own gemeente: nothing to choose");
            activate(By.id("melden:verzenden"), Keys.ENTER);
            reference[0] = browser.text("#referentie");
        });
        assertTrue(reference[0].matches("KP-\\d{4}-\\d{5}"), reference[0]);
        browser.signOut();

        browser.signIn("facilitator");
        int escalating = keysOf(() -> {
            browser.open("/app/knelpunten/detail.xhtml?ref=" + reference[0]);
            activate(By.cssSelector("[data-action='IN_BEHANDELING_NEMEN']"), Keys.ENTER);
            fill(By.id("acties:toelichting"), "Speelt in meer gemeenten; de capaciteit van de toetsing is landelijk geregeld.");
            activate(By.cssSelector("[data-action='OPSCHALEN']"), Keys.SPACE);
            assertEquals("Schakelniveau", browser.text("#niveau"));
        });
        browser.signOut();

        browser.signIn("coordinator");
        int bundling = keysOf(() -> {
            browser.open("/app/knelpunten/detail.xhtml?ref=" + reference[0]);
            activate(By.cssSelector("[data-action='IN_BEHANDELING_NEMEN']"), Keys.ENTER);
            activate(By.id("bundelen"), Keys.ENTER);
            assertTrue(browser.driver.findElement(By.cssSelector("input[type='checkbox'][value='" + reference[0] + "']")).isSelected());
            fill(By.id("signaal:titel"), "Landelijke capaciteit voor de toets " + WORD);
            fill(By.id("signaal:probleem"), "Gemeenten kunnen geen toetsafspraken binnen de termijn maken.");
            fill(By.id("signaal:analyse"), "De capaciteit ligt bij de uitvoerder van de toets; gemeenten kunnen dit niet zelf oplossen.");
            choose(By.id("signaal:urgentie"), "HOOG");
            choose(By.id("signaal:voorstel"), "AANPASSING_WET_REGELGEVING");
            activate(By.id("signaal:opslaan"), Keys.ENTER);
            signal[0] = browser.text("#referentie");
            activate(By.id("indienen:indienen-knop"), Keys.ENTER);
            activate(By.id("indienen:bevestig-indienen"), Keys.ENTER);
            assertEquals("ingediend", browser.text("#status"));
        });
        browser.signOut();

        browser.signIn("ministry");
        int answering = keysOf(() -> {
            browser.open("/app/signalen/signaal.xhtml?ref=" + signal[0]);
            activate(By.id("ministerie:ontvangen"), Keys.ENTER);
            activate(By.id("ministerie:in-behandeling"), Keys.ENTER);
            choose(By.id("beantwoorden:besluit"), "OVERGENOMEN");
            fill(By.id("beantwoorden:tekst"), "De uitvoerder zet vanaf het eerste kwartaal extra toetsmomenten in.");
            activate(By.id("beantwoorden:publiceren"), Keys.ENTER);
            activate(By.id("beantwoorden:bevestig-publiceren"), Keys.ENTER);
            assertEquals("beantwoord", browser.text("#status"));
        });
        browser.signOut();

        String question = publishAnswer();
        int finding = keysOf(() -> {
            String found = "";
            for (int attempt = 0; attempt < 20 && !found.contains(WORD); attempt++) {
                browser.open("/");
                activate(By.cssSelector("#hoofdmenu a[href*='zoeken.xhtml']"), Keys.ENTER);
                skipToContent();
                tabTo(By.id("q"));
                type(WORD);
                WebElement page = browser.driver.findElement(By.tagName("html"));
                press(Keys.ENTER);
                browser.waitUntilGone(page);
                found = browser.driver.findElements(By.id("resultaten")).isEmpty() ? "" : browser.text("#resultaten");
            }
            assertTrue(found.contains(WORD), "the answer is found: " + found);
            activate(By.xpath("//*[@id='resultaten']//a[contains(., '" + WORD + "')]"), Keys.ENTER);
        });
        assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains(question), "the answer page is open");
        assertEquals(List.of(), browser.consoleErrors());
        System.out.println("A2 keyboard flows: post " + posting + " keys, escalate " + escalating + ", bundle into a signal " + bundling
                + ", answer the signal " + answering + ", find an answer " + finding + "; " + focusChecks + " focus checks, all visible");
    }

    private static JsonObject call(String method, String path, String user, String body) throws Exception {
        ApiClient.Reply reply = ApiClient.call(method, "/api/v1" + path, user, body);
        assertTrue(reply.status() < 300, method + " " + path + ": " + reply.status() + " " + reply.raw());
        return reply.object();
    }

    /** A published Q&A answer to find (prepared through the API: the flow under test is the finding). */
    private static String publishAnswer() throws Exception {
        String question = "Wie plant de " + WORD + " voor de leerbaarheidstoets?";
        JsonObject created = call("POST", "/redactie/items", "editor", "{\"thema\":\"leerbaarheidstoets\",\"partners\":[\"DIVOSA\"],"
                + "\"vraag\":\"" + question + "\",\"antwoord\":\"De " + WORD + " ligt bij de uitvoerder van de toets; de gemeente vraagt de afspraak aan.\","
                + "\"wetsverwijzingen\":[\"WI2021 art. 7 lid 1\"]}");
        long version = created.getJsonNumber("id").longValue();
        call("POST", "/redactie/versies/" + version + "/ter-review", "editor", null);
        // four eyes: a second Divosa editor signs off what the first wrote
        assertEquals("GEPUBLICEERD", call("POST", "/redactie/versies/" + version + "/goedkeuren", "editor2", null).getString("status"));
        return question;
    }
}
