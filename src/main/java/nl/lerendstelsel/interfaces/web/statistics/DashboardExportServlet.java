package nl.lerendstelsel.interfaces.web.statistics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.infrastructure.report.Csv;
import nl.lerendstelsel.interfaces.rest.SignalReportResource;
import nl.lerendstelsel.interfaces.rest.StatisticsResource;
import nl.lerendstelsel.interfaces.rest.StatisticsTables;
import nl.lerendstelsel.interfaces.web.DownloadServlet;
import nl.lerendstelsel.interfaces.web.Language;

/**
 * One table of the dashboard as CSV ({@code /app/dashboard/export.csv?tabel=&van=&tot=&thema=&regio=}), with the
 * same filter and scope as the page and in the language of the interface.
 */
@WebServlet("/app/dashboard/export.csv")
public class DashboardExportServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatisticsService statistics;

    @Override
    protected Optional<Download> prepare(HttpServletRequest request, Caller caller) {
        StatisticsService.Dashboard dashboard = statistics.dashboard(SignalReportResource.date("van", request.getParameter("van")),
                SignalReportResource.date("tot", request.getParameter("tot")), request.getParameter("thema"),
                request.getParameter("regio"), caller);
        return StatisticsTables.named(dashboard, Language.fromRequest(request), request.getParameter("tabel"))
                .map(table -> Download.csv(StatisticsResource.fileName(table, dashboard), Csv.table(table.headers(), table.rows())));
    }
}
