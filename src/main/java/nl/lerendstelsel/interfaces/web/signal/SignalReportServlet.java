package nl.lerendstelsel.interfaces.web.signal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.infrastructure.report.SignalReportCsv;
import nl.lerendstelsel.infrastructure.report.SignalReportPdf;
import nl.lerendstelsel.interfaces.rest.SignalReportResource;
import nl.lerendstelsel.interfaces.web.DownloadServlet;
import nl.lerendstelsel.interfaces.web.Language;

/**
 * The signalling report as a download from the report page: {@code /app/signalen/rapportage.pdf?van=&tot=} and
 * {@code …/rapportage.csv}, in the language of the interface. The page checks the dates first, so a bad date here is a
 * plain 400.
 */
@WebServlet({"/app/signalen/rapportage.pdf", "/app/signalen/rapportage.csv"})
public class SignalReportServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignalQueries signals;

    @Override
    protected Optional<Download> prepare(HttpServletRequest request, Caller caller) {
        SignalReport report = signals.report(SignalReportResource.date("van", request.getParameter("van")),
                SignalReportResource.date("tot", request.getParameter("tot")), caller);
        Locale locale = Language.fromRequest(request);
        if (request.getServletPath().endsWith(".pdf")) {
            return Optional.of(Download.of("application/pdf", SignalReportResource.fileName(report, "pdf"),
                    SignalReportPdf.render(report, locale)));
        }
        return Optional.of(Download.csv(SignalReportResource.fileName(report, "csv"), SignalReportCsv.render(report, locale)));
    }
}
