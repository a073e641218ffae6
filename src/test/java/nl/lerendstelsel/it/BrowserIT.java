package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/** What people see: the public pages, sign-in through the Keycloak login page for every role, the menu, sign-out. */
@ExtendWith(Stack.class)
class BrowserIT {

    /**
     * Chromium for this class's tests: started with the class, quit after its last test; each test as a new visitor,
     * with its screenshot and no console errors.
     */
    @RegisterExtension
    static final Browser browser = new Browser().checkingEveryTest();

    @Test
    void homePageIsDutchPublicAndAccessible() {
        browser.open("/?lang=nl");
        assertEquals("nl", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text("h1").contains("Samen leren"));
        assertTrue(browser.driver.findElement(By.id("naar-qa")).isDisplayed());
        browser.assertAccessible("home");
    }

    @Test
    void languageSwitchShowsEnglishAndBack() {
        browser.open("/?lang=nl");
        browser.driver.findElement(By.id("taalwissel")).click();
        assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text("h1").contains("Learning together"));
        browser.assertAccessible("home-en");
        browser.driver.findElement(By.id("taalwissel")).click();
        assertEquals("nl", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void publicQuestionsAndAnswersNeedNoSignIn() {
        browser.open("/vraag-en-antwoord/index.xhtml");
        assertTrue(browser.driver.getCurrentUrl().startsWith(Stack.APP_URL));
        assertEquals(17, browser.driver.findElements(By.cssSelector(".theme-list li")).size());
        assertTrue(browser.text("#themas").contains("vragen"), browser.text("#themas"));
        assertTrue(browser.driver.findElement(By.id("zoekterm")).isDisplayed(), "the search box is on the page");
        browser.assertAccessible("qa");
    }

    @Test
    void unknownPageShowsFriendlyErrorWithIncidentId() {
        browser.open("/bestaat-niet.xhtml");
        assertTrue(browser.text("h1").contains("bestaat niet"));
        assertTrue(browser.text("#incident").matches(".*[A-Z0-9]{4}-[A-Z0-9]{4}.*"));
        assertFalse(browser.driver.getPageSource().contains("java.lang."), "no stack trace reaches the browser");
        browser.assertAccessible("404");
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("professional", "Fatima El Amrani", "Utrecht", List.of("professional")),
                Arguments.of("facilitator", "Sanne Bakker", "Divosa", List.of("facilitator", "professional")),
                Arguments.of("coordinator", "Pieter Jansen", "Vereniging van Nederlandse Gemeenten", List.of("coordinator")),
                Arguments.of("ministry", "Eva Mulder", "Sociale Zaken", List.of("ministry")),
                Arguments.of("editor", "Ahmed Yilmaz", "Divosa", List.of("editor")),
                Arguments.of("admin", "Lotte Visser", "Divosa", List.of("admin")));
    }

    @ParameterizedTest(name = "sign in as {0}")
    @MethodSource("roles")
    void signInSeeTheRightMenuAndSignOut(String username, String name, String organisation, List<String> roles) {
        browser.signIn(username);
        assertTrue(browser.text("#gebruiker").contains(name), browser.text("#gebruiker"));
        assertTrue(browser.text("#gebruiker").contains(organisation), browser.text("#gebruiker"));
        assertTrue(browser.text("h1").contains(name));
        Cookie session = browser.driver.manage().getCookieNamed("LSSESSION");
        assertTrue(session.isHttpOnly(), "session cookie is HttpOnly");
        assertEquals("Lax", session.getSameSite());
        List<String> shownRoles = browser.driver.findElements(By.cssSelector("#rollen li")).stream()
                .map(li -> li.getAttribute("data-role")).sorted().toList();
        assertEquals(roles.stream().sorted().toList(), shownRoles);

        List<String> menu = browser.driver.findElements(By.cssSelector("#hoofdmenu a")).stream().map(WebElement::getText).toList();
        assertTrue(menu.contains("Mijn profiel"), menu.toString());
        assertEquals(roles.contains("admin"), menu.contains("Referentiegegevens"), menu.toString());
        browser.assertAccessible("start-" + username);

        browser.signOut();
        browser.open("/app/start.xhtml");
        assertTrue(browser.driver.getCurrentUrl().startsWith(Stack.KEYCLOAK_URL), "the Keycloak session must be ended too");
    }

    @Test
    void adminSeesReferenceDataOthersGetForbidden() {
        browser.signIn("admin");
        browser.open("/app/beheer/referentiedata.xhtml");
        assertTrue(browser.text("#aantal-gemeenten").contains("342"));
        browser.assertAccessible("referentiedata");

        browser.handOverTo("professional", "/app/beheer/referentiedata.xhtml");
        assertTrue(browser.text("h1").contains("geen toegang"));
        browser.assertAccessible("403");
        browser.open("/app/profiel.xhtml");
        assertTrue(browser.text("#profiel").contains("Gemeente Utrecht") || browser.text("#profiel").contains("Utrecht"));
        browser.assertAccessible("profiel");
        browser.signOut();
    }
}
