package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The first-time user's tour (issue 31): as each demo account, every link of the menu and the main detail pages the
 * demo data offers (a knelpunt, a CoP, a signal, a Q&amp;A answer), at 1280 × 900 in Dutch, and each page once at
 * 400 × 900 (a phone); the main pages also at 1280 in English; public pages once, not per role. A full-page screenshot per page goes to {@code target/tour/}, for people to look
 * at (not in CI, where nobody looks at them; {@code -Dlerend.tour.screenshots=true} asks for them there too); the tour fails on console errors, axe violations (its experimental WCAG rules included), visible empty containers
 * (a border or background with nothing in it, such as an empty message bar) and, on the phone, a page wider than the
 * screen. Every finding is listed, not only the first.
 */
@ExtendWith(Stack.class)
class TourBrowserIT {

    static final List<String> ROLES = List.of("professional", "facilitator", "coordinator", "ministry", "editor", "admin");

    /** The pages people open first; they are also visited in English (every page is visited on a phone). */
    static final List<String> MAIN_PAGES = List.of("/app/start.xhtml", "/app/knelpunten/index.xhtml",
            "/app/knelpunten/wachtrij.xhtml", "/app/cops/index.xhtml", "/app/signalen/index.xhtml",
            "/app/dashboard/index.xhtml", "/vraag-en-antwoord/index.xhtml");

    /** The detail pages: the list they are found on and what their links look like. */
    static final Map<String, String[]> DETAILS = Map.of(
            "knelpunt", new String[] {"/app/knelpunten/index.xhtml", "a[href*='/app/knelpunten/detail.xhtml?ref=']"},
            "cop", new String[] {"/app/cops/index.xhtml", "#lijst a[href*='/app/cops/cop.xhtml?id=']"},
            "signaal", new String[] {"/app/signalen/index.xhtml", "#signalen a[href*='/app/signalen/signaal.xhtml?ref=']"});

    /**
     * Visible elements with a border or a background and nothing in them: no text, no child elements, no generated
     * content. Form controls, images, charts and table cells (an empty cell is an empty value) are left out.
     */
    static final String EMPTY_CONTAINERS = """
            const skip = new Set(['INPUT','SELECT','TEXTAREA','BUTTON','IMG','CANVAS','SVG','IFRAME','HR','BR','OPTION',
                'TD','TH','HTML','BODY','VIDEO','OBJECT','EMBED']);
            const found = [];
            for (const el of document.body.querySelectorAll('*')) {
              if (skip.has(el.tagName.toUpperCase()) || el.closest('svg') || el.children.length > 0
                  || el.textContent.trim() !== '') continue;
              const r = el.getBoundingClientRect();
              if (r.width < 1 || r.height < 1) continue;
              const s = getComputedStyle(el);
              if (s.visibility === 'hidden' || s.display === 'none' || parseFloat(s.opacity) === 0) continue;
              const generated = ['::before', '::after'].some(p => {
                const c = getComputedStyle(el, p).content; return c && c !== 'none' && c !== 'normal'; });
              if (generated) continue;
              const background = (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent')
                  || s.backgroundImage !== 'none';
              const border = ['Top','Right','Bottom','Left'].some(side => parseFloat(s['border' + side + 'Width']) > 0
                  && s['border' + side + 'Style'] !== 'none' && s['border' + side + 'Color'] !== 'rgba(0, 0, 0, 0)');
              if (background || border) {
                found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
              }
            }
            return found;
            """;

    @RegisterExtension
    static final Browser browser = new Browser();

    private final List<String> findings = new ArrayList<>();
    private final Set<String> variantsDone = new LinkedHashSet<>();
    private final Set<String> detailsSeen = new LinkedHashSet<>();
    private final Set<String> publicDone = new LinkedHashSet<>();
    private int pages;
    /** Whether each page is captured (by default outside CI only). */
    private boolean screenshots;
    private Path dir;

    /**
     * The suite's stack starts without the demo data set ({@code run.sh --no-demo}), so the tour makes its own, through
     * the API as people would: a knelpunt reported and escalated to the coordinator, a signal on it handed in to SZW, an
     * open CoP and a published Q&amp;A answer. Each kind of detail page then has something to show.
     */
    @BeforeAll
    static void demoData() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String knelpunt = SignalsApiIT.knelpuntAtLinking("Inburgeraars wachten maanden op een plek voor het examen.");
        ApiClient.Reply signal = SignalsApiIT.call("POST", "", "coordinator",
                SignalsApiIT.newSignal("Te weinig examenplekken in het land " + run, knelpunt));
        assertEquals(201, signal.status(), signal.raw());
        ApiClient.Reply handedIn = SignalsApiIT.call("POST", "/" + signal.body().getString("referentie") + "/indienen", "coordinator", "{}");
        assertEquals(200, handedIn.status(), handedIn.raw());
        // One more at linking level that stays there: the coordinator's queue has a row, whichever tests ran before.
        SignalsApiIT.knelpuntAtLinking("Een wachtende inburgeraar krijgt geen plek in een taalklas in de regio.");
        CommunitiesApiIT.createCop("Rondleiding", "OPEN");
        for (String user : List.of("editor", "editor2", "professional")) {
            QaApiIT.call("GET", "/vragen/gesteld", user, null); // the first call creates the person's profile
        }
        long version = QaApiIT.concept("rondleiding" + run, "\"DIVOSA\"");
        assertEquals(200, QaApiIT.call("POST", "/redactie/versies/" + version + "/ter-review", "editor", null).status());
        // Four eyes: another Divosa editor than the one who wrote it signs it off.
        ApiClient.Reply approved = QaApiIT.call("POST", "/redactie/versies/" + version + "/goedkeuren", "editor2", null);
        assertEquals("GEPUBLICEERD", approved.object().getString("status"), approved.raw());
    }

    @Test
    void everyRoleEveryMenuPageAndTheMainDetailPages() throws Exception {
        long started = System.nanoTime();
        dir = Path.of(System.getProperty("lerend.tour.dir", "target/tour"));
        screenshots = Boolean.parseBoolean(System.getProperty("lerend.tour.screenshots", String.valueOf(System.getenv("CI") == null)));
        Files.createDirectories(dir);
        browser.forgetCookies();
        String answer = qaAnswer();
        for (String role : ROLES) {
            browser.signIn(role);
            try {
                List<String> paths = new ArrayList<>(browser.driver.findElements(By.cssSelector("#hoofdmenu a")).stream()
                        .map(a -> a.getAttribute("href").substring(Stack.APP_URL.length())).toList());
                assertTrue(paths.size() >= 6, role + "'s menu: " + paths);
                for (Map.Entry<String, String[]> detail : DETAILS.entrySet()) {
                    if (paths.contains(detail.getValue()[0])) {
                        browser.open(detail.getValue()[0] + "?lang=nl");
                        List<WebElement> links = browser.driver.findElements(By.cssSelector(detail.getValue()[1]));
                        if (!links.isEmpty()) {
                            paths.add(links.get(0).getAttribute("href").substring(Stack.APP_URL.length()));
                            detailsSeen.add(detail.getKey());
                        }
                    }
                }
                if (answer != null) {
                    paths.add(answer);
                    detailsSeen.add("vraag");
                }
                for (String path : paths) {
                    if (!path.startsWith("/app/") && !publicDone.add(path.replaceAll("\\?.*", ""))) {
                        continue; // a public page looks the same for everyone but the header: once is enough
                    }
                    visit(role, path, "nl", 1280);
                    boolean main = MAIN_PAGES.contains(path) || path.contains("?ref=") || path.contains("?id=");
                    // every page once on a phone; the main ones also in English (per role for the start page, the role's own)
                    if (variantsDone.add(path.replaceAll("\\?.*", "") + (path.equals("/app/start.xhtml") ? role : ""))) {
                        visit(role, path, "nl", 400);
                        if (main) {
                            visit(role, path, "en", 1280);
                        }
                    }
                }
            } finally {
                width(1280);
                browser.open("/app/start.xhtml?lang=nl");
                browser.signOut();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Tour: %d pages visited, %d screenshots in %s, %d s; detail pages: %s%n", pages, screenshots ? pages : 0,
                dir.toAbsolutePath(), seconds, detailsSeen);
        if (!detailsSeen.equals(Set.of("knelpunt", "cop", "signaal", "vraag"))) {
            findings.add("detail pages found: " + detailsSeen + ", expected a knelpunt, a CoP, a signal and a Q&A answer");
        }
        findings.forEach(f -> System.out.println("Tour finding: " + f));
        assertEquals(List.of(), findings, findings.size() + " findings on the tour");
    }

    /**
     * What the tour showed, pinned down: lists link the title (the reference is a column of plain text), the dashboard's
     * month table leaves out the empty months and says how many, and on a phone the menu is folded away behind a
     * keyboard-operable toggle while at 1280 px it is simply there.
     */
    @Test
    void titlesAreLinksEmptyMonthsCollapseAndThePhoneMenuFolds() {
        browser.forgetCookies();
        browser.signIn("coordinator");
        try {
            for (String[] list : List.of(new String[] {"/app/knelpunten/index.xhtml", "#knelpunten"},
                    new String[] {"/app/knelpunten/wachtrij.xhtml", "#knelpunten"}, new String[] {"/app/signalen/index.xhtml", "#signalen"})) {
                browser.open(list[0] + "?lang=nl");
                List<WebElement> rows = browser.driver.findElements(By.cssSelector(list[1] + " tbody tr"));
                assertTrue(!rows.isEmpty(), list[0] + " has rows in the demo data");
                for (WebElement row : rows) {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    assertTrue(cells.get(0).findElements(By.tagName("a")).isEmpty(), list[0] + ": the reference is plain text");
                    WebElement title = cells.get(1).findElement(By.tagName("a"));
                    assertTrue(title.getAttribute("href").endsWith("ref=" + cells.get(0).getText()),
                            list[0] + ": the title links to its own page: " + title.getAttribute("href"));
                }
            }

            browser.open("/app/dashboard/index.xhtml?lang=nl");
            List<String> months = browser.driver.findElements(By.cssSelector("#tabel-trend tbody tr:has(td + td)")).stream().map(WebElement::getText).toList();
            for (String month : months) {
                assertTrue(!month.matches(".* 0 0"), "no month without data in the table: " + months);
            }
            String note = browser.driver.findElements(By.id("lege-maanden")).stream().map(WebElement::getText).findFirst().orElse("");
            java.util.regex.Matcher said = java.util.regex.Pattern.compile("(\\d+) van de (\\d+) maanden .*").matcher(note);
            if (said.matches()) {
                assertEquals(Integer.parseInt(said.group(2)), Integer.parseInt(said.group(1)) + months.size(),
                        "left out and shown add up to the period: " + note + " " + months);
            } else {
                assertEquals("", note, "no note when no month is left out");
            }

            width(400);
            browser.open("/app/knelpunten/index.xhtml?lang=nl");
            WebElement toggle = browser.driver.findElement(By.cssSelector("#menu > summary"));
            assertTrue(toggle.isDisplayed(), "on a phone the menu has a toggle");
            assertTrue(!browser.driver.findElement(By.id("hoofdmenu")).isDisplayed(), "on a phone the wide menu is not shown");
            assertTrue(!browser.driver.findElement(By.id("hoofdmenu-telefoon")).isDisplayed(), "on a phone the menu starts folded");
            toggle.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertTrue(browser.driver.findElement(By.id("hoofdmenu-telefoon")).isDisplayed(), "the keyboard opens the menu");
            browser.assertAccessible("phone-menu-open");
            width(1280);
            browser.open("/app/knelpunten/index.xhtml?lang=nl");
            assertTrue(browser.driver.findElement(By.id("hoofdmenu")).isDisplayed(), "at 1280 px the menu is open");
            assertTrue(!browser.driver.findElement(By.id("menu")).isDisplayed(), "and has no toggle");
        } finally {
            width(1280);
            browser.open("/app/start.xhtml?lang=nl");
            browser.signOut();
        }
    }

    private void visit(String role, String path, String lang, int width) {
        width(width);
        browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        pages++;
        String name = String.format("%s-%s-%s-%d", role, path.replaceAll("^/|\\.xhtml", "").replaceAll("[^A-Za-z0-9]+", "_"), lang, width);
        String where = role + " " + path + " (" + lang + ", " + width + " px): ";
        if (screenshots) {
            screenshot(name);
        }
        List<String> console = browser.consoleErrors();
        if (!console.isEmpty()) {
            findings.add(where + "console errors " + console);
        }
        @SuppressWarnings("unchecked")
        List<String> empty = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(EMPTY_CONTAINERS);
        if (!empty.isEmpty()) {
            findings.add(where + "visible empty containers " + empty);
        }
        if (width < 1280) {
            Long scrollWidth = (Long) ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth;");
            if (scrollWidth > width) {
                findings.add(where + "the page is " + scrollWidth + " px wide, wider than the screen");
            }
        }
        try {
            browser.assertAccessible(name);
        } catch (AssertionError e) {
            findings.add(where + e.getMessage());
        }
    }

    /** The viewport as a phone's (400 px, mobile) or the desktop window's. */
    private static void width(int width) {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        if (width < 1280) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        } else {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    /** The whole page, not only the viewport. */
    private void screenshot(String name) {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = new LinkedHashMap<>();
            clip.put("x", 0);
            clip.put("y", 0);
            clip.put("width", ((Number) size.get("width")).doubleValue());
            clip.put("height", Math.min(((Number) size.get("height")).doubleValue(), 12000));
            clip.put("scale", 1);
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (Exception e) {
            findings.add("screenshot " + name + " failed: " + e);
        }
    }

    /** A published Q&amp;A answer: the first question of the first theme that has one. */
    private static String qaAnswer() {
        browser.open("/vraag-en-antwoord/index.xhtml?lang=nl");
        List<String> themes = browser.driver.findElements(By.cssSelector("a[href*='/vraag-en-antwoord/thema.xhtml']")).stream()
                .map(a -> a.getAttribute("href").substring(Stack.APP_URL.length())).toList();
        for (String theme : themes) {
            browser.open(theme);
            List<WebElement> questions = browser.driver.findElements(By.cssSelector("a[href*='/vraag-en-antwoord/vraag.xhtml?id=']"));
            if (!questions.isEmpty()) {
                return questions.get(0).getAttribute("href").substring(Stack.APP_URL.length());
            }
        }
        return null;
    }
}
