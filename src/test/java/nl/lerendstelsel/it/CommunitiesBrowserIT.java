package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A year of a CoP in one walk through the pages: a professional requests membership, the facilitator approves, the
 * professional starts a discussion, another member flags the post, the facilitator hides it with a reason the author
 * then sees, a meeting is planned, and an outcome becomes a knelpunt in the CoP; a facilitator edits an outcome on its own
 * page and shares it after confirming. axe-core on every page on the way.
 */
@ExtendWith(Stack.class)
class CommunitiesBrowserIT {

    /** Chromium for this class's tests: started with the class, quit after its last test. */
    @RegisterExtension
    static final Browser browser = new Browser();

    /** A CoP set up through the API, with the demo facilitator as its facilitator and {@code member} as a member. */
    private static long facilitatedCop(String name, String mode, String member, String... signingIn) throws Exception {
        for (String user : signingIn) {
            CommunitiesApiIT.call("GET", "/cops", user, null); // first sign-in creates the profile
        }
        long cop = CommunitiesApiIT.createCop(name, mode);
        CommunitiesApiIT.call("PUT", "/cops/" + cop + "/facilitatoren/facilitator", "admin", null);
        CommunitiesApiIT.member(cop, member, "facilitator");
        return cop;
    }

    private static void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.driver.findElement(By.id(id)), value);
    }

    @Test
    void requestApprovePostFlagHidePlanAndReportFromAnOutcome() throws Exception {
        long cop = facilitatedCop("Intervisie brede intake", "OP_AANVRAAG", "professional2", "professional2", "professional3",
                "facilitator", "admin");
        String copPage = "/app/cops/cop.xhtml?id=" + cop;

        // a professional finds the CoP in the directory and asks to join
        browser.signIn("professional3");
        browser.open("/app/cops/index.xhtml");
        assertTrue(browser.text("#lijst").contains("Intervisie brede intake"), browser.text("#lijst"));
        browser.assertAccessible("cop-gids");
        browser.open(copPage);
        browser.assertAccessible("cop-niet-lid");
        browser.submit(By.id("lidmaatschap:aanmelden"));
        assertTrue(browser.text("#mijn-status").contains("wacht op de facilitator"), browser.text("#mijn-status"));

        // the facilitator approves
        browser.handOverTo("facilitator", copPage);
        assertTrue(browser.text("#aanvragen-lijst").contains("Noor Hendriks"), browser.text("#aanvragen-lijst"));
        browser.assertAccessible("cop-facilitator");
        browser.submit(By.cssSelector("[id$=':goedkeuren']"));
        assertTrue(browser.text("#leden").contains("Noor Hendriks"), browser.text("#leden"));

        // the new member starts a discussion
        browser.handOverTo("professional3", copPage);
        browser.fill("discussie:titel", "Kennismaking voor de brede intake");
        browser.fill("discussie:tekst", "Wij plannen **altijd** eerst een kennismaking. Hoe doen jullie dat, @professional2?");
        browser.submit(By.id("discussie:starten"));
        assertTrue(browser.text("#berichten").contains("Wij plannen altijd eerst een kennismaking"), browser.text("#berichten"));
        assertEquals("Kennismaking voor de brede intake", browser.text("#draad-titel"));
        browser.assertAccessible("discussie");
        String threadUrl = browser.driver.getCurrentUrl();
        browser.signOut();

        // another member flags the post
        browser.signIn("professional2");
        browser.driver.get(threadUrl);
        assertTrue(browser.text("#berichten").contains("nieuw"), "the post is new to this member");
        browser.submit(By.cssSelector("[id$='bericht-acties:melden']"));
        new Select(browser.driver.findElement(By.cssSelector("select[id$='melden:reden']"))).selectByValue("ONGEPAST");
        browser.assertAccessible("melden");
        browser.submit(By.cssSelector("[id$='melden:melden-knop']"));
        assertTrue(browser.text("#draad-acties\\:meldingen").contains("facilitator kijkt ernaar"), browser.text("#draad-acties\\:meldingen"));

        // the facilitator hides it with a reason
        browser.handOverTo("facilitator", "/app/cops/moderatie.xhtml?cop=" + cop);
        assertTrue(browser.text("#wachtrij").contains("Wij plannen altijd eerst een kennismaking"), browser.text("#wachtrij"));
        browser.assertAccessible("moderatie");
        browser.fill("beoordelen:reden", "Noemt een collega bij naam; graag algemener formuleren");
        browser.submit(By.cssSelector("[id$=':verbergen']"));
        assertTrue(browser.text("#beoordelen\\:meldingen").contains("verborgen"), browser.text("#beoordelen\\:meldingen"));

        // ... plans a meeting
        browser.open(copPage);
        browser.submit(By.id("plannen"));
        new Select(browser.driver.findElement(By.id("bijeenkomst:soort"))).selectByValue("INTERVISIE");
        browser.fill("bijeenkomst:titel", "Intervisie: de eerste zes weken");
        LocalDate day = LocalDate.now().plusDays(10);
        setValue("bijeenkomst:begin", day + "T10:00");
        setValue("bijeenkomst:einde", day + "T12:00");
        browser.fill("bijeenkomst:plaats", "Divosa, Utrecht");
        browser.fill("bijeenkomst:agenda", "1. Casus\n2. Afspraken");
        browser.assertAccessible("bijeenkomst-plannen");
        browser.submit(By.id("bijeenkomst:opslaan"));
        assertEquals("Intervisie: de eerste zes weken", browser.text("#bijeenkomst-titel"));
        assertTrue(browser.text("#wanneer").contains("10:00"), browser.text("#wanneer"));
        assertTrue(browser.driver.findElement(By.id("agenda-download")).getAttribute("href").contains("bijeenkomst.ics"));
        browser.assertAccessible("bijeenkomst");

        // ... and records an outcome that becomes a knelpunt in the CoP
        browser.open(copPage);
        browser.submit(By.id("opbrengst"));
        new Select(browser.driver.findElement(By.id("opbrengst:soort"))).selectByValue("KNELPUNT");
        browser.fill("opbrengst:titel", "Brede intake start te laat door late gegevens");
        browser.fill("opbrengst:omschrijving", "In de intervisie bleek dat de gegevens uit de warme overdracht bij veel gemeenten te laat komen.");
        browser.assertAccessible("opbrengst");
        browser.submit(By.id("opbrengst:opslaan"));
        assertEquals("Brede intake start te laat door late gegevens",
                browser.driver.findElement(By.id("melden:titel")).getAttribute("value"), "pre-filled from the outcome");
        assertTrue(browser.text("#uit-opbrengst").contains("Intervisie brede intake"), browser.text("#uit-opbrengst"));
        new Select(browser.driver.findElement(By.id("melden:thema"))).selectByValue("warme-overdracht-coa");
        new Select(browser.driver.findElement(By.id("melden:gemeente"))).selectByValue("GM0344");
        browser.assertAccessible("knelpunt-uit-opbrengst");
        browser.submit(By.id("melden:verzenden"));
        assertTrue(browser.text("#cop").contains("Intervisie brede intake"), browser.text("#cop"));
        String reference = browser.text("#referentie");
        browser.open(copPage);
        assertTrue(browser.text("#knelpunten").contains(reference), browser.text("#knelpunten"));
        assertTrue(browser.text("#opbrengsten").contains(reference), browser.text("#opbrengsten"));

        // an insight from the discussion names where it came from, as a link
        String threadId = threadUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.open("/app/cops/opbrengst-nieuw.xhtml?cop=" + cop + "&discussie=" + threadId);
        new Select(browser.driver.findElement(By.id("opbrengst:soort"))).selectByValue("INZICHT");
        browser.fill("opbrengst:titel", "Een kennismaking vooraf maakt de brede intake korter");
        browser.fill("opbrengst:omschrijving", "Wie eerst kennismaakt, heeft bij de brede intake minder tijd nodig voor de achtergrond.");
        browser.submit(By.id("opbrengst:opslaan"));
        browser.open(copPage);
        assertTrue(browser.driver.findElements(By.cssSelector("#opbrengsten a")).stream()
                .anyMatch(a -> a.getAttribute("href").contains("/app/cops/draad.xhtml?id=" + threadId)
                        && a.getText().equals("Kennismaking voor de brede intake")), browser.text("#opbrengsten"));
        browser.assertAccessibleWithoutConsoleErrors("opbrengsten-met-herkomst");
        browser.signOut();

        // the author sees why the post was hidden
        browser.signIn("professional3");
        browser.driver.get(threadUrl);
        assertTrue(browser.text("#berichten").contains("Noemt een collega bij naam"), browser.text("#berichten"));
        browser.assertAccessible("discussie-verborgen");
        browser.signOut();
    }

    @Test
    void earlierVersionsAreForTheFacilitatorAndADeletedPostLeavesOnlyAPlaceholder() throws Exception {
        CommunitiesApiIT.call("GET", "/cops", "admin", null); // first sign-ins create the profiles
        CommunitiesApiIT.call("GET", "/cops", "facilitator", null);
        long cop = CommunitiesApiIT.createCop("Intervisie taalcoaches", "OPEN");
        assertEquals(200, CommunitiesApiIT.call("PUT", "/cops/" + cop + "/facilitatoren/facilitator", "admin", null).status());
        for (String user : List.of("professional2", "professional3")) {
            assertEquals(200, CommunitiesApiIT.call("GET", "/cops", user, null).status());
            CommunitiesApiIT.member(cop, user, "facilitator");
        }
        ApiClient.Reply started = CommunitiesApiIT.call("POST", "/cops/" + cop + "/discussies", "professional3",
                "{\"titel\":\"Wanneer start de taalcoach?\",\"tekst\":\"Bij ons pas na de eerste module. En bij jullie?\"}");
        assertEquals(201, started.status(), started.raw());
        long thread = started.object().getJsonNumber("id").longValue();
        long edited = reply(thread, "Bij ons in week zes.");
        assertEquals(200, CommunitiesApiIT.call("PATCH", "/berichten/" + edited, "professional2", "{\"tekst\":\"Bij ons in week vier.\"}").status());
        long deleted = reply(thread, "Vergeet de intake niet.");
        assertEquals(200, CommunitiesApiIT.call("DELETE", "/berichten/" + deleted, "professional2", null).status());
        String threadPage = "/app/cops/draad.xhtml?id=" + thread;

        // a member sees that a post was edited, not what it said before, and a placeholder for the deleted one
        browser.signIn("professional3");
        browser.open(threadPage);
        String posts = browser.text("#berichten");
        assertTrue(posts.contains("Bij ons in week vier.") && posts.contains("bewerkt"), posts);
        assertTrue(posts.contains("Dit bericht is verwijderd door de schrijver."), posts);
        assertFalse(posts.contains("Eerdere versies") || posts.contains("Vergeet de intake niet."), posts);
        assertTrue(browser.driver.findElements(By.cssSelector("details.revisions")).isEmpty(), "no earlier versions for a member");
        browser.assertAccessible("discussie-lid-bewerkt");

        // the CoP's facilitator can open the earlier versions
        browser.handOverTo("facilitator", threadPage);
        assertEquals(1, browser.driver.findElements(By.cssSelector("details.revisions")).size());
        assertTrue(browser.text("#berichten").contains("Eerdere versies"), browser.text("#berichten"));
        browser.driver.findElement(By.cssSelector("details.revisions summary")).click();
        assertTrue(browser.text("details.revisions").contains("Bij ons in week zes."), browser.text("details.revisions"));
        browser.assertAccessible("discussie-facilitator-versies");
        browser.signOut();
    }

    private static long reply(long thread, String text) throws Exception {
        ApiClient.Reply reply = CommunitiesApiIT.call("POST", "/discussies/" + thread + "/berichten", "professional2",
                "{\"tekst\":\"" + text + "\"}");
        assertEquals(201, reply.status(), reply.raw());
        return reply.object().getJsonNumber("id").longValue();
    }

    @Test
    void aFacilitatorCancelsAMeetingAfterConfirmingAndTheMembersGetTheCancellationForTheirCalendar() throws Exception {
        long cop = facilitatedCop("Intervisie inburgeringsvoorzieningen", "OPEN", "professional2", "professional2", "facilitator", "admin");
        LocalDateTime start = LocalDate.now().plusDays(12).atTime(14, 0);
        ApiClient.Reply planned = CommunitiesApiIT.call("POST", "/cops/" + cop + "/bijeenkomsten", "facilitator",
                Json.createObjectBuilder().add("soort", "INTERVISIE").add("titel", "Intervisie die niet doorgaat")
                        .add("begin", start.toString()).add("einde", start.plusHours(2).toString()).add("plaats", "Zwolle").build().toString());
        assertEquals(201, planned.status(), planned.raw());
        long id = planned.object().getJsonNumber("id").longValue();
        String meetingPage = "/app/cops/bijeenkomst.xhtml?id=" + id;

        // the facilitator is asked to confirm, and to give the reason members will see
        browser.signIn("facilitator");
        browser.open(meetingPage);
        browser.submit(By.id("afgelasten:afgelasten-knop"));
        assertTrue(browser.text("#afgelasten-vraag").contains("Weet u zeker"), browser.text("#afgelasten-vraag"));
        browser.assertAccessible("bijeenkomst-afgelasten");
        browser.submit(By.id("afgelasten:niet-afgelasten"));
        assertTrue(browser.driver.findElements(By.id("afgelast")).isEmpty(), "kept");
        browser.submit(By.id("afgelasten:afgelasten-knop"));
        browser.submit(By.id("afgelasten:bevestig-afgelasten"));
        assertFalse(browser.text("#afgelasten .field-error").isBlank(), "a reason is required");
        assertTrue(browser.driver.findElements(By.id("afgelast")).isEmpty(), "not cancelled without a reason");
        browser.fill("afgelasten:reden", "De gastspreker is ziek; een nieuwe datum volgt.");
        browser.submit(By.id("afgelasten:bevestig-afgelasten"));
        assertTrue(browser.text("#afgelast").contains("De gastspreker is ziek; een nieuwe datum volgt."), browser.text("#afgelast"));
        assertTrue(browser.driver.findElements(By.id("afgelasten:afgelasten-knop")).isEmpty(), "nothing left to cancel");
        assertTrue(browser.driver.findElements(By.id("wijzigen")).isEmpty(), "nor to change");
        browser.assertAccessibleWithoutConsoleErrors("bijeenkomst-afgelast");
        browser.signOut();

        // the member is told by e-mail, with the cancellation for their calendar
        Mailbox.Mail mail = Mailbox.await("joost.devries@example.org",
                m -> m.subject().contains("BIJ-" + id + ": Afgelast: Intervisie die niet doorgaat"));
        assertTrue(mail.text().contains("Reden: De gastspreker is ziek"), mail.text());
        Mailbox.Attachment calendar = Mailbox.attachment(mail, "bijeenkomst-" + id + ".ics");
        assertTrue(calendar.contentType().startsWith("text/calendar"), calendar.contentType());
        assertTrue(calendar.text().contains("METHOD:CANCEL") && calendar.text().contains("STATUS:CANCELLED")
                && calendar.text().contains("SEQUENCE:1") && calendar.text().contains("UID:bijeenkomst-" + id + "@lerend-stelsel"),
                calendar.text());

        // ... and in the app: the meeting shows as cancelled and is no longer upcoming
        browser.signIn("professional2");
        browser.open(meetingPage);
        assertTrue(browser.text("#afgelast").contains("De gastspreker is ziek"), browser.text("#afgelast"));
        assertTrue(browser.driver.findElements(By.id("aanwezigheid:ja")).isEmpty(), "no answering for a cancelled meeting");
        browser.open("/app/cops/cop.xhtml?id=" + cop);
        String upcoming = browser.driver.findElement(By.id("komende-bijeenkomsten")).getText();
        assertFalse(upcoming.contains("Intervisie die niet doorgaat"), upcoming);
        browser.signOut();
    }

    @Test
    void aFacilitatorEditsAnOutcomeOnItsPageAndSharesItAfterConfirming() throws Exception {
        long cop = facilitatedCop("Intervisie nazorg", "OPEN", "professional2", "professional2", "facilitator", "admin", "ministry");
        ApiClient.Reply recorded = CommunitiesApiIT.call("POST", "/cops/" + cop + "/opbrengsten", "facilitator",
                Json.createObjectBuilder().add("soort", "GOEDE_PRAKTIJK").add("titel", "Terugkomdag na de inburgering")
                        .add("omschrijving", "Een terugkomdag een half jaar na de inburgering laat zien wie nog steun nodig heeft.")
                        .build().toString());
        assertEquals(201, recorded.status(), recorded.raw());

        // the facilitator finds the outcome from the CoP and edits it: text, themes and region
        browser.signIn("facilitator");
        browser.open("/app/cops/cop.xhtml?id=" + cop);
        browser.submit(By.linkText("Terugkomdag na de inburgering"));
        assertEquals("Terugkomdag na de inburgering", browser.text("#opbrengst-titel"));
        browser.assertAccessible("opbrengst");
        browser.submit(By.id("bewerken-link"));
        browser.fill("bewerken:titel", "Terugkomdag een half jaar na de inburgering");
        browser.fill("bewerken:omschrijving", "Een terugkomdag een half jaar na de inburgering laat zien wie nog steun nodig heeft; "
                + "drie gemeenten in de regio doen het samen met de taalschool.");
        browser.driver.findElement(By.cssSelector("input[name='bewerken:themas'][value='nazorg']")).click();
        new Select(browser.driver.findElement(By.id("bewerken:regio"))).selectByValue("AM13");
        browser.assertAccessible("opbrengst-bewerken");
        browser.submit(By.id("bewerken:opslaan"));
        assertEquals("Terugkomdag een half jaar na de inburgering", browser.text("#opbrengst-titel"));
        assertTrue(browser.text("#themas").contains("Nazorg") && browser.text("#themas").contains("Brede intake"), browser.text("#themas"));
        assertTrue(browser.text("#regio").contains("Midden-Utrecht"), browser.text("#regio"));
        assertTrue(browser.text("#versies").contains("Terugkomdag na de inburgering"), "the earlier version: " + browser.text("#versies"));
        assertTrue(browser.text("#gedeeld").contains("Niet gedeeld"), browser.text("#gedeeld"));

        // ... and shares it, after confirming
        browser.submit(By.id("delen:delen-knop"));
        assertTrue(browser.text("#delen-vraag").contains("Weet u het zeker"), browser.text("#delen-vraag"));
        browser.assertAccessible("opbrengst-delen-bevestigen");
        browser.submit(By.id("delen:niet-delen"));
        assertTrue(browser.text("#gedeeld").contains("Niet gedeeld"), "not shared without confirming");
        browser.submit(By.id("delen:delen-knop"));
        browser.submit(By.id("delen:bevestig-delen"));
        assertTrue(browser.text("#gedeeld").contains("Gedeeld met iedereen"), browser.text("#gedeeld"));
        assertTrue(browser.text("#versies").contains("Terugkomdag na de inburgering"), browser.text("#versies"));
        browser.assertAccessible("opbrengst-gedeeld");
        browser.open("/app/cops/opbrengsten.xhtml?thema=nazorg");
        assertTrue(browser.text("#opbrengsten").contains("Terugkomdag een half jaar na de inburgering"), browser.text("#opbrengsten"));
        browser.assertAccessibleWithoutConsoleErrors("gedeelde-opbrengsten-thema");

        // someone outside the CoP reads it, without an edit button or the earlier versions
        browser.handOverTo("ministry", "/app/cops/opbrengsten.xhtml?thema=nazorg");
        browser.submit(By.linkText("Terugkomdag een half jaar na de inburgering"));
        assertTrue(browser.text("#omschrijving").contains("samen met de taalschool"), browser.text("#omschrijving"));
        assertTrue(browser.driver.findElements(By.id("bewerken-link")).isEmpty(), "not theirs to edit");
        assertTrue(browser.driver.findElements(By.id("versies")).isEmpty(), "earlier versions are for members");
        browser.assertAccessible("opbrengst-buitenstaander");
        browser.signOut();
    }
}
