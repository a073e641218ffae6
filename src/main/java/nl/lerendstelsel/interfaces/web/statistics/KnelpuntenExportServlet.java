package nl.lerendstelsel.interfaces.web.statistics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.statistics.KnelpuntenExport;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.infrastructure.report.Csv;
import nl.lerendstelsel.interfaces.rest.SignalReportResource;
import nl.lerendstelsel.interfaces.web.DownloadServlet;

/**
 * The raw export of knelpunten for evaluation ({@code /app/dashboard/knelpunten.csv?van=&tot=&thema=&regio=}), streamed:
 * coordinators, the ministry and admins; 403 for everyone else.
 */
@WebServlet("/app/dashboard/knelpunten.csv")
public class KnelpuntenExportServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KnelpuntenExport export;

    @Override
    protected Optional<Download> prepare(HttpServletRequest request, Caller caller) {
        StatisticsFilter filter = export.filter(SignalReportResource.date("van", request.getParameter("van")),
                SignalReportResource.date("tot", request.getParameter("tot")), request.getParameter("thema"),
                request.getParameter("regio"), caller);
        return Optional.of(Download.streamedCsv("knelpunten-" + filter.from() + "-" + filter.to() + ".csv", writer -> {
            writer.write(Csv.BOM + Csv.line(KnelpuntenExport.COLUMNS.stream().map(Csv::cell).toList()));
            try {
                export.export(filter, caller, line -> {
                    try {
                        writer.write(Csv.line(line.stream().map(Csv::cell).toList()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }));
    }
}
