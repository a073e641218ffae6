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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The first-time user's tour (issue 31): as each demo account, every link of the menu and the main detail pages the
 * demo data offers (a knelpunt, a CoP, a signal, a Q&amp;A answer), at 1280 × 900 in Dutch; the main pages also at
 * 400 × 900 (a phone) and in English. A full-page screenshot per page goes to {@code target/tour/}, for people to look
 * at; the tour fails on console errors, axe violations (its experimental WCAG rules included), visible empty containers
 * (a border or background with nothing in it, such as an empty message bar) and, on the phone, a page wider than the
 * screen. Every finding is listed, not only the first.
 */
@ExtendWith(Stack.class)
class TourBrowserIT {

    static final List<String> ROLES = List.of("professional", "facilitator", "coordinator", "ministry", "editor", "admin");

    /** The pages people open first; they are also visited on a phone and in English. */
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
    private int pages;
    private Path dir;

    @Test
    void everyRoleEveryMenuPageAndTheMainDetailPages() throws Exception {
        long started = System.nanoTime();
        dir = Path.of(System.getProperty("lerend.tour.dir", "target/tour"));
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
                    visit(role, path, "nl", 1280);
                    boolean main = MAIN_PAGES.contains(path) || path.contains("?ref=") || path.contains("?id=");
                    // the phone and English once per page (per role for the start page, which is the role's own)
                    if (main && variantsDone.add(path.replaceAll("\\?.*", "") + (path.equals("/app/start.xhtml") ? role : ""))) {
                        visit(role, path, "nl", 400);
                        visit(role, path, "en", 1280);
                        visit(role, path, "en", 400);
                    }
                }
            } finally {
                width(1280);
                browser.open("/app/start.xhtml?lang=nl");
                browser.signOut();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Tour: %d pages visited, %d screenshots in %s, %d s; detail pages: %s%n", pages, pages,
                dir.toAbsolutePath(), seconds, detailsSeen);
        assertEquals(Set.of("knelpunt", "cop", "signaal", "vraag"), detailsSeen, "the demo data offers each kind of detail page");
        assertEquals(List.of(), findings, findings.size() + " findings on the tour");
    }

    private void visit(String role, String path, String lang, int width) {
        width(width);
        browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        pages++;
        String name = String.format("%s-%s-%s-%d", role, path.replaceAll("^/|\\.xhtml", "").replaceAll("[^A-Za-z0-9]+", "_"), lang, width);
        String where = role + " " + path + " (" + lang + ", " + width + " px): ";
        screenshot(name);
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
