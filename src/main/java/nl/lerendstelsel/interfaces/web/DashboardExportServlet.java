package nl.lerendstelsel.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.StatisticsService;
import nl.lerendstelsel.infrastructure.report.Csv;
import nl.lerendstelsel.infrastructure.security.CurrentUser;
import nl.lerendstelsel.interfaces.rest.ContentDisposition;
import nl.lerendstelsel.interfaces.rest.SignalReportResource;
import nl.lerendstelsel.interfaces.rest.StatisticsResource;
import nl.lerendstelsel.interfaces.rest.StatisticsTables;

/**
 * One table of the dashboard as CSV ({@code /app/dashboard/export.csv?tabel=&van=&tot=&thema=&regio=}), with the
 * same filter and scope as the page and in the language of the interface.
 */
@WebServlet("/app/dashboard/export.csv")
public class DashboardExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatisticsService statistics;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var caller = currentUser.caller();
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        StatisticsService.Dashboard dashboard;
        try {
            dashboard = statistics.dashboard(SignalReportResource.date("van", request.getParameter("van")),
                    SignalReportResource.date("tot", request.getParameter("tot")), request.getParameter("thema"),
                    request.getParameter("regio"), caller.get());
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join(" ", e.fieldErrors().values()));
            return;
        }
        Optional<StatisticsTables.Table> table = StatisticsTables.named(dashboard, Language.fromRequest(request), request.getParameter("tabel"));
        if (table.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = Csv.table(table.get().headers(), table.get().rows()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment(StatisticsResource.fileName(table.get(), dashboard)));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
