package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.infrastructure.report.PdfUaCheck;
import nl.lerendstelsel.infrastructure.report.ZipEntries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The annual report (issue 29) in the browser: a coordinator generates the report of the current year, which holds a
 * knelpunt escalated to the linking level, watches the progress and downloads a PDF that passes veraPDF's PDF/UA-1
 * check and a ZIP with the tables; a professional is refused the page and the files. The API serves the same by
 * {@code Accept}.
 */
@ExtendWith(Stack.class)
class AnnualReportBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aCoordinatorGeneratesTheYearsReportAndAProfessionalIsRefused() throws Exception {
        SignalsApiIT.knelpuntAtLinking("Het examen is in deze regio pas na vier maanden te plannen.");
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        browser.signIn("coordinator");
        browser.open("/app/dashboard/index.xhtml");
        browser.driver.findElement(By.id("naar-jaarrapportage")).click();
        Select years = new Select(browser.driver.findElement(By.id("jaarrapportage:jaar")));
        assertEquals(String.valueOf(year - 1), years.getFirstSelectedOption().getAttribute("value"), "the last complete year by default");
        years.selectByValue(String.valueOf(year));
        assertTrue(years.getFirstSelectedOption().getText().contains("tot nu toe"), years.getFirstSelectedOption().getText());
        browser.submit(By.id("jaarrapportage:genereren"));
        assertTrue(browser.driver.findElement(By.id("voortgang-balk")).isDisplayed(), "the progress bar");
        new WebDriverWait(browser.driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("download-pdf")));
        assertTrue(browser.text("#voortgang-tekst").contains("De jaarrapportage " + year + " is klaar."), browser.text("#voortgang-tekst"));
        browser.assertAccessible("jaarrapportage-klaar");

        String pdfLink = path(browser.driver.findElement(By.id("download-pdf")).getAttribute("href"));
        HttpResponse<byte[]> pdf = browser.fetchBytes(pdfLink);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        List<String> failures = PdfUaCheck.failures(pdf.body());
        assertTrue(failures.isEmpty(), () -> "veraPDF PDF/UA-1 failures:\n" + String.join("\n", failures));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Jaarrapportage lerend stelsel inburgering " + year), text);
            assertTrue(text.contains("Schakelniveau"), text);
        }
        String zipLink = path(browser.driver.findElement(By.id("download-zip")).getAttribute("href"));
        Map<String, String> tables = ZipEntries.of(browser.fetchBytes(zipLink).body());
        assertTrue(tables.containsKey("01-niveau.csv"), tables.keySet().toString());
        assertTrue(tables.get("01-niveau.csv").contains("Schakelniveau;"), tables.get("01-niveau.csv"));
        assertTrue(tables.keySet().stream().anyMatch(n -> n.endsWith("-dekking.csv")), tables.keySet().toString());
        assertTrue(tables.keySet().stream().anyMatch(n -> n.endsWith("-cop-activiteit.csv")), tables.keySet().toString());

        browser.handOverTo("professional", "/app/dashboard/jaarrapportage.xhtml");
        assertTrue(browser.text("h1").contains("geen toegang"), browser.text("h1"));
        assertEquals(403, browser.fetchBytes(pdfLink).statusCode());
        browser.signOut();
    }

    @Test
    void theApiServesThePdfOrTheZipByAcceptAndRefusesAProfessional() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() - 1;
        String path = "/api/v1/statistieken/jaarrapportage/" + year;

        ApiClient.Reply pdf = ApiClient.call("GET", path, "ministry", null, "application/pdf");
        assertEquals(200, pdf.status(), pdf.raw());
        assertEquals("application/pdf", pdf.contentType());
        List<String> failures = PdfUaCheck.failures(pdf.bytes());
        assertTrue(failures.isEmpty(), () -> "veraPDF PDF/UA-1 failures:\n" + String.join("\n", failures));
        ApiClient.Reply zip = ApiClient.call("GET", path, "admin", null, "application/zip");
        assertEquals(200, zip.status(), zip.raw());
        assertTrue(ZipEntries.of(zip.bytes()).containsKey("01-niveau.csv"));

        assertEquals(403, ApiClient.call("GET", path, "professional", null, "application/pdf").status());
        assertEquals(403, ApiClient.call("GET", path, "facilitator", null, "application/zip").status());
        assertEquals(400, ApiClient.call("GET", "/api/v1/statistieken/jaarrapportage/1990", "ministry", null, "application/pdf").status());
    }

    /** The path of a link on the page, from the context root on. */
    private static String path(String href) {
        return href.substring(href.indexOf("/app/"));
    }
}
