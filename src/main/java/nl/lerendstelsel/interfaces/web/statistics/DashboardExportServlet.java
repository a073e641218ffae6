package nl.lerendstelsel.interfaces.web.statistics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.statistics.CoverageService;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.infrastructure.report.Csv;
import nl.lerendstelsel.interfaces.rest.SignalReportResource;
import nl.lerendstelsel.interfaces.rest.StatisticsResource;
import nl.lerendstelsel.interfaces.rest.StatisticsTables;
import nl.lerendstelsel.interfaces.web.DownloadServlet;
import nl.lerendstelsel.interfaces.web.Language;

/**
 * One table of the dashboard as CSV ({@code /app/dashboard/export.csv?tabel=&van=&tot=&thema=&regio=}), with the
 * same filter and scope as the page and in the language of the interface; the coverage tables ({@code dekking…}) for the
 * page's period.
 */
@WebServlet("/app/dashboard/export.csv")
public class DashboardExportServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatisticsService statistics;

    @Inject
    transient CoverageService coverage;

    @Override
    protected Optional<Download> prepare(HttpServletRequest request, Caller caller) {
        String name = request.getParameter("tabel");
        if (name != null && name.startsWith(CoverageTables.PREFIX)) {
            CoverageService.Report report = coverage.coverage(SignalReportResource.date("van", request.getParameter("van")),
                    SignalReportResource.date("tot", request.getParameter("tot")), caller);
            return CoverageTables.of(report, Language.fromRequest(request)).stream().filter(t -> t.name().equals(name)).findFirst()
                    .map(table -> Download.csv("dashboard-" + table.name() + "-" + report.from() + "-" + report.to() + ".csv",
                            Csv.table(table.headers(), table.rows())));
        }
        StatisticsService.Dashboard dashboard = statistics.dashboard(SignalReportResource.date("van", request.getParameter("van")),
                SignalReportResource.date("tot", request.getParameter("tot")), request.getParameter("thema"),
                request.getParameter("regio"), caller);
        return StatisticsTables.named(dashboard, Language.fromRequest(request), request.getParameter("tabel"))
                .map(table -> Download.csv(StatisticsResource.fileName(table, dashboard), Csv.table(table.headers(), table.rows())));
    }
}
