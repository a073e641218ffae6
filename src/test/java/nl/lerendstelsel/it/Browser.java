package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, driven by Debian's chromedriver; plus the axe-core accessibility check. */
public final class Browser implements AutoCloseable, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe's experimental rules that test a WCAG 2.1 A/AA criterion (axe 4.11: tagged "experimental" and one of
     * {@link #WCAG_TAGS}). Experimental rules stay off under a tag selection unless enabled by name, and the bar is the
     * WCAG rules, so these five by name rather than the tag "experimental" (which adds best-practice rules too).
     */
    static final List<String> EXPERIMENTAL_WCAG_RULES = List.of("label-content-name-mismatch", "p-as-heading",
            "table-fake-caption", "td-has-header", "css-orientation-lock");

    /** The WCAG 2.1 A/AA rules, the experimental ones included. */
    static AxeRunOptions axeOptions() {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_TAGS);
        Map<String, AxeRuleOptions> rules = new LinkedHashMap<>();
        for (String rule : EXPERIMENTAL_WCAG_RULES) {
            AxeRuleOptions enabled = new AxeRuleOptions();
            enabled.setEnabled(true);
            rules.put(rule, enabled);
        }
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setRules(rules);
        return options;
    }

    final WebDriver driver;
    final WebDriverWait wait;
    private boolean checkingEveryTest;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("lerend.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=nl-NL");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("lerend.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        /* The page keeps the focus even when the headless window loses it (as Playwright does for every page): without
           it, Chromium stops matching :focus on the active element whenever the window is not the active one, and a
           focus check sees no focus ring on an element that has the focus (KeyboardFlowsBrowserIT, once in CI). */
        chrome.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void open(String path) {
        driver.get(Stack.APP_URL + path);
    }

    /**
     * Signed out everywhere, as a new visitor: cookies are removed per page context, so Keycloak's (path /realms/…) on
     * one of its own pages and the application's on the home page, which is left open.
     */
    public void forgetCookies() {
        driver.get(Stack.ISSUER + "/.well-known/openid-configuration");
        driver.manage().deleteAllCookies();
        open("/?lang=nl");
        driver.manage().deleteAllCookies();
    }

    /**
     * Clicks something that loads a new page (a form submit, a postback) and waits until the old page is gone, so
     * that nothing is read from the page that is being replaced.
     */
    public void submit(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        waitUntilGone(page);
    }

    /**
     * Waits until an element of the previous page is gone. Chromedriver reports a node of an unloaded document either
     * as stale or, while the new document is being attached, as "does not belong to the document"; both mean gone.
     */
    public void waitUntilGone(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Types {@code text} into the field with this id, replacing what it held. */
    public void fill(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Reports a knelpunt on the page "Knelpunt melden" ({@code nieuw.xhtml}) with this title, description, theme and
     * gemeente; the page that answers (the knelpunt, or the form with its messages) is then open.
     */
    public void reportKnelpunt(String title, String description, String theme, String gemeente) {
        open("/app/knelpunten/nieuw.xhtml");
        fill("melden:titel", title);
        fill("melden:omschrijving", description);
        new Select(driver.findElement(By.id("melden:thema"))).selectByValue(theme);
        new Select(driver.findElement(By.id("melden:gemeente"))).selectByValue(gemeente);
        submit(By.id("melden:verzenden"));
    }

    /**
     * Names the articles of law that the open knelpunt's or signal's page is about ({@code codes} as a person types them,
     * e.g. "WI2021 art. 13 lid 1"), saves them, and returns the first link of the list that then shows them.
     */
    public WebElement nameLawArticles(String codes) {
        driver.findElement(By.cssSelector("#wetsartikelen-blok summary")).click();
        fill("wetsartikelen:codes", codes);
        submit(By.id("wetsartikelen:opslaan"));
        return driver.findElement(By.cssSelector("#wetsartikelen-lijst a"));
    }

    /**
     * Presses a workflow action of a knelpunt's or a signal's page ({@code data-action}), with {@code text} as its
     * explanation ({@code acties:toelichting}) when not null.
     */
    public void act(String action, String text) {
        if (text != null) {
            fill("acties:toelichting", text);
        }
        submit(By.cssSelector("[data-action='" + action + "']"));
    }

    public String text(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    public void signIn(String username) {
        open("/app/start.xhtml");
        if (!driver.findElements(By.id("uitloggen-knop")).isEmpty()) {
            // Still signed in, e.g. after a test that failed halfway: start from a clean session.
            signOut();
            open("/app/start.xhtml");
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Stack.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(Stack.APP_URL + "/app/start.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gebruiker")));
    }

    /**
     * The page as the server sends it for this browser's session (its cookies), without following redirects: for
     * checks on the raw response (status, headers, HTML) where a real browser would hide them.
     */
    public HttpResponse<String> fetch(String path) {
        return fetch(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** As {@link #fetch(String)}, the body as bytes (a PDF, a ZIP file). */
    public HttpResponse<byte[]> fetchBytes(String path) {
        return fetch(path, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> fetch(String path, HttpResponse.BodyHandler<T> body) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.APP_URL + path))
                .header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return RAW.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // HTTP/1.1 as browsers speak it without TLS (they never use cleartext HTTP/2)
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs the person at the browser out and {@code username} in, who then opens {@code path}: the next one in a flow. */
    public void handOverTo(String username, String path) {
        signOut();
        signIn(username);
        open(path);
    }

    public void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("uitloggen-knop"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inloggen")));
    }

    /**
     * Runs axe-core on the current page and fails with a readable list when anything violates WCAG 2.1 A/AA, axe's
     * experimental rules for those criteria included.
     *
     * <p>In axe's "legacy mode": {@code axe.run} in the page itself. The default mode exists for cross-origin frames,
     * which the application's pages do not have (no page has a frame, and the Content-Security-Policy, default-src
     * 'self', allows none from elsewhere): for every check it
     * injects axe (about 550 kB of script) a second time into a new blank window, sends the page's results there and
     * back, and closes the window again — the same rules on the same DOM at about twice the cost, and a window switch.
     */
    public void assertAccessible(String name) {
        Results results = new AxeBuilder().withOptions(axeOptions()).setLegacyMode(true).analyze(driver);
        Set<String> ran = Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
                .filter(java.util.Objects::nonNull).flatMap(List::stream).map(Rule::getId).collect(Collectors.toSet());
        assertTrue(ran.containsAll(EXPERIMENTAL_WCAG_RULES), "axe ran the experimental WCAG rules: " + ran);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            screenshot("axe-" + name);
        }
        assertEquals(List.of(), violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList(), "axe-core violations on " + name);
    }

    /** The current page is accessible ({@link #assertAccessible}) and logged no error in the console ({@link #consoleErrors}). */
    public void assertAccessibleWithoutConsoleErrors(String name) {
        assertAccessible(name);
        assertEquals(List.of(), consoleErrors());
    }

    /**
     * Errors the page logged in the browser console since the last call (script errors, Content-Security-Policy
     * violations). HTTP error statuses of the page itself are expected on error pages and left out.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.contains("the server responded with a status of"))
                .toList();
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("lerend.it.work.dir", "target/it"), "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // a missing screenshot must not hide the real failure
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** As a class's extension ({@code @RegisterExtension static final Browser browser = new Browser();}): quit after its tests. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /**
     * For a class whose every test starts as a new visitor and must leave no console errors: signed out everywhere before
     * each test; after it a screenshot named after the test, and the test fails on errors in the browser console.
     */
    Browser checkingEveryTest() {
        checkingEveryTest = true;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (checkingEveryTest) {
            forgetCookies();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (checkingEveryTest) {
            screenshot(context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_"));
            assertEquals(List.of(), consoleErrors(), "browser console errors (scripts, CSP)");
        }
    }
}
