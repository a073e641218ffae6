package nl.lerendstelsel.interfaces.web.monitor;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.infrastructure.report.Csv;
import nl.lerendstelsel.interfaces.web.DownloadServlet;

/** The anonymous answers of a round as CSV ({@code /app/monitor/antwoorden.csv?id=}): no organisation, no person. */
@WebServlet("/app/monitor/antwoorden.csv")
public class MonitorAnswersServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MonitorResults results;

    @Override
    protected Optional<Download> prepare(HttpServletRequest request, Caller caller) {
        return id(request).map(id -> {
            MonitorResults.Table table = results.anonymousAnswers(id, caller);
            return Download.csv("monitorronde-" + id + "-antwoorden.csv", Csv.table(table.headers(), table.rows()));
        });
    }
}
