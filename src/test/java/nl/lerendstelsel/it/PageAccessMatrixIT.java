package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Bar S3 for pages: one table of every page × every kind of visitor, with tampered ids (IDOR) — another
 * organisation's restricted knelpunt, someone else's knelpunt to edit, a coordinator's signal concept, the discussion
 * of a CoP one is not a member of. Each visitor signs in with a real browser session; the pages are then fetched with
 * that session. A page counts as shown when it answers 200 and carries its marker (the protected text, e.g. the
 * knelpunt's title, or the form that acts on it); as refused when it answers 403 or 404, or 200 without the marker
 * (a page that says "not found" in place of the content). Signed out, every page under {@code /app/} must send the
 * visitor to Keycloak. No page may answer 5xx to anyone.
 */
@ExtendWith(Stack.class)
class PageAccessMatrixIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> VISITORS = List.of(ANONYMOUS, "professional", "professional2", "facilitator",
            "coordinator", "ministry", "editor", "admin");
    private static final Set<String> SIGNED_IN = Set.copyOf(VISITORS.subList(1, VISITORS.size()));
    private static final Set<String> EVERYONE = Set.copyOf(VISITORS);

    enum Outcome { SHOWN, REFUSED, SIGN_IN }

    /** {@code shows}: whether the body carries the content. */
    record Page(String name, String path, Predicate<String> shows, Set<String> allowed) {
        Page(String name, String path, String marker, Set<String> allowed) {
            this(name, path, body -> body.contains(marker), allowed);
        }
    }

    /** For pages without an object: any 200 answer shows the page. */
    private static final Predicate<String> ANY = body -> true;

    /** The edit form can be opened by anyone who sees the knelpunt, but only its reporter and admins get a save button. */
    private static final Pattern SAVE_BUTTON = Pattern.compile("<input id=\"bewerken:opslaan\"[^>]*>");

    private static boolean canSave(String body) {
        return SAVE_BUTTON.matcher(body).results().anyMatch(button -> !button.group().contains("disabled"));
    }

    private static String restricted;
    private static String othersKnelpunt;
    private static String concept;
    private static long closedCop;
    private static long closedThread;
    private static long closedOutcome;
    private static long monitorRound;
    private static String monitorTitle;

    private static final String RESTRICTED_TITLE = "Afgeschermd knelpunt " + RUN;
    private static final String CONCEPT_TITLE = "Conceptsignaal " + RUN;
    private static final String THREAD_TITLE = "Besloten discussie " + RUN;
    private static final String OUTCOME_TITLE = "Besloten opbrengst " + RUN;

    @BeforeAll
    static void data() throws Exception {
        for (String user : SIGNED_IN) {
            CommunitiesApiIT.call("GET", "/cops", user, null); // first sign-in creates the profile
        }
        restricted = knelpunt("professional", RESTRICTED_TITLE, true);
        othersKnelpunt = knelpunt("professional2", "Knelpunt van een ander " + RUN, false);
        String evidence = SignalsApiIT.knelpuntAtLinking("Inburgeraars in de regio vinden geen toetsplek; voor een concept.");
        ApiClient.Reply created = SignalsApiIT.call("POST", "", "coordinator", SignalsApiIT.newSignal(CONCEPT_TITLE, evidence));
        assertEquals(201, created.status(), created.raw());
        concept = created.body().getString("referentie");
        closedCop = CommunitiesApiIT.createCop("Besloten " + RUN, "OP_UITNODIGING");
        CommunitiesApiIT.call("PUT", "/cops/" + closedCop + "/facilitatoren/facilitator", "admin", null);
        CommunitiesApiIT.member(closedCop, "professional", "facilitator");
        ApiClient.Reply thread = CommunitiesApiIT.call("POST", "/cops/" + closedCop + "/discussies", "professional",
                Json.createObjectBuilder().add("titel", THREAD_TITLE).add("tekst", "Alleen voor leden.").build().toString());
        assertEquals(201, thread.status(), thread.raw());
        closedThread = thread.object().getJsonNumber("id").longValue();
        ApiClient.Reply outcome = CommunitiesApiIT.call("POST", "/cops/" + closedCop + "/opbrengsten", "facilitator",
                Json.createObjectBuilder().add("soort", "INZICHT").add("titel", OUTCOME_TITLE)
                        .add("omschrijving", "Alleen voor de leden, nog niet gedeeld.").build().toString());
        assertEquals(201, outcome.status(), outcome.raw());
        closedOutcome = outcome.object().getJsonNumber("id").longValue();
        monitorTitle = "Monitor " + RUN;
        monitorRound = openMonitorRound(monitorTitle);
    }

    /** A monitor round asked of all gemeenten (the form's default), drafted and opened by the coordinator in the browser. */
    private static long openMonitorRound(String title) {
        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("/app/monitor/bewerken.xhtml");
            browser.fill("ronde:titel", title);
            browser.fill("ronde:vragen:0:tekst", "Werkt uw gemeente samen met de buurgemeenten?");
            browser.fill("ronde:vragen:0:opties", "Ja, in de hele regio\nMet enkele buurgemeenten\nNee");
            browser.submit(By.id("ronde:opslaan"));
            long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            browser.submit(By.id("stappen:openen"));
            assertEquals("open", browser.text("#status"));
            browser.signOut();
            return id;
        }
    }

    private static String knelpunt(String reporter, String title, boolean restrict) throws Exception {
        ApiClient.Reply created = BottleneckApiIT.call("POST", "", reporter, Json.createObjectBuilder()
                .add("titel", title).add("omschrijving", "Inburgeraars wachten lang op een plek bij de taalschool.")
                .add("thema", "taal").add("gemeente", "GM0344").add("doelgroep", "Asielstatushouders")
                .add("schaal", "TIENTALLEN").add("afgeschermd", restrict).build().toString());
        assertEquals(201, created.status(), created.raw());
        return created.body().getString("referentie");
    }

    /** The one table: page, path, what shows that the visitor got the content, who may see it. */
    private static List<Page> pages() {
        Set<String> handlersOfCoPs = Set.of("facilitator", "admin");
        return List.of(
                new Page("home", "/", ANY, EVERYONE),
                new Page("Q&A", "/vraag-en-antwoord/", ANY, EVERYONE),
                new Page("knowledge base", "/kennisbank/", ANY, EVERYONE),
                new Page("practice examples", "/praktijkvoorbeelden/", ANY, EVERYONE),
                new Page("search", "/zoeken.xhtml?q=toets", ANY, EVERYONE),
                new Page("API documentation", "/api-documentatie/", "id=\"swagger-ui\"", EVERYONE),
                new Page("start", "/app/start.xhtml", ANY, SIGNED_IN),
                new Page("mijn gemeente", "/app/mijn-gemeente.xhtml", ANY, SIGNED_IN),
                new Page("profile", "/app/profiel.xhtml", ANY, SIGNED_IN),
                new Page("ask a question", "/app/vraag-stellen.xhtml", ANY, SIGNED_IN),
                new Page("knelpunten", "/app/knelpunten/index.xhtml", ANY, SIGNED_IN),
                new Page("report a knelpunt", "/app/knelpunten/nieuw.xhtml", ANY, SIGNED_IN),
                new Page("CoPs", "/app/cops/index.xhtml", ANY, SIGNED_IN),
                new Page("shared outcomes", "/app/cops/opbrengsten.xhtml", ANY, SIGNED_IN),
                new Page("notifications", "/app/meldingen/index.xhtml", ANY, SIGNED_IN),
                new Page("notification settings", "/app/meldingen/instellingen.xhtml", ANY, SIGNED_IN),
                new Page("signals", "/app/signalen/index.xhtml", ANY, SIGNED_IN),
                new Page("queue", "/app/knelpunten/wachtrij.xhtml", ANY, Set.of("facilitator", "coordinator", "admin")),
                new Page("dashboard", "/app/dashboard/index.xhtml", ANY, Set.of("facilitator", "coordinator", "ministry", "admin")),
                new Page("dashboard CSV", "/app/dashboard/export.csv?tabel=status", ANY,
                        Set.of("facilitator", "coordinator", "ministry", "admin")),
                new Page("annual report", "/app/dashboard/jaarrapportage.xhtml", ANY, Set.of("coordinator", "ministry", "admin")),
                new Page("signal report", "/app/signalen/rapportage.xhtml", ANY, Set.of("coordinator", "ministry", "admin")),
                new Page("signal report PDF", "/app/signalen/rapportage.pdf", "%PDF", Set.of("coordinator", "ministry", "admin")),
                new Page("signal report CSV", "/app/signalen/rapportage.csv", ANY, Set.of("coordinator", "ministry", "admin")),
                new Page("editorial desk", "/app/redactie/index.xhtml", ANY, Set.of("editor", "admin")),
                new Page("practice examples in review", "/app/redactie/praktijkvoorbeelden.xhtml", ANY, Set.of("editor", "admin")),
                new Page("my practice examples", "/app/praktijkvoorbeelden/index.xhtml", ANY, SIGNED_IN),
                new Page("write a practice example", "/app/praktijkvoorbeelden/bewerken.xhtml", ANY, SIGNED_IN),
                new Page("reference data", "/app/beheer/referentiedata.xhtml", ANY, Set.of("admin")),
                new Page("reference data changes", "/app/beheer/wijzigen.xhtml", ANY, Set.of("admin")),
                new Page("municipal merger", "/app/beheer/herindeling.xhtml", ANY, Set.of("admin")),
                new Page("settings", "/app/beheer/instellingen.xhtml", ANY, Set.of("admin")),
                new Page("people", "/app/beheer/personen.xhtml", ANY, Set.of("admin")),
                new Page("audit log", "/app/beheer/auditlog.xhtml", ANY, Set.of("admin")),
                new Page("audit log CSV", "/app/beheer/auditlog.csv?actie=AANGEMELD", ANY, Set.of("admin")),
                new Page("data retention", "/app/beheer/bewaartermijn.xhtml", ANY, Set.of("admin")),
                new Page("restricted knelpunt", "/app/knelpunten/detail.xhtml?ref=" + restricted, RESTRICTED_TITLE,
                        Set.of("professional", "facilitator", "coordinator", "admin")),
                new Page("edit someone else's knelpunt", "/app/knelpunten/bewerken.xhtml?ref=" + othersKnelpunt,
                        PageAccessMatrixIT::canSave, Set.of("professional2", "admin")),
                new Page("signal concept", "/app/signalen/signaal.xhtml?ref=" + concept, CONCEPT_TITLE,
                        Set.of("coordinator", "admin")),
                new Page("closed CoP's discussion", "/app/cops/draad.xhtml?id=" + closedThread, "Alleen voor leden.",
                        Set.of("professional", "facilitator", "admin")),
                new Page("closed CoP's moderation", "/app/cops/moderatie.xhtml?cop=" + closedCop, ANY, handlersOfCoPs),
                new Page("closed CoP's unshared outcome", "/app/cops/opbrengst.xhtml?id=" + closedOutcome, OUTCOME_TITLE,
                        Set.of("professional", "facilitator", "admin")),
                new Page("edit a closed CoP's outcome", "/app/cops/opbrengst.xhtml?bewerken=1&id=" + closedOutcome,
                        PageAccessMatrixIT::canSave, handlersOfCoPs),
                new Page("monitor rounds", "/app/monitor/index.xhtml", ANY, SIGNED_IN),
                new Page("new monitor round", "/app/monitor/bewerken.xhtml", ANY, Set.of("coordinator", "admin")),
                new Page("monitor round asked of all gemeenten", "/app/monitor/ronde.xhtml?id=" + monitorRound, monitorTitle,
                        Set.of("professional", "professional2", "coordinator", "ministry", "admin")),
                new Page("monitor results", "/app/monitor/resultaten.xhtml?id=" + monitorRound, monitorTitle,
                        Set.of("coordinator", "ministry", "admin")),
                new Page("monitor answers CSV", "/app/monitor/antwoorden.csv?id=" + monitorRound, ANY,
                        Set.of("coordinator", "ministry", "admin")),
                new Page("shared outcomes feed", "/app/cops/opbrengsten.xml", "<feed", SIGNED_IN));
    }

    @Test
    void everyVisitorTimesEveryPage() {
        List<Page> pages = pages();
        List<String> differences = new ArrayList<>();
        Map<String, StringBuilder> table = new LinkedHashMap<>();
        pages.forEach(page -> table.put(page.name(), new StringBuilder()));
        try (Browser browser = new Browser()) {
            for (String visitor : VISITORS) {
                if (!visitor.equals(ANONYMOUS)) {
                    browser.signIn(visitor);
                }
                for (Page page : pages) {
                    HttpResponse<String> response = browser.fetch(page.path());
                    Outcome outcome = outcome(page, response);
                    Outcome expected = expected(page, visitor);
                    table.get(page.name()).append(' ').append(switch (outcome) {
                        case SHOWN -> '+';
                        case REFUSED -> '-';
                        case SIGN_IN -> 'L';
                    });
                    if (response.statusCode() >= 500 || outcome != expected) {
                        differences.add(page.name() + " (" + page.path() + ") for " + visitor + ": expected " + expected
                                + ", got " + outcome + " (" + response.statusCode() + ")");
                    }
                }
                if (!visitor.equals(ANONYMOUS)) {
                    // The fetches made new views in this session; sign out from a fresh page, not an evicted one.
                    browser.open("/app/start.xhtml");
                    browser.signOut();
                }
            }
        }
        StringBuilder matrix = new StringBuilder("visitors " + VISITORS);
        table.forEach((page, row) -> matrix.append('\n').append(row).append("  ").append(page));
        System.out.println(matrix);
        assertTrue(differences.isEmpty(), String.join("\n", differences) + "\n" + matrix);
    }

    private static Outcome expected(Page page, String visitor) {
        if (visitor.equals(ANONYMOUS) && page.path().startsWith("/app/")) {
            return Outcome.SIGN_IN;
        }
        return page.allowed().contains(visitor) ? Outcome.SHOWN : Outcome.REFUSED;
    }

    private static Outcome outcome(Page page, HttpResponse<String> response) {
        int status = response.statusCode();
        if ((status == 302 || status == 303) && response.headers().firstValue("Location").orElse("")
                .contains("/realms/lerend-stelsel/")) {
            return Outcome.SIGN_IN;
        }
        if (status == 200 && page.shows().test(response.body())) {
            return Outcome.SHOWN;
        }
        assertTrue(status == 200 || status == 403 || status == 404, page.path() + " answered " + status);
        return Outcome.REFUSED;
    }
}
