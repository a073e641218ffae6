package nl.lerendstelsel.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.AuditLogService;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.audit.AuditFilter;
import nl.lerendstelsel.infrastructure.report.AuditLogCsv;
import nl.lerendstelsel.infrastructure.security.CurrentUser;
import nl.lerendstelsel.interfaces.rest.AuditLogParameters;
import nl.lerendstelsel.interfaces.rest.ContentDisposition;

/** The audit log page's CSV export ({@code /app/beheer/auditlog.csv}, the page's filters), streamed as it is read. */
@WebServlet("/app/beheer/auditlog.csv")
public class AuditLogExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLogService auditLog;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var caller = currentUser.caller();
        if (caller.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        AuditFilter filter;
        try {
            auditLog.mayRead(caller.get());
            filter = AuditLogParameters.filter(request.getParameter("van"), request.getParameter("tot"), request.getParameter("actor"),
                    request.getParameter("actie"), request.getParameter("objecttype"), request.getParameter("object"));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join(" ", e.fieldErrors().values()));
            return;
        }
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment("auditlog.csv"));
        Writer writer = response.getWriter();
        Caller admin = caller.get();
        AuditLogCsv csv = new AuditLogCsv(writer);
        auditLog.export(filter, admin, csv::add);
        writer.flush();
    }
}
