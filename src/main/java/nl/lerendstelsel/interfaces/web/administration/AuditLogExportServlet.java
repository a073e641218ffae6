package nl.lerendstelsel.interfaces.web.administration;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.administration.AuditLogService;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.infrastructure.report.AuditLogCsv;
import nl.lerendstelsel.interfaces.rest.AuditLogParameters;
import nl.lerendstelsel.interfaces.web.DownloadServlet;

/** The audit log page's CSV export ({@code /app/beheer/auditlog.csv}, the page's filters), streamed as it is read. */
@WebServlet("/app/beheer/auditlog.csv")
public class AuditLogExportServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLogService auditLog;

    @Override
    protected Optional<Download> prepare(HttpServletRequest request, Caller caller) {
        auditLog.mayRead(caller);
        AuditFilter filter = AuditLogParameters.filter(request.getParameter("van"), request.getParameter("tot"),
                request.getParameter("actor"), request.getParameter("actie"), request.getParameter("objecttype"),
                request.getParameter("object"));
        return Optional.of(Download.streamedCsv("auditlog.csv", writer -> {
            AuditLogCsv csv = new AuditLogCsv(writer);
            auditLog.export(filter, caller, csv::add);
        }));
    }
}
