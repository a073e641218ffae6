package nl.lerendstelsel.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.SignalService;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.infrastructure.report.SignalReportCsv;
import nl.lerendstelsel.infrastructure.report.SignalReportPdf;
import nl.lerendstelsel.infrastructure.security.CurrentUser;
import nl.lerendstelsel.interfaces.rest.ContentDisposition;
import nl.lerendstelsel.interfaces.rest.SignalReportResource;

/**
 * The signalling report as a download from the report page: {@code /app/signalen/rapportage.pdf?van=&tot=} and
 * {@code …/rapportage.csv}, in the language of the interface. The page checks the dates first, so a bad date here is a
 * plain 400.
 */
@WebServlet({"/app/signalen/rapportage.pdf", "/app/signalen/rapportage.csv"})
public class SignalReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignalService signals;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var caller = currentUser.caller();
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        SignalReport report;
        try {
            report = signals.report(SignalReportResource.date("van", request.getParameter("van")),
                    SignalReportResource.date("tot", request.getParameter("tot")), caller.get());
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join(" ", e.fieldErrors().values()));
            return;
        }
        Locale locale = Language.fromRequest(request);
        boolean pdf = request.getServletPath().endsWith(".pdf");
        byte[] bytes = pdf ? SignalReportPdf.render(report, locale)
                : SignalReportCsv.render(report, locale).getBytes(StandardCharsets.UTF_8);
        response.setContentType(pdf ? "application/pdf" : "text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment(SignalReportResource.fileName(report, pdf ? "pdf" : "csv")));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
