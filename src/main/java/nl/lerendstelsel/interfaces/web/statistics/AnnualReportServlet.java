package nl.lerendstelsel.interfaces.web.statistics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.interfaces.web.DownloadServlet;

/**
 * The files of an annual report made on the page ({@code /app/dashboard/jaarrapportage.pdf?taak=} and
 * {@code jaarrapportage.zip?taak=}): only for whom asked for it, once it is done; 404 otherwise.
 */
@WebServlet({"/app/dashboard/jaarrapportage.pdf", "/app/dashboard/jaarrapportage.zip"})
public class AnnualReportServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AnnualReportJobs jobs;

    @Override
    protected Optional<Download> prepare(HttpServletRequest request, Caller caller) {
        boolean pdf = request.getServletPath().endsWith(".pdf");
        return jobs.job(request.getParameter("taak"), caller).filter(AnnualReportJobs.Job::isDone)
                .map(job -> pdf ? Download.of("application/pdf", job.fileName() + ".pdf", job.pdf())
                        : Download.of("application/zip", job.fileName() + "-tabellen.zip", job.zip()));
    }
}
